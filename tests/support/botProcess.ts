// The real bot as its own process, as deployed (`node dist/index.js`, the
// bundle jest's global set-up builds when the sources changed: tests/support/buildBundle.mjs),
// for what only a process shows: signals, exit codes, start-up errors, a kill -9.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../../src/config.js';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Spawns the bot on loopback with the given settings; stdout and stderr are kept for the test to read. */
export function spawnBot(port: number, env: Record<string, string>): ChildProcess & { output: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, ['dist/index.js'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_OPTIONS: '', PORT: String(port), HOST: '127.0.0.1', STORAGE: 'sqlite', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', MESSAGES_PER_MINUTE: '10000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  return Object.assign(child, { output });
}

/** Spawns the bot and waits until /readyz says ready (30 s at most). */
export async function startBot(port: number, env: Record<string, string>): Promise<ChildProcess & { output: { stdout: string; stderr: string } }> {
  const child = spawnBot(port, env);
  for (let waited = 0; waited < 30_000; waited += 100) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) return child;
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}: ${child.output.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the bot did not become ready in 30 s');
}

/** Resolves with the exit code (or signal) once the process has ended. */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
}

/** The exit code, or 'still running' (and the process killed) when it has not exited within `ms`. */
export async function exitedWithin(child: ChildProcess, ms: number): Promise<number | string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running'), ms)));
  const result = await Promise.race([exited(child), late]);
  clearTimeout(timer);
  if (result === 'still running') child.kill('SIGKILL');
  return result;
}
