// Starts a server under test as a child process (its memory and CPU its own),
// times its start to a 200 on /readyz, and reads its RSS and CPU from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { MemoryBreakdown } from './memoryBreakdown.js';

export interface ServerUnderTest {
  name: string;
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first answer of /healthz (listening). */
  listeningMs: number;
  /** Milliseconds from spawn to the first 200 of /readyz. */
  readyMs: number;
  stop(): Promise<void>;
}

/** A free loopback port (the child is told it; a race with another process is unlikely here). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * Runs `command` (by default `node --expose-gc --import tsx <script>`) with
 * `env` on a free port and waits for /readyz. The process leads a group of its
 * own, and stopping ends the group (`npm start` does not pass a signal on).
 */
export async function startServer(name: string, script: string, env: Record<string, string>, command: readonly string[] = [process.execPath, '--expose-gc', '--import', 'tsx', script]): Promise<ServerUnderTest> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe', command[0] === process.execPath ? 'ipc' : 'ignore'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let listeningMs = Number.NaN;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
    if (performance.now() - started > 60_000) throw new Error(`${name} not ready after 60 s: ${stderr}`);
    if (Number.isNaN(listeningMs) && (await status(`${url}/healthz`)) === 200) listeningMs = performance.now() - started;
    if ((await status(`${url}/readyz`)) === 200) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = performance.now() - started;
  return {
    name,
    url,
    child,
    listeningMs: Number.isNaN(listeningMs) ? readyMs : listeningMs,
    readyMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        const signal = (name: NodeJS.Signals) => {
          try {
            process.kill(-child.pid!, name);
          } catch {
            // the group has ended already
          }
        };
        signal('SIGTERM');
        setTimeout(() => signal('SIGKILL'), 5000).unref();
      }),
  };
}

/** The scripts of this folder a server under test needs, compiled to JavaScript by {@link compileBenchScripts}. */
export const COMPILED_SCRIPTS = ['echoBot.ts', 'heapProbe.ts', 'memoryBreakdown.ts', 'probePreload.ts'] as const;

/**
 * Compiles the echo bot and the probe from `sourceDir` into `outDir` (plain
 * JavaScript, ESM), so that both servers can be measured as deployed: on
 * `node`, without tsx and esbuild loaded in the process. One file at a time,
 * without type checks (`tsc --noEmit` checks them); imports keep their `.js`.
 * `outDir` must be inside the project: its package.json makes them ESM, its node_modules resolves their imports.
 */
export function compileBenchScripts(sourceDir: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const file of COMPILED_SCRIPTS) {
    const { outputText } = ts.transpileModule(readFileSync(join(sourceDir, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    });
    writeFileSync(join(outDir, file.replace(/\.ts$/, '.js')), outputText);
  }
}

/**
 * The command that runs a server under test with the memory probe loaded
 * ahead of it (`--import` of probePreload), `--expose-gc` for the probe's full
 * GC, and `nodeFlags` as given: the deployed JavaScript on plain `node` when
 * `compiledProbeDir` is given, else the TypeScript sources under tsx.
 */
export function serverCommand(script: string, options: { compiledProbeDir?: string; probeSourceDir: string; nodeFlags?: readonly string[] }): string[] {
  const flags = ['--expose-gc', ...(options.nodeFlags ?? [])];
  const preload = (dir: string, file: string) => pathToFileURL(join(dir, file)).href;
  return options.compiledProbeDir
    ? [process.execPath, ...flags, '--import', preload(options.compiledProbeDir, 'probePreload.js'), script]
    : [process.execPath, ...flags, '--import', 'tsx', '--import', preload(options.probeSourceDir, 'probePreload.ts'), script];
}

/** What a server under test's probe reports on "memory" (see scripts/bench/memoryBreakdown.ts). */
export function memoryOf(server: ServerUnderTest): Promise<{ before: MemoryBreakdown; afterGc: MemoryBreakdown }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.name}: no answer to the memory probe`)), 10_000);
    const onMessage = (message: { memory?: { before: MemoryBreakdown; afterGc: MemoryBreakdown } }) => {
      if (!message.memory) return;
      clearTimeout(timer);
      server.child.off('message', onMessage);
      resolve(message.memory);
    };
    server.child.on('message', onMessage);
    server.child.send('memory');
  });
}

/** The heap a server under test still uses after a full GC, in MiB (its heap probe, scripts/bench/heapProbe.ts). */
export function heapAfterGcMiB(server: ServerUnderTest): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.name}: no answer to the heap probe`)), 10_000);
    const onMessage = (message: { heapUsedMiB?: number }) => {
      if (message.heapUsedMiB === undefined) return;
      clearTimeout(timer);
      server.child.off('message', onMessage);
      resolve(Number(message.heapUsedMiB));
    };
    server.child.on('message', onMessage);
    server.child.send('heap');
  });
}

/** Resident memory of a process, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/** CPU time (user + system) a process has used, in seconds (Linux /proc, 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
