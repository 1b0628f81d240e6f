// npm run bench: the benchmarks of docs/benchmarks.md. The real bot against a
// bare echo bot over HTTP (alternating rounds), start-up and memory, search
// per language, a generated 10,000-passage knowledge base, and a soak.
// `npm run bench -- --quick` is a short smoke run of the same steps.
// The bot and the echo bot run as deployed: compiled JavaScript on node (the bot's dist/, the echo bot compiled
// the same way), with the memory probe preloaded; `-- --tsx` runs both from their TypeScript under tsx instead.
import { execFileSync } from 'node:child_process';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGE_CODES } from '../../src/i18n/languages.js';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.js';
import { KnowledgeIndex, loadSearchableKnowledge } from '../../src/search/knowledgeIndex.js';
import { generateKnowledge, questionReach, writeKnowledge } from './generateKnowledge.js';
import { rssShares, type MemoryBreakdown } from './memoryBreakdown.js';
import { compileBenchScripts, cpuSeconds, heapAfterGcMiB, memoryOf, rssMiB, serverCommand, startServer, type ServerUnderTest } from './processes.js';
import { activityBodies, loadQuestions } from './questions.js';
import { timeSearch, type SearchTimings } from './searchBench.js';
import { fixed, markdownTable, mean, median, percentile, verdict } from './stats.js';

const quick = process.argv.includes('--quick');
/** How the servers under test run: `dist` (compiled JavaScript on node, as deployed) or `tsx` (the TypeScript sources under tsx). */
const mode: 'dist' | 'tsx' = process.argv.includes('--tsx') ? 'tsx' : 'dist';
const plan = quick
  ? { startups: 1, rounds: 2, roundSeconds: 3, warmupSeconds: 2, connections: 16, soakSeconds: 12, soakWarmupSeconds: 3, soakWindow: 3, searchSamples: 300, searchWarmupMs: 500, scalePassages: 1000, scaleSamples: 50 }
  : { startups: 3, rounds: 4, roundSeconds: 10, warmupSeconds: 5, connections: 16, soakSeconds: 60, soakWarmupSeconds: 10, soakWindow: 10, searchSamples: 3000, searchWarmupMs: 3000, scalePassages: 10_000, scaleSamples: 100 };
const SOAK_CONNECTIONS = 32;

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const outDir = join(PROJECT_ROOT, '.tmp', 'bench');
const benchDir = join(PROJECT_ROOT, 'scripts', 'bench');
// The echo bot and the probe, compiled for `dist` mode (compileBenchScripts).
const compiledDir = join(outDir, 'compiled');
const echoScript = mode === 'dist' ? join(compiledDir, 'echoBot.js') : join(benchDir, 'echoBot.ts');
// The bot's own entry, as `node dist/index.js` (or `npm run dev`) starts it; the probe is preloaded.
const botScript = mode === 'dist' ? join(PROJECT_ROOT, 'dist', 'index.js') : join(PROJECT_ROOT, 'src', 'index.ts');
const commandFor = (script: string) => serverCommand(script, { compiledProbeDir: mode === 'dist' ? compiledDir : undefined, probeSourceDir: benchDir });
// SQLite, the default store (`npm start`): with STORAGE=memory the interaction log, kept in memory, grows by design.
// No per-conversation message limit: 256 conversations asking hundreds of questions a second would mostly be
// refused with a "slow down" (cheap), and the bench would measure the limit instead of the bot's work.
const botEnv = { STORAGE: 'sqlite', LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '10000' };

function machine() {
  const cpu = cpus();
  return {
    nproc: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeGiB: Number((freemem() / 2 ** 30).toFixed(1)),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

async function startBot(dataDir: string): Promise<ServerUnderTest> {
  return startServer('bot', botScript, { ...botEnv, DATA_DIR: dataDir }, commandFor(botScript));
}

async function startEcho(): Promise<ServerUnderTest> {
  return startServer('echo', echoScript, {}, commandFor(echoScript));
}

/** Posts every body once and checks each is answered with 200 and at least one reply with content (text or a card). */
async function checkAnswers(server: ServerUnderTest, bodies: string[]): Promise<{ ok: number; total: number }> {
  let ok = 0;
  for (const body of bodies) {
    const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json().catch(() => null)) as { activities?: { text?: string; attachments?: unknown[] }[] } | null;
    if (response.status === 200 && json?.activities?.some((a) => (typeof a.text === 'string' && a.text.length > 0) || (a.attachments?.length ?? 0) > 0)) ok += 1;
  }
  return { ok, total: bodies.length };
}

async function load(server: ServerUnderTest, bodies: string[], seconds: number, connections: number): Promise<Result> {
  let next = 0;
  return autocannon({
    url: server.url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
      },
    ],
  });
}

interface Round {
  server: string;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  cpuMsPerRequest: number;
}

async function measuredRound(server: ServerUnderTest, bodies: string[], round: number): Promise<Round> {
  const cpuBefore = cpuSeconds(server.child.pid!);
  const result = await load(server, bodies, plan.roundSeconds, plan.connections);
  const cpu = cpuSeconds(server.child.pid!) - cpuBefore;
  const requests = result.requests.total;
  const entry = { server: server.name, round, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests, non2xx: result.non2xx, errors: result.errors + result.timeouts, cpuMsPerRequest: (cpu * 1000) / Math.max(1, requests) };
  log(`  ${server.name} round ${round}: ${fixed(entry.rps)} req/s, p50 ${entry.p50} ms, p99 ${entry.p99} ms, non-2xx ${entry.non2xx}, errors ${entry.errors}`);
  return entry;
}

async function main(): Promise<void> {
  const began = performance.now();
  mkdirSync(outDir, { recursive: true });
  const info = machine();
  log(`bench${quick ? ' --quick' : ''} (servers ${mode === 'dist' ? 'compiled, on node' : 'under tsx'}) on ${info.nproc} × ${info.cpu}, ${info.memoryGiB} GiB, node ${info.node}`);
  // dist/ for the deployed start-up (and the servers under test in dist mode), built outside any timing.
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build-if-needed.mjs')], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  compileBenchScripts(benchDir, compiledDir);
  const questions = loadQuestions();
  const bodies = activityBodies(questions);
  const dataDir = mkdtempSync(join(tmpdir(), 'brics-bench-'));

  // 1. Start-up to /readyz and RSS once ready, each server alone.
  log('start-up');
  const startups: { server: string; listeningMs: number; readyMs: number; rssReady: number; heapReady: number }[] = [];
  for (let i = 0; i < plan.startups; i += 1) {
    for (const start of [startEcho, () => startBot(dataDir)]) {
      const server = await start();
      await sleep(500);
      const rssReady = rssMiB(server.child.pid!);
      startups.push({ server: server.name, listeningMs: server.listeningMs, readyMs: server.readyMs, rssReady, heapReady: await heapAfterGcMiB(server) });
      log(`  ${server.name}: listening ${fixed(server.listeningMs, 0)} ms, ready ${fixed(server.readyMs, 0)} ms, RSS ${fixed(rssMiB(server.child.pid!))} MiB`);
      await server.stop();
    }
  }

  // 1b. Start-up as deployed: `node dist/index.js` (built first, outside the timing) and `npm start` (its build check included).
  log('start-up as deployed');
  const deployedStartups: { command: string; readyMs: number }[] = [];
  for (let i = 0; i < plan.startups; i += 1) {
    for (const [label, command] of [
      ['node dist/index.js', [process.execPath, join(PROJECT_ROOT, 'dist', 'index.js')]],
      ['npm start', ['npm', 'start', '--silent']],
    ] as const) {
      const server = await startServer(label, '', { ...botEnv, DATA_DIR: dataDir }, command);
      deployedStartups.push({ command: label, readyMs: server.readyMs });
      log(`  ${label}: ready ${fixed(server.readyMs, 0)} ms`);
      await server.stop();
    }
  }

  // 2. HTTP: both servers up, alternating rounds on the same questions.
  log('HTTP');
  const echo = await startEcho();
  const bot = await startBot(dataDir);
  const checks = { echo: await checkAnswers(echo, bodies), bot: await checkAnswers(bot, bodies) };
  log(`  answered (text or card): bot ${checks.bot.ok}/${checks.bot.total}, echo ${checks.echo.ok}/${checks.echo.total}`);
  for (const server of [echo, bot]) await load(server, bodies, plan.warmupSeconds, plan.connections);
  const rounds: Round[] = [];
  for (let round = 1; round <= plan.rounds; round += 1) {
    // A B, then B A: neither server always runs right after the other's load.
    const order = round % 2 === 1 ? [echo, bot] : [bot, echo];
    for (const server of order) rounds.push(await measuredRound(server, bodies, round));
  }
  const rssAfterLoad = { echo: rssMiB(echo.child.pid!), bot: rssMiB(bot.child.pid!) };
  // Where the RSS goes (before a full GC, as the load left it), then the heap still in use after one.
  const memoryAfterLoad = { echo: (await memoryOf(echo)).before, bot: (await memoryOf(bot)).before };
  const heapAfterLoad = { echo: await heapAfterGcMiB(echo), bot: await heapAfterGcMiB(bot) };
  await echo.stop();

  // 3. Soak: the bot alone, 32 connections, RSS each second.
  log(`soak ${plan.soakSeconds} s at ${SOAK_CONNECTIONS} connections, after ${plan.soakWarmupSeconds} s at the same load`);
  const rssSamples: number[] = [];
  // The heap still in use after a full GC, at the start, every 10 s and at the end: growth there would be a leak.
  const heapSamples: number[] = [await heapAfterGcMiB(bot)];
  // That full GC empties the heap, and the soak's load is heavier than the rounds': V8's heap takes some
  // seconds to grow back to where this load keeps it. The RSS windows start once it has (not counted).
  await load(bot, bodies, plan.soakWarmupSeconds, SOAK_CONNECTIONS);
  const sampler = setInterval(() => rssSamples.push(rssMiB(bot.child.pid!)), 1000);
  const heapSampler = setInterval(() => void heapAfterGcMiB(bot).then((mib) => heapSamples.push(mib), () => undefined), 10_000);
  let next = 0;
  const soak = await autocannon({
    url: bot.url,
    connections: SOAK_CONNECTIONS,
    duration: plan.soakSeconds,
    timeout: 10,
    requests: [{ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }) }],
  });
  clearInterval(sampler);
  clearInterval(heapSampler);
  heapSamples.push(await heapAfterGcMiB(bot));
  const firstWindow = mean(rssSamples.slice(0, plan.soakWindow));
  const lastWindow = mean(rssSamples.slice(-plan.soakWindow));
  const soakResult = {
    seconds: plan.soakSeconds,
    warmupSeconds: plan.soakWarmupSeconds,
    connections: SOAK_CONNECTIONS,
    requests: soak.requests.total,
    rps: soak.requests.average,
    p50: soak.latency.p50,
    p99: soak.latency.p99,
    non2xx: soak.non2xx,
    errors: soak.errors + soak.timeouts,
    rssFirst: firstWindow,
    rssLast: lastWindow,
    growthPercent: ((lastWindow - firstWindow) / firstWindow) * 100,
    heapFirst: heapSamples[0]!,
    heapLast: heapSamples.at(-1)!,
    heapGrowthPercent: ((heapSamples.at(-1)! - heapSamples[0]!) / heapSamples[0]!) * 100,
    rssSamples,
    heapSamples,
  };
  log(`  ${soakResult.requests} requests, ${fixed(soakResult.rps)} req/s, non-2xx ${soakResult.non2xx}, errors ${soakResult.errors}, RSS ${fixed(firstWindow)} → ${fixed(lastWindow)} MiB (${fixed(soakResult.growthPercent)} %), heap after GC ${fixed(soakResult.heapFirst)} → ${fixed(soakResult.heapLast)} MiB`);
  await bot.stop();
  rmSync(dataDir, { recursive: true, force: true });

  // 4. Search over the real knowledge, in this process.
  log('search (real knowledge)');
  const { index } = await loadSearchableKnowledge(join(PROJECT_ROOT, 'knowledge'));
  // The HTTP phases' garbage is collected before, not during, the first language's timings.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const search = await timeSearch(index, questions, plan.searchSamples, 10_000, 2, plan.searchWarmupMs);

  // 5. Scale: a generated knowledge base, loaded and indexed here.
  log(`scale: generating ${plan.scalePassages} passages × ${LANGUAGE_CODES.length} languages`);
  const real = loadKnowledgeOrThrow(join(PROJECT_ROOT, 'knowledge'));
  const scaleDir = mkdtempSync(join(tmpdir(), 'brics-bench-knowledge-'));
  writeKnowledge(scaleDir, generateKnowledge(real, { passages: plan.scalePassages }));
  gc?.();
  const heapBefore = process.memoryUsage();
  let t = performance.now();
  const generated = loadKnowledgeOrThrow(scaleDir);
  const loadMs = performance.now() - t;
  t = performance.now();
  const bigIndex = await KnowledgeIndex.build(generated);
  const buildMs = performance.now() - t;
  gc?.();
  const heapAfter = process.memoryUsage();
  log(`  loaded in ${fixed(loadMs, 0)} ms, indexed in ${fixed(buildMs, 0)} ms, heap +${fixed((heapAfter.heapUsed - heapBefore.heapUsed) / 2 ** 20)} MiB`);
  const scaleSearch = await timeSearch(bigIndex, questions, plan.scaleSamples, 4_000, 1);
  rmSync(scaleDir, { recursive: true, force: true });
  // How much of the generated base a question reaches (counted here, outside the timed search):
  // real text has a large vocabulary, so a question's words are in a small share of the passages.
  const reach = LANGUAGE_CODES.map((language) => {
    const { distinctTerms, passagesMatched } = questionReach(generated.passages[language], questions.get(language) ?? [], language);
    return { language, distinctTerms, matchedMedian: median(passagesMatched), matchedP90: percentile(passagesMatched, 90) };
  });
  log(`  passages a question matches, median (p90): ${reach.map((x) => `${x.language} ${x.matchedMedian} (${x.matchedP90})`).join(', ')}`);
  const scale = {
    passagesPerLanguage: plan.scalePassages,
    loadMs,
    buildMs,
    languageBuildMs: Object.fromEntries(bigIndex.buildMs),
    heapMiB: (heapAfter.heapUsed - heapBefore.heapUsed) / 2 ** 20,
    rssMiB: (heapAfter.rss - heapBefore.rss) / 2 ** 20,
    gcExposed: Boolean(gc),
    search: scaleSearch,
    reach,
  };

  const results = { date: new Date().toISOString(), quick, mode, plan, machine: info, startups, deployedStartups, checks, rounds, rssAfterLoad, memoryAfterLoad, heapAfterLoad, soak: soakResult, search, scale, seconds: (performance.now() - began) / 1000 };
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderMarkdown(results);
  writeFileSync(join(outDir, 'results.md'), markdown);
  process.stdout.write(markdown);
  log(`done in ${fixed(results.seconds, 0)} s: .tmp/bench/results.md and results.json`);
}

type Results = {
  date: string;
  quick: boolean;
  /** Absent from runs before the servers ran compiled (they ran under tsx). */
  mode?: 'dist' | 'tsx';
  machine: ReturnType<typeof machine>;
  startups: { server: string; listeningMs: number; readyMs: number; rssReady: number; heapReady: number }[];
  /** Absent from runs before issue 16. */
  deployedStartups?: { command: string; readyMs: number }[];
  checks: Record<'echo' | 'bot', { ok: number; total: number }>;
  rounds: Round[];
  rssAfterLoad: Record<'echo' | 'bot', number>;
  heapAfterLoad: Record<'echo' | 'bot', number>;
  /** Absent from runs before it was measured. */
  memoryAfterLoad?: Record<'echo' | 'bot', MemoryBreakdown>;
  /** warmupSeconds: absent from runs before the soak had a warm-up. */
  soak: { seconds: number; warmupSeconds?: number; connections: number; requests: number; rps: number; p50: number; p99: number; non2xx: number; errors: number; rssFirst: number; rssLast: number; growthPercent: number; heapFirst: number; heapLast: number; heapGrowthPercent: number };
  search: SearchTimings[];
  scale: {
    passagesPerLanguage: number;
    loadMs: number;
    buildMs: number;
    languageBuildMs: Partial<Record<string, number>>;
    heapMiB: number;
    rssMiB: number;
    search: SearchTimings[];
    /** Per language: distinct terms of the generated passages, and how many passages hold at least one of a bench question's terms. */
    reach: { language: string; distinctTerms: number; matchedMedian: number; matchedP90: number }[];
  };
  seconds: number;
};

/** The figures as the Markdown tables of docs/benchmarks.md. */
export function renderMarkdown(r: Results): string {
  const of = (server: string) => r.rounds.filter((x) => x.server === server);
  const summary = (server: string) => {
    const rs = of(server);
    return { rps: median(rs.map((x) => x.rps)), p50: median(rs.map((x) => x.p50)), p99: median(rs.map((x) => x.p99)), cpu: median(rs.map((x) => x.cpuMsPerRequest)), non2xx: rs.reduce((a, x) => a + x.non2xx, 0), errors: rs.reduce((a, x) => a + x.errors, 0), requests: rs.reduce((a, x) => a + x.requests, 0) };
  };
  const bot = summary('bot');
  const echo = summary('echo');
  const startup = (server: string) => {
    const s = r.startups.filter((x) => x.server === server);
    return { listening: median(s.map((x) => x.listeningMs)), ready: median(s.map((x) => x.readyMs)), rss: median(s.map((x) => x.rssReady)), heap: median(s.map((x) => x.heapReady)) };
  };
  const sb = startup('bot');
  const se = startup('echo');
  const m = r.machine;
  const lines: string[] = [];
  lines.push(`Run ${r.date}${r.quick ? ' (--quick)' : ''}, ${fixed(r.seconds, 0)} s. Machine: ${m.nproc} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, node ${m.node}.`, '');
  lines.push(`### HTTP: bot against echo (median of ${of('bot').length} rounds each)`, '');
  lines.push(
    markdownTable(
      ['', 'requests/s', 'p50 ms', 'p99 ms', 'CPU ms/request', 'requests', 'non-2xx', 'errors'],
      [
        ['bot', fixed(bot.rps), fixed(bot.p50, 0), fixed(bot.p99, 0), fixed(bot.cpu, 2), String(bot.requests), String(bot.non2xx), String(bot.errors)],
        ['echo', fixed(echo.rps), fixed(echo.p50, 0), fixed(echo.p99, 0), fixed(echo.cpu, 2), String(echo.requests), String(echo.non2xx), String(echo.errors)],
        ['bot / echo', fixed(bot.rps / echo.rps, 2), fixed(bot.p50 / echo.p50, 2), fixed(bot.p99 / echo.p99, 2), fixed(bot.cpu / echo.cpu, 2), '', '', ''],
      ],
    ),
    '',
    `Goals (issue 16): throughput ≥ 0.6× echo: ${verdict(bot.rps / echo.rps >= 0.6)} (${fixed(bot.rps / echo.rps, 2)}×); p99 ≤ 2× echo: ${verdict(bot.p99 / echo.p99 <= 2)} (${fixed(bot.p99 / echo.p99, 2)}×). Answered (a reply with text or a card) before the load: bot ${r.checks.bot.ok}/${r.checks.bot.total}, echo ${r.checks.echo.ok}/${r.checks.echo.total}.`,
    '',
    'Rounds, in the order run:',
    '',
    markdownTable(
      ['round', 'server', 'requests/s', 'p50 ms', 'p99 ms', 'CPU ms/request'],
      r.rounds.map((x) => [String(x.round), x.server, fixed(x.rps), String(x.p50), String(x.p99), fixed(x.cpuMsPerRequest, 2)]),
    ),
    '',
  );
  lines.push(`### Start-up and memory (median of ${r.startups.filter((x) => x.server === 'bot').length} starts)`, '');
  lines.push(
    markdownTable(
      ['', 'spawn → listening ms', 'spawn → /readyz 200 ms', 'RSS ready MiB', 'RSS after HTTP load MiB', 'heap after GC, ready MiB', 'heap after GC, after load MiB'],
      [
        ['bot', fixed(sb.listening, 0), fixed(sb.ready, 0), fixed(sb.rss), fixed(r.rssAfterLoad.bot), fixed(sb.heap), fixed(r.heapAfterLoad.bot)],
        ['echo', fixed(se.listening, 0), fixed(se.ready, 0), fixed(se.rss), fixed(r.rssAfterLoad.echo), fixed(se.heap), fixed(r.heapAfterLoad.echo)],
      ],
    ),
    '',
    r.mode === 'dist'
      ? 'Both above run as deployed: compiled JavaScript on node (the bot\'s `dist/index.js`, the echo bot compiled the same way), with the bench\'s memory probe preloaded (`--expose-gc --import`). Without the probe, spawn → /readyz 200 (median):'
      : 'Both above run under tsx (the bench loads the TypeScript sources). As deployed, spawn → /readyz 200 (median):',
    '',
    markdownTable(
      ['command', 'spawn → /readyz 200 ms', 'starts'],
      ['node dist/index.js', 'npm start'].map((command) => {
        const times = (r.deployedStartups ?? []).filter((x) => x.command === command).map((x) => x.readyMs);
        return [command, fixed(median(times), 0), String(times.length)];
      }),
    ),
    '',
    (() => {
      const ready = (command: string) => median((r.deployedStartups ?? []).filter((x) => x.command === command).map((x) => x.readyMs));
      return `Goals (issue 16): \`node dist/index.js\` ready ≤ 1 s: ${verdict(ready('node dist/index.js') <= 1000)}; \`npm start\` ready ≤ 2 s: ${verdict(ready('npm start') <= 2000)}; RSS after load ≤ 1.5× echo: ${verdict(r.rssAfterLoad.bot <= 1.5 * r.rssAfterLoad.echo)} (${fixed(r.rssAfterLoad.bot / r.rssAfterLoad.echo, 2)}×).`;
    })(),
    '',
  );
  if (r.memoryAfterLoad) {
    const row = (server: 'bot' | 'echo') => {
      const x = rssShares(r.memoryAfterLoad![server]);
      return [server, fixed(x.rss), fixed(x.heapCommitted), fixed(x.newSpace), fixed(x.oldSpace), fixed(x.heapUsed), fixed(x.anonymousOutsideHeap), fixed(x.fileBacked)];
    };
    lines.push(
      'Where the RSS after the load goes (MiB; process.memoryUsage(), V8 heap spaces, /proc/PID/smaps; before a full GC): V8\'s committed heap holds the garbage of the load until its next full GC, which V8 puts off until the heap has grown to a multiple of what was live after the last one.',
      '',
      markdownTable(['', 'RSS', 'V8 heap committed', 'of which new space', 'of which old space', 'V8 heap used (live and garbage)', 'other anonymous (malloc, Buffers, stacks)', 'mapped files (node, libraries)'], [row('bot'), row('echo')]),
      '',
    );
  }
  lines.push(`### Soak: bot, ${r.soak.seconds} s at ${r.soak.connections} connections${r.soak.warmupSeconds ? ` (after ${r.soak.warmupSeconds} s at the same load, not counted)` : ''}`, '');
  lines.push(
    markdownTable(
      ['requests', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'RSS first window MiB', 'RSS last window MiB', 'RSS growth', 'heap after GC, start → end MiB', 'heap growth'],
      [[String(r.soak.requests), fixed(r.soak.rps), String(r.soak.p50), String(r.soak.p99), String(r.soak.non2xx), String(r.soak.errors), fixed(r.soak.rssFirst), fixed(r.soak.rssLast), `${fixed(r.soak.growthPercent)} %`, `${fixed(r.soak.heapFirst)} → ${fixed(r.soak.heapLast)}`, `${fixed(r.soak.heapGrowthPercent)} %`]],
    ),
    '',
    `Goals: no errors or non-2xx: ${verdict(r.soak.errors === 0 && r.soak.non2xx === 0)}; RSS growth < 10 %: ${verdict(r.soak.growthPercent < 10)} (heap in use after a full GC, a leak's measure: ${fixed(r.soak.heapGrowthPercent)} %).`,
    '',
  );
  lines.push(`### Search per language (ms per index.search, in-process, warmed)`, '');
  lines.push(
    markdownTable(
      ['language', ...r.search.map((s) => s.language)],
      [
        ['real knowledge p50', ...r.search.map((s) => fixed(s.p50, 2))],
        ['real knowledge p99', ...r.search.map((s) => fixed(s.p99, 2))],
        ['samples', ...r.search.map((s) => String(s.samples))],
        [`${r.scale.passagesPerLanguage} passages p50`, ...r.scale.search.map((s) => fixed(s.p50, 2))],
        [`${r.scale.passagesPerLanguage} passages p99`, ...r.scale.search.map((s) => fixed(s.p99, 2))],
        ['samples', ...r.scale.search.map((s) => String(s.samples))],
        [`${r.scale.passagesPerLanguage} passages index build ms`, ...r.scale.search.map((s) => fixed(r.scale.languageBuildMs[s.language] ?? NaN, 0))],
      ],
    ),
    '',
  );
  const slowestBuild = Math.max(...Object.values(r.scale.languageBuildMs).map((ms) => ms ?? NaN));
  const worst = Math.max(...r.scale.search.map((s) => s.p99));
  lines.push(`### Scale: ${r.scale.passagesPerLanguage} generated passages in each of the ${r.scale.search.length} languages`, '');
  lines.push(
    markdownTable(['load (YAML + checks) ms', 'index build ms', 'heap MiB', 'RSS MiB', 'worst search p99 ms'], [[fixed(r.scale.loadMs, 0), fixed(r.scale.buildMs, 0), fixed(r.scale.heapMiB), fixed(r.scale.rssMiB), fixed(worst, 2)]]),
    '',
    `Goals: search p99 ≤ 5 ms at ${r.scale.passagesPerLanguage} passages: ${verdict(worst <= 5)}; each language's index of ${r.scale.passagesPerLanguage} passages built in under 10 s: ${verdict(slowestBuild < 10_000)} (slowest ${fixed(slowestBuild, 0)} ms); all ${r.scale.search.length} in under 10 s: ${verdict(r.scale.buildMs < 10_000)}.`,
    '',
    `The generated text, and how much of it a question reaches: the distinct terms of the passages, and the number of passages (of ${r.scale.passagesPerLanguage}) holding at least one term of a bench question, over the bench questions of the language.`,
    '',
    markdownTable(
      ['language', ...r.scale.reach.map((x) => x.language)],
      [
        ['distinct terms', ...r.scale.reach.map((x) => String(x.distinctTerms))],
        ['passages a question matches, median', ...r.scale.reach.map((x) => String(x.matchedMedian))],
        ['passages a question matches, p90', ...r.scale.reach.map((x) => String(x.matchedP90))],
      ],
    ),
    '',
  );
  return lines.join('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
