// npm run bench:startup: only the start-up part of the bench, in more rounds.
// Each round starts, in turn (the order rotating from round to round), the
// bare echo bot, `node dist/index.js` and `npm start`, times spawn → first 200
// on /readyz and the CPU the process used until then, and stops it. Without
// the memory probe: as an operator starts them. Prints medians and ratios
// against the echo bot of the same run (the machine is shared: absolute
// figures move with the load, the ratios much less).
//   node --import tsx scripts/bench/startup.ts [--rounds=7] [--variant=name=path/to/index.js ...]
// A `--variant` adds another entry to time the same way (an A/B of builds).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { compileBenchScripts, cpuSeconds, startServer } from './processes.js';
import { fixed, markdownTable, median } from './stats.js';

const argument = (name: string) => process.argv.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));
const rounds = Number(argument('rounds')[0] ?? 7);
const benchDir = join(PROJECT_ROOT, 'scripts', 'bench');
const compiledDir = join(PROJECT_ROOT, '.tmp', 'bench', 'compiled');
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build-if-needed.mjs')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
compileBenchScripts(benchDir, compiledDir);
const dataDir = mkdtempSync(join(tmpdir(), 'brics-bench-startup-'));
const botEnv = { STORAGE: 'sqlite', LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '10000', DATA_DIR: dataDir };

const commands: Array<{ label: string; command: string[]; env: Record<string, string> }> = [
  { label: 'echo', command: [process.execPath, join(compiledDir, 'echoBot.js')], env: {} },
  { label: 'node dist/index.js', command: [process.execPath, join(PROJECT_ROOT, 'dist', 'index.js')], env: botEnv },
  { label: 'npm start', command: ['npm', 'start', '--silent'], env: botEnv },
  // A build of its own has a knowledge cache of its own (the cache is keyed by the code).
  ...argument('variant').map((spec) => {
    const [label, path] = spec.split('=') as [string, string];
    return { label, command: [process.execPath, resolve(path)], env: { ...botEnv, DATA_DIR: mkdtempSync(join(dataDir, 'variant-')) } };
  }),
];

// The first start of each writes the knowledge cache the others read (as in `npm run bench`): not counted.
for (const { command, env } of [commands[1]!, ...commands.slice(3)]) await (await startServer('warm-up', '', env, command)).stop();

const samples = new Map<string, { readyMs: number[]; cpuMs: number[] }>(commands.map(({ label }) => [label, { readyMs: [], cpuMs: [] }]));
for (let round = 0; round < rounds; round += 1) {
  const order = commands.map((_, i) => commands[(i + round) % commands.length]!);
  for (const { label, command, env } of order) {
    const server = await startServer(label, '', env, command);
    // npm's own process is not the bot's: its CPU is npm's alone until the bot exits, so it is not reported.
    const cpuMs = label === 'npm start' ? Number.NaN : cpuSeconds(server.child.pid!) * 1000;
    samples.get(label)!.readyMs.push(server.readyMs);
    samples.get(label)!.cpuMs.push(cpuMs);
    log(`round ${round + 1} ${label}: ready ${fixed(server.readyMs, 0)} ms, CPU ${fixed(cpuMs, 0)} ms`);
    await server.stop();
  }
}
rmSync(dataDir, { recursive: true, force: true });

const echo = samples.get('echo')!;
const rows = commands.map(({ label }) => {
  const { readyMs, cpuMs } = samples.get(label)!;
  return [label, fixed(median(readyMs), 0), fixed(median(readyMs) / median(echo.readyMs), 2), fixed(median(cpuMs), 0), fixed(median(cpuMs) / median(echo.cpuMs), 2), `${fixed(Math.min(...readyMs), 0)}–${fixed(Math.max(...readyMs), 0)}`];
});
process.stdout.write(
  `${markdownTable(['command', 'spawn → /readyz 200 ms (median)', '× echo', 'CPU to ready ms (median)', '× echo', 'ready range ms'], rows)}\n\n${rounds} rounds, order rotating each round; Node ${process.version}.\n`,
);
