// Where the servers' memory goes under the bench's HTTP load, and what a
// setting changes: `node --import tsx scripts/bench/memoryProbe.ts [--seconds N] [--rounds N] [--connections N] VARIANT...`
// where a VARIANT is one quoted argument, `label server mode [NAME=value...] [--node-flag...]`:
// server `bot` or `echo`, mode `dist` (the deployed JavaScript on node) or `tsx` (the sources under tsx).
// Variants run one after the other in each round (the order reversed every other round), each started
// afresh: RSS once ready, then a load, then RSS and the breakdown (scripts/bench/memoryBreakdown.ts)
// before and after a full GC. Prints a table of medians and writes every sample to .tmp/bench/memory-probe.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../../src/config.js';
import type { MemoryBreakdown } from './memoryBreakdown.js';
import { compileBenchScripts, cpuSeconds, memoryOf, rssMiB, serverCommand, startServer } from './processes.js';
import { activityBodies, loadQuestions } from './questions.js';
import { fixed, markdownTable, median } from './stats.js';

export interface Variant {
  label: string;
  server: 'bot' | 'echo';
  mode: 'dist' | 'tsx';
  env: Record<string, string>;
  nodeFlags: string[];
}

/** Reads a variant from its one-argument form, `label server mode [NAME=value...] [--node-flag...]`. */
export function parseVariant(argument: string): Variant {
  const [label, server, mode, ...rest] = argument.trim().split(/\s+/);
  if (!label || (server !== 'bot' && server !== 'echo') || (mode !== 'dist' && mode !== 'tsx')) throw new Error(`not a variant: "${argument}" (label bot|echo dist|tsx [NAME=value...] [--flag...])`);
  const env: Record<string, string> = {};
  const nodeFlags: string[] = [];
  for (const token of rest) {
    if (token.startsWith('--')) nodeFlags.push(token);
    else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(token)) env[token.slice(0, token.indexOf('='))] = token.slice(token.indexOf('=') + 1);
    else throw new Error(`"${token}" in "${argument}" is neither NAME=value nor --flag`);
  }
  return { label, server, mode, env, nodeFlags };
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const seconds = option('--seconds', 15);
  const rounds = option('--rounds', 2);
  const connections = option('--connections', 16);
  const variants = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !['--seconds', '--rounds', '--connections'].includes(all[i - 1] ?? '')).map(parseVariant);
  if (variants.length === 0) throw new Error('give at least one variant, e.g. "bot bot dist" "echo echo dist"');
  const outDir = join(PROJECT_ROOT, '.tmp', 'bench');
  const compiledDir = join(outDir, 'compiled');
  mkdirSync(outDir, { recursive: true });
  compileBenchScripts(join(PROJECT_ROOT, 'scripts', 'bench'), compiledDir);
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build-if-needed.mjs')], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const bodies = activityBodies(loadQuestions());
  const samples: { label: string; round: number; rps: number; p99: number; cpuMsPerRequest: number; rssReady: number; rssAfterLoad: number; memory: { before: MemoryBreakdown; afterGc: MemoryBreakdown } }[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const variant of round % 2 === 1 ? variants : [...variants].reverse()) {
      const dataDir = mkdtempSync(join(tmpdir(), 'brics-memory-probe-'));
      const script = variant.server === 'bot' ? (variant.mode === 'dist' ? join(PROJECT_ROOT, 'dist', 'index.js') : join(PROJECT_ROOT, 'src', 'index.ts')) : variant.mode === 'dist' ? join(compiledDir, 'echoBot.js') : join(PROJECT_ROOT, 'scripts', 'bench', 'echoBot.ts');
      const command = serverCommand(script, { compiledProbeDir: variant.mode === 'dist' ? compiledDir : undefined, probeSourceDir: join(PROJECT_ROOT, 'scripts', 'bench'), nodeFlags: variant.nodeFlags });
      const env = { STORAGE: 'sqlite', LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '10000', DATA_DIR: dataDir, ...variant.env };
      const server = await startServer(variant.label, '', env, command);
      let stderr = '';
      server.child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      const onExit = (code: number | null, signal: string | null) => process.stderr.write(`${variant.label} exited (${code ?? signal}) during the probe: ${stderr}\n`);
      server.child.once('exit', onExit);
      await new Promise((r) => setTimeout(r, 500));
      const rssReady = rssMiB(server.child.pid!);
      let next = 0;
      const cpuBefore = cpuSeconds(server.child.pid!);
      const result = await autocannon({
        url: server.url,
        connections,
        duration: seconds,
        timeout: 10,
        requests: [{ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }) }],
      });
      const cpu = cpuSeconds(server.child.pid!) - cpuBefore;
      const rssAfterLoad = rssMiB(server.child.pid!);
      const memory = await memoryOf(server);
      server.child.off('exit', onExit);
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      const sample = { label: variant.label, round, rps: result.requests.average, p99: result.latency.p99, cpuMsPerRequest: (cpu * 1000) / Math.max(1, result.requests.total), rssReady, rssAfterLoad, memory };
      samples.push(sample);
      const b = memory.before;
      process.stderr.write(
        `${variant.label} round ${round}: ${fixed(sample.rps)} req/s p99 ${sample.p99} ms, RSS ready ${fixed(rssReady)} after load ${fixed(rssAfterLoad)} MiB; heapTotal ${b.usage.heapTotal} used ${b.usage.heapUsed} external ${b.usage.external} arrayBuffers ${b.usage.arrayBuffers}; ` +
          `spaces ${Object.entries(b.spaces).filter(([, s]) => s.size >= 1).map(([n, s]) => `${n} ${s.size}/${s.used}`).join(', ')}; smaps ${Object.entries(b.smaps.byKind).filter(([, v]) => v >= 1).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}; after GC RSS ${memory.afterGc.usage.rss} heapTotal ${memory.afterGc.usage.heapTotal} used ${memory.afterGc.usage.heapUsed}\n`,
      );
    }
  }
  writeFileSync(join(outDir, 'memory-probe.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, seconds, rounds, connections, variants, samples }, null, 2)}\n`);
  const rows = variants.map((v) => {
    const s = samples.filter((x) => x.label === v.label);
    const m = (f: (x: (typeof s)[number]) => number) => median(s.map(f));
    const spread = (f: (x: (typeof s)[number]) => number) => `${fixed(Math.min(...s.map(f)))}–${fixed(Math.max(...s.map(f)))}`;
    return [v.label, fixed(m((x) => x.rps)), fixed(m((x) => x.p99), 0), fixed(m((x) => x.cpuMsPerRequest), 2), fixed(m((x) => x.rssReady)), `${fixed(m((x) => x.rssAfterLoad))} (${spread((x) => x.rssAfterLoad)})`, fixed(m((x) => x.memory.before.usage.heapTotal)), fixed(m((x) => x.memory.afterGc.usage.heapUsed)), fixed(m((x) => x.memory.before.smaps.byKind['[anon]'] ?? 0) + m((x) => x.memory.before.smaps.byKind['[heap]'] ?? 0))];
  });
  process.stdout.write(
    `${markdownTable(['variant', 'requests/s', 'p99 ms', 'CPU ms/request', 'RSS ready MiB', 'RSS after load MiB (min–max)', 'heapTotal after load MiB', 'heap used after GC MiB', 'anonymous + [heap] MiB'], rows)}\n`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`memory probe failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
