// The bot as deployed: the esbuild bundle in dist/ (scripts/build.ts, built by
// jest's global set-up), run by `node dist/index.js` from a copy of what
// `npm run package:azure` ships (dist/, knowledge/, locales/, web/, package
// files, node_modules): it answers, serves the chat page and its assets, keeps
// the knowledge cache keyed by the bundle, and its stack traces name src/.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createRequire, isBuiltin, SourceMap, type SourceMapPayload } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../src/config.js';
import { escapeBeyondLatin1, keepOnlySources, shiftGeneratedColumns, type SourceMap as SourceMapJson } from '../scripts/trimSourceMap.js';
import { startAzurite } from './support/azurite.js';
import { exited, freePort } from './support/botProcess.js';

const DIST = join(PROJECT_ROOT, 'dist');
/** What scripts/build.ts leaves to Node's loading from node_modules (its EXTERNAL_PACKAGES; importing it would run the build). */
const EXTERNAL_PACKAGES = ['better-sqlite3', 'dtrace-provider', 'applicationinsights', 'botbuilder-applicationinsights'];

interface Started {
  child: ChildProcess;
  url: string;
  output: { stdout: string; stderr: string };
}

/** `node dist/index.js` in `root`, on loopback, its JSON log kept; resolves once /readyz answers 200. */
async function startDeployed(root: string, dataDir: string, settings: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/index.js'], {
    cwd: root,
    // TMPDIR: the bundle's code cache (src/codeCache.ts) of this copy stays in it, removed with it.
    env: { ...process.env, NODE_OPTIONS: '', PORT: String(port), HOST: '127.0.0.1', STORAGE: 'sqlite', DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json', TMPDIR: join(root, 'tmp'), ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false)) return { child, url, output };
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}: ${output.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('the bot did not become ready in 30 s');
}

async function stop(bot: Started): Promise<number | string> {
  bot.child.kill('SIGTERM');
  return exited(bot.child);
}

/** Posts a message as `user` and returns the replies' text (the replies come back in the response). */
async function say(bot: Started, user: string, text: string): Promise<string> {
  const activity = { type: 'message', id: `m${Date.now()}`, text, channelId: 'test', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', from: { id: user }, recipient: { id: 'bot' }, conversation: { id: `conversation-${user}` } };
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(response.status).toBe(200);
  const { activities } = (await response.json()) as { activities: { text?: string; attachments?: unknown[] }[] };
  return activities.map((reply) => `${reply.text ?? ''} ${JSON.stringify(reply.attachments ?? [])}`).join('\n');
}

/** Line and column (0-based) of the first `needle` in `text`. */
function position(text: string, needle: string): [number, number] {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThan(0);
  const line = text.slice(0, at).split('\n').length - 1;
  return [line, at - (text.lastIndexOf('\n', at) + 1)];
}

/** The source a position of generated code maps to (undefined where it is unmapped). */
function sourceOf(map: SourceMap, line: number, column: number): string | undefined {
  return (map.findEntry(line, column) as { originalSource?: string }).originalSource;
}

/**
 * A field of the first JSON log line whose message begins with `message`: what the start's "listening" line says
 * of the bundle's code cache (`codeCache`: used, missing, rejected, off), or the knowledge index's line of its
 * cache (`cache`: written, used, not written).
 */
function loggedField(stdout: string, message: string, field: 'codeCache' | 'cache'): string | undefined {
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string } & Partial<Record<typeof field, string>>;
    if (entry.msg?.startsWith(message)) return entry[field];
  }
  return undefined;
}

describe('the deployed bundle (dist/)', () => {
  it('is an entry and the bot beside it, every file of the bundle in dist/ itself, no tsc output left', () => {
    const entries = readdirSync(DIST, { withFileTypes: true });
    const code = entries.filter((entry) => entry.name.endsWith('.js')).map((entry) => entry.name);
    expect(code).toEqual(expect.arrayContaining(['index.js', 'main.js']));
    expect(entries.filter((entry) => entry.isDirectory())).toEqual([]);
    for (const file of code) {
      expect(code.includes(`${file}.map`) || entries.some((entry) => entry.name === `${file}.map`)).toBe(true);
      // Imports between the bundle's files stay in dist/: the cache's fingerprint reads them there.
      expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/from\s+["']\.\.\//);
    }
    // The entry runs the bot only after Node's compile cache (Node 22) and source maps are on.
    const entry = readFileSync(join(DIST, 'index.js'), 'utf8');
    expect(entry.indexOf('enableCompileCache')).toBeGreaterThan(0);
    expect(entry.indexOf('enableCompileCache')).toBeLessThan(entry.indexOf('"main.js"'));
    expect(entry.indexOf('setSourceMapsEnabled')).toBeLessThan(entry.indexOf('"main.js"'));
    // Both files are CommonJS scripts (src/codeCache.ts runs main.js through vm.Script), and Node is told so.
    expect(JSON.parse(readFileSync(join(DIST, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });

  it('holds what the bot loads only when needed (the knowledge loader in main.js, the Azure stores in a file of their own that main.js requires beside it): no import() left for vm.Script, and every package they require at run time is Node’s, one the build leaves to node_modules, or an optional one its package tries', () => {
    const requiredBy = new Map<string, Set<string>>();
    for (const file of ['main.js', 'azureStores.js']) {
      const bundle = readFileSync(join(DIST, file), 'utf8');
      expect(bundle.match(/\bimport\(/g) ?? []).toEqual([]);
      expect(bundle.match(/\brequire\((?!"[^"]+"\))/g) ?? []).toEqual([]);
      const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!));
      requiredBy.set(file, required);
      const packageOf = (name: string) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/');
      const fromPackages = [...required].filter((name) => !isBuiltin(name) && !name.startsWith('./'));
      const requireFromDist = createRequire(join(DIST, file));
      for (const name of fromPackages.filter((name) => EXTERNAL_PACKAGES.includes(packageOf(name)) && name !== 'dtrace-provider')) expect(requireFromDist.resolve(name)).toContain('node_modules');
      // Required inside a try by the package that wants them, which works without: node-fetch's `encoding`, ws's two.
      const optional = ['encoding', 'bufferutil', 'utf-8-validate'];
      expect(fromPackages.filter((name) => !EXTERNAL_PACKAGES.includes(packageOf(name))).sort()).toEqual(optional.filter((name) => required.has(name)).sort());
      for (const name of optional) expect(() => requireFromDist.resolve(name)).toThrow();
      // The Azure stores and the knowledge loader are bundled, not required from node_modules at run time.
      for (const name of ['botbuilder-azure-blobs', 'botbuilder-azure', '@azure/identity']) expect(required.has(name)).toBe(false);
    }
    // main.js requires one file of the bundle beside it, the Azure stores; that file requires none.
    expect([...requiredBy.get('main.js')!].filter((name) => name.startsWith('./'))).toEqual(['./azureStores.js']);
    expect([...requiredBy.get('azureStores.js')!].filter((name) => name.startsWith('.'))).toEqual([]);
    const main = readFileSync(join(DIST, 'main.js'), 'utf8');
    const azureStores = readFileSync(join(DIST, 'azureStores.js'), 'utf8');
    expect(main).toContain('src/knowledge/load.ts');
    for (const name of ['botbuilder-azure-blobs', 'botbuilder-azure', '@azure/storage-blob', '@azure/cosmos']) {
      expect(azureStores).toContain(`node_modules/${name}/`);
      expect(main).not.toContain(`node_modules/${name}/`);
    }
    // The entry runs the file through the code cache too (src/codeCache.ts), by its name.
    const entry = readFileSync(join(DIST, 'index.js'), 'utf8');
    expect(entry).toContain('siblings:');
    expect(entry).toContain('["azureStores.js"]');
  });

  it('our code calls none of what the entry keeps Node from reporting for the packages (Buffer(), punycode, url.parse, process.binding)', () => {
    const offenders: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts') && entry.name !== 'index.ts') {
          const code = readFileSync(path, 'utf8');
          if (/(?<![.\w])(new\s+)?Buffer\(|['"](node:)?punycode['"]|\burl\.parse\(|\bparse\s*\}?\s*from\s*['"](node:)?url['"]|\bprocess\.binding\(/.test(code)) offenders.push(path);
        }
      }
    };
    visit(join(PROJECT_ROOT, 'src'));
    expect(offenders).toEqual([]);
  });

  it('maps a position in our code to its src/ file and line, and leaves the packages’ code unmapped', () => {
    const bundle = readFileSync(join(DIST, 'main.js'), 'utf8');
    const map = new SourceMap(JSON.parse(readFileSync(join(DIST, 'main.js.map'), 'utf8')));
    const original = readFileSync(join(PROJECT_ROOT, 'src', 'app.ts'), 'utf8').split('\n').findIndex((line) => line.startsWith('export async function createApp('));
    expect(map.findEntry(...position(bundle, 'async function createApp('))).toMatchObject({ originalSource: '../src/app.ts', originalLine: original });
    // restify's body reader, bundled from node_modules.
    expect(sourceOf(map, ...position(bundle, 'function createBodyWriter('))).toBeUndefined();
  });

  it('holds the bundle one byte a character, and maps our code after an escaped character to its line', () => {
    for (const file of readdirSync(DIST).filter((name) => name.endsWith('.js'))) {
      expect({ file, beyondLatin1: /[^\u0000-\u00ff]/.test(readFileSync(join(DIST, file), 'utf8')) }).toEqual({ file, beyondLatin1: false });
    }
    // `function questionSentences(` follows, on the bundle's line, the regular expression of the Chinese, Arabic and
    // Ethiopic marks parting a sentence's clauses (`CLAUSE_BREAK`): its column moved with their escapes.
    const bundle = readFileSync(join(DIST, 'main.js'), 'utf8');
    const map = new SourceMap(JSON.parse(readFileSync(join(DIST, 'main.js.map'), 'utf8')));
    const original = readFileSync(join(PROJECT_ROOT, 'src', 'search', 'knowledgeIndex.ts'), 'utf8').split('\n').findIndex((line) => line.startsWith('function questionSentences('));
    const [line, column] = position(bundle, 'function questionSentences(');
    expect(bundle.split('\n')[line]!.slice(0, column)).toContain('\\u1364');
    expect(map.findEntry(line, column)).toMatchObject({ generatedLine: line, generatedColumn: column, originalSource: '../src/search/knowledgeIndex.ts', originalLine: original });
  });

  it('escapes a character beyond Latin-1 as the same character, in a regular expression as in a string', () => {
    const source = 'module.exports = [/^[👍ሐ-ሗ]x—y$/u.test("👍x—y"), /^[👍ሐ-ሗ]$/u.test("ሑ"), /^.$/u.test("👍"), /a\\—b/.test("a—b"), "ё" === "\\u0451"];';
    const { code, growth } = escapeBeyondLatin1(source);
    expect(/[^\u0000-\u00ff]/.test(code)).toBe(false);
    const run = (text: string) => new Function('module', `${text}; return module.exports;`)({ exports: undefined }) as unknown;
    expect(run(source)).toEqual([true, true, true, true, true]);
    expect(run(code)).toEqual([true, true, true, true, true]);
    expect([...growth.keys()]).toEqual([0]);
    // A mapping after the first escape moves by 5 units (10 for the surrogate pair of 👍).
    const map: SourceMapJson = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA,UAAU' };
    const moved = shiftGeneratedColumns(map, new Map([[0, [[5, 5]]]]));
    expect(moved.mappings).toBe('AAAA,eAAU');
  });

  describe('run from a copy of the release layout', () => {
    let root: string;
    let dataDir: string;

    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'deployed-'));
      dataDir = join(root, 'data');
      mkdirSync(dataDir);
      cpSync(DIST, join(root, 'dist'), { recursive: true });
      for (const file of ['package.json', 'package-lock.json']) cpSync(join(PROJECT_ROOT, file), join(root, file));
      for (const folder of ['knowledge', 'locales', 'web', 'node_modules']) symlinkSync(join(PROJECT_ROOT, folder), join(root, folder));
    });

    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('answers, serves the chat page and its assets, and stops cleanly on SIGTERM', async () => {
      const bot = await startDeployed(root, dataDir);
      try {
        const activity = { type: 'message', id: 'a1', text: 'Где находится Центр?', locale: 'ru', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', from: { id: 'user' }, recipient: { id: 'bot' }, conversation: { id: 'deployed' } };
        const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        expect(response.status).toBe(200);
        const { activities } = (await response.json()) as { activities: { text?: string; attachments?: unknown[] }[] };
        expect(activities.some((reply) => /[а-я]/i.test(reply.text ?? '') || (reply.attachments?.length ?? 0) > 0)).toBe(true);

        const page = await fetch(`${bot.url}/?lang=ru`);
        expect(page.status).toBe(200);
        const html = await page.text();
        const assets = [...html.matchAll(/(?:src|href)="(\/web\/[^"?]+)/g)].map((match) => match[1]!);
        expect(assets).toEqual(expect.arrayContaining(['/web/botframework-webchat.js', '/web/chat.js', '/web/chat.css']));
        for (const asset of [...assets, '/widget.js']) {
          const file = await fetch(`${bot.url}${asset}`);
          expect([asset, file.status]).toEqual([asset, 200]);
          expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(100);
        }
      } finally {
        expect(await stop(bot)).toBe(0);
      }
      // Node's warning about packages' Buffer() calls stays unsaid, as when they ran from node_modules, and so
      // does the one about http-deceiver's process.binding() (src/index.ts).
      expect(bot.output.stderr).not.toContain('DEP0005');
      expect(bot.output.stderr).not.toContain('DEP0111');
      expect(bot.output.stderr).not.toMatch(/Error/);
    });

    it('keeps the knowledge cache between starts, and builds it again when the bundle changes', async () => {
      const cacheDir = mkdtempSync(join(root, 'cache-'));
      const outcomes: (string | undefined)[] = [];
      const once = async () => {
        const bot = await startDeployed(root, cacheDir);
        await stop(bot);
        outcomes.push(loggedField(bot.output.stdout, 'knowledge index', 'cache'));
      };
      await once();
      await once();
      appendFileSync(join(root, 'dist', 'main.js'), '\n// another build\n');
      await once();
      await once();
      expect(outcomes).toEqual(['written', 'used', 'written', 'used']);
    }, 60_000);

    it('keeps V8’s compiled code of the bundle between starts (Node 20 has no compile cache), and compiles afresh when the bundle changed or the cache is damaged', async () => {
      const tmp = mkdtempSync(join(root, 'tmp-'));
      const outcomes: (string | undefined)[] = [];
      const once = async () => {
        const bot = await startDeployed(root, mkdtempSync(join(root, 'compiled-')), { TMPDIR: tmp });
        try {
          expect(await say(bot, 'partner', 'Where is the Center?')).toMatch(/Jiang Hai/);
        } finally {
          expect(await stop(bot)).toBe(0); // stopped before the cache's timer: kept as it exits
        }
        expect(bot.output.stderr).not.toMatch(/Error/);
        outcomes.push(loggedField(bot.output.stdout, 'BRICS Partner Bot is listening', 'codeCache'));
      };
      await once();
      await once();
      appendFileSync(join(root, 'dist', 'main.js'), '\n// another build\n');
      await once();
      await once();
      const cacheDir = join(tmp, 'brics-partner-bot-code-cache');
      const files = readdirSync(cacheDir);
      expect(files).toEqual([expect.stringMatching(/\.v8cache$/)]);
      const damaged = readFileSync(join(cacheDir, files[0]!));
      for (let i = 100; i < damaged.length; i += 1000) damaged[i] = damaged[i]! ^ 0xff;
      writeFileSync(join(cacheDir, files[0]!), damaged);
      await once();
      await once();
      expect(outcomes).toEqual(['missing', 'used', 'rejected', 'used', 'rejected', 'used']);
    }, 90_000);

    it('keeps bot state in Azure Blob Storage as the templates set it (STORAGE=blob): a choice made on one instance holds on another', async () => {
      const azurite = await startAzurite();
      const blob = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString };
      try {
        const first = await startDeployed(root, mkdtempSync(join(root, 'instance-')), blob);
        try {
          expect(await say(first, 'partner', '/language ru')).toMatch(/[а-я]/i);
        } finally {
          expect(await stop(first)).toBe(0);
        }
        const second = await startDeployed(root, mkdtempSync(join(root, 'instance-')), blob);
        try {
          expect(await say(second, 'partner', '/help')).toMatch(/[а-я]{4}/i);
          expect(await say(second, 'someone else', '/help')).not.toMatch(/[а-я]{4}/i);
        } finally {
          expect(await stop(second)).toBe(0);
        }
        expect(second.output.stdout).toMatch(/Azure Blob/i);
      } finally {
        await azurite.stop();
      }
    }, 60_000);

    it('sends turn events to Application Insights when its connection string is set, as the templates do (the SDK loaded from node_modules)', async () => {
      const names: string[] = [];
      const ingestion = createHttpServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
          for (const line of text.split('\n').filter(Boolean)) names.push((JSON.parse(line) as { data?: { baseData?: { name?: string } } }).data?.baseData?.name ?? '');
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
        });
      });
      await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
      try {
        const endpoint = `http://127.0.0.1:${(ingestion.address() as AddressInfo).port}/`;
        const bot = await startDeployed(root, mkdtempSync(join(root, 'telemetry-')), {
          APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=${endpoint};LiveEndpoint=${endpoint}`,
        });
        try {
          expect(await say(bot, 'partner', 'Where is the Center?')).toMatch(/Jiang Hai/);
        } finally {
          expect(await stop(bot)).toBe(0); // flushes what is buffered
        }
        expect(bot.output.stdout).toMatch(/"telemetry":"Application Insights"/);
        expect(names).toEqual(expect.arrayContaining(['BotMessageReceived', 'BotMessageSend']));
      } finally {
        await new Promise((resolve) => ingestion.close(resolve));
      }
    }, 60_000);
  });
});

describe('the source map of the bundle, trimmed to our code', () => {
  // Two sources, one ours and one a package's, on lines 0-2: ours at 0:0, the package's at 0:10 and 1:0, ours at 2:4.
  const full: SourceMapJson = { version: 3, sources: ['../src/a.ts', '../node_modules/p/index.js'], names: ['start'], mappings: 'AAAAA,UCAA;AAAA;IDEA' };

  it('keeps our positions as they were, and no position of the package’s code is taken for ours', () => {
    const trimmed = keepOnlySources(full, (source) => source.startsWith('../src/'));
    expect(trimmed.sources).toEqual(['../src/a.ts']);
    const before = new SourceMap({ file: 'main.js', sourceRoot: '', ...full } as unknown as SourceMapPayload);
    const after = new SourceMap({ file: 'main.js', sourceRoot: '', ...trimmed } as unknown as SourceMapPayload);
    for (const [line, column] of [[0, 0], [0, 5], [2, 4], [2, 9]] as const) expect(after.findEntry(line, column)).toEqual(before.findEntry(line, column));
    for (const [line, column] of [[0, 10], [0, 30], [1, 0], [1, 7], [2, 0]] as const) expect(sourceOf(after, line, column)).toBeUndefined();
  });
});
