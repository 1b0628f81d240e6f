// Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) as a child process: a local
// stand-in for Teams that posts activities to the bot and shows its replies in a Teams-like web page.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Playground {
  /** The page to open, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Everything the Playground printed, for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

/**
 * Starts the Playground for the bot at `endpoint`, as Teams (channel `msteams`). It listens on a free port
 * (`-p 0`; its default is 56150, which a second run or another project may hold), with telemetry off and no
 * browser opened. Resolves once it prints "Listening on <port>"; rejects with its output when it exits or
 * takes longer than `timeoutMs`.
 */
export function startPlayground(endpoint: string, timeoutMs = 30_000): Promise<Playground> {
  const child = spawn(process.execPath, [CLI, '--app-endpoint', endpoint, '--channel-id', 'msteams', '--port', '0', '--disable-telemetry'], {
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Agents Playground did not start: ${reason}\n${output}`));
    };
    const timer = setTimeout(() => fail(`no "Listening on" within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`})`));
    child.stdout.on('data', function listening() {
      const port = /Listening on (\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.off('data', listening);
      resolve({ url: `http://127.0.0.1:${port}/`, output: () => output, stop: () => stopChild(child) });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
