// The knowledge cache: what the bot checked and indexed at one start is read
// back at the next, giving exactly the same answers, and only while the
// knowledge and the code are the ones it was made from. A cache that is stale,
// damaged or cannot be written only costs the time of a build.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../src/config.js';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import { KNOWLEDGE_CACHE_FILE, knowledgeFingerprint } from '../src/search/knowledgeCache.js';
import { loadSearchableKnowledge, type KnowledgeIndex } from '../src/search/knowledgeIndex.js';
import { messageActivity, postActivity, startApp } from './support/app.js';

const KNOWLEDGE = resolve(PROJECT_ROOT, 'knowledge');
const DOCUMENT = 'brics-sez-center-qiantang';
const folders: string[] = [];

function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

function copyKnowledge(): string {
  const dir = temporaryFolder('knowledge-');
  cpSync(KNOWLEDGE, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Loads with the cache in `cacheDir`, saying whether it was used. */
async function load(knowledgeDir: string, cacheDir: string | null) {
  const events: Array<{ used: boolean; written: boolean; writeError?: Error }> = [];
  const loaded = await loadSearchableKnowledge(knowledgeDir, { cacheDir, onCache: (event) => events.push(event) });
  return { ...loaded, event: events[0] };
}

const QUESTIONS = ['Where is the Center?', 'How far is Xiasha port from the airport?', 'What is planned for 2027?', 'Who wrote this?', 'Can I buy a visa here?', '中心在哪里？', 'Когда открылся центр?', 'Onde fica o centro?', 'مرکز کجاست؟', 'केंद्र कहाँ है?', 'ማዕከሉ የት ነው?', 'Sikuphi isikhungo?', 'Waar is die sentrum?', 'Di mana pusatnya?', 'أين يقع المركز؟'];

/** Every question in every language: the passages found, their confidences and where they were found. */
async function answers(index: KnowledgeIndex): Promise<string[]> {
  const result: string[] = [];
  for (const language of LANGUAGE_CODES) {
    for (const question of QUESTIONS) {
      const hits = await index.search(question, language, 5);
      result.push(`${language} ${question}: ${hits.map((hit) => `${hit.passage.id}@${hit.confidence}/${hit.foundIn}`).join(' ')}`);
    }
  }
  return result;
}

describe('the knowledge cache', () => {
  it('is written at the first load and read at the next, with the same knowledge and exactly the same answers', async () => {
    const cacheDir = join(temporaryFolder('cache-'), 'cache');
    const built = await load(KNOWLEDGE, cacheDir);
    expect(built.event).toEqual({ used: false, written: true });
    expect(existsSync(join(cacheDir, KNOWLEDGE_CACHE_FILE))).toBe(true);

    const cached = await load(KNOWLEDGE, cacheDir);
    expect(cached.event).toEqual({ used: true, written: false });
    expect(cached.knowledge).toEqual(built.knowledge);
    // A language's passages share their document, as the loader gives them.
    expect(cached.knowledge.passages.ru[0]!.document).toBe(cached.knowledge.passages.ru[1]!.document);
    const uncached = await load(KNOWLEDGE, null);
    // No cache directory, no cache to tell of (STORAGE=memory had logged "cache":"written" for a cache it never wrote).
    expect(uncached.event).toBeUndefined();
    const expected = await answers(uncached.index);
    expect(expected.filter((line) => line.includes('@')).length).toBeGreaterThan(QUESTIONS.length * 5);
    expect(await answers(cached.index)).toEqual(expected);
    expect(await answers(built.index)).toEqual(expected);
  });

  it('is not used once the knowledge changed: the new knowledge is loaded and cached in its place', async () => {
    const knowledgeDir = copyKnowledge();
    const cacheDir = temporaryFolder('cache-');
    const before = await load(knowledgeDir, cacheDir);
    const path = join(knowledgeDir, DOCUMENT, 'en.yaml');
    const text = readFileSync(path, 'utf8');
    const title = before.knowledge.passages.en[0]!.title;
    expect(text).toContain(`title: ${title}`);
    writeFileSync(path, text.replace(`title: ${title}`, `title: ${title} and the Zanzibar ferry`));

    const after = await load(knowledgeDir, cacheDir);
    expect(after.event).toEqual({ used: false, written: true });
    expect(after.knowledge.passages.en[0]!.title).toBe(`${title} and the Zanzibar ferry`);
    expect((await after.index.search('Zanzibar ferry', 'en'))[0]?.passage.id).toBe(before.knowledge.passages.en[0]!.id);
    expect(await before.index.search('Zanzibar ferry', 'en')).toEqual([]);

    const again = await load(knowledgeDir, cacheDir);
    expect(again.event).toEqual({ used: true, written: false });
    expect(again.knowledge.passages.en[0]!.title).toBe(`${title} and the Zanzibar ferry`);
  });

  it('is not used when a new file appears in the knowledge folder, even one the loader refuses', async () => {
    const knowledgeDir = copyKnowledge();
    const cacheDir = temporaryFolder('cache-');
    await load(knowledgeDir, cacheDir);
    writeFileSync(join(knowledgeDir, DOCUMENT, 'xx.yaml'), 'document: {}\n');
    await expect(load(knowledgeDir, cacheDir)).rejects.toThrow(/xx\.yaml/);
  });

  it('keys on the knowledge and not on where it lies', () => {
    expect(knowledgeFingerprint(copyKnowledge())).toBe(knowledgeFingerprint(KNOWLEDGE));
  });

  it.each([
    ['empty', () => ''],
    ['cut short', (text: string) => text.slice(0, text.length - 200)],
    ['not JSON', () => 'garbage\n{{{'],
    ['changed by hand (same length, checksum no longer matches)', (text: string) => text.replace(/"title":"[^"]/, (match) => `${match.slice(0, -1)}${match.at(-1) === 'X' ? 'Y' : 'X'}`)],
    ['of another knowledge base', (text: string) => text.replace(/"fingerprint":"[0-9a-f]+"/, `"fingerprint":"${'0'.repeat(64)}"`)],
  ])('is ignored when %s, and written again', async (_name, damage) => {
    const cacheDir = temporaryFolder('cache-');
    const built = await load(KNOWLEDGE, cacheDir);
    const file = join(cacheDir, KNOWLEDGE_CACHE_FILE);
    const original = readFileSync(file, 'utf8');
    const damaged = damage(original);
    expect(damaged).not.toBe(original);
    writeFileSync(file, damaged);

    const reloaded = await load(KNOWLEDGE, cacheDir);
    expect(reloaded.event).toEqual({ used: false, written: true });
    expect(reloaded.knowledge).toEqual(built.knowledge);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect((await load(KNOWLEDGE, cacheDir)).event).toEqual({ used: true, written: false });
  });

  it('when it cannot be written, loads all the same and says why', async () => {
    const blocker = join(temporaryFolder('cache-'), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const loaded = await load(KNOWLEDGE, join(blocker, 'cache'));
    expect(loaded.event?.used).toBe(false);
    expect(loaded.event?.written).toBe(false);
    expect(loaded.event?.writeError).toBeInstanceOf(Error);
    expect((await loaded.index.search('Where is the Center?', 'en'))[0]?.passage.id).toBeDefined();
  });

  it('still reports every problem of a broken knowledge base (nothing cached for it)', async () => {
    const knowledgeDir = copyKnowledge();
    const cacheDir = temporaryFolder('cache-');
    writeFileSync(join(knowledgeDir, DOCUMENT, 'ru.yaml'), 'document: [');
    await expect(load(knowledgeDir, cacheDir)).rejects.toThrow(/ru\.yaml.*not valid YAML/s);
    expect(existsSync(join(cacheDir, KNOWLEDGE_CACHE_FILE))).toBe(false);
  });
});

describe('the app', () => {
  it('keeps the cache in DATA_DIR (with the default SQLite store), readable by its owner only, and answers the same from it after a restart', async () => {
    const first = await startApp();
    const dataDir = first.config.DATA_DIR;
    const ask = async (baseUrl: string) => (await postActivity(baseUrl, messageActivity('How far is Xiasha port from the airport?'))).body;
    const before = await ask(first.baseUrl);
    expect(before.activities.some((a: { attachments?: unknown[] }) => (a.attachments?.length ?? 0) > 0)).toBe(true);
    await first.app.stop();
    expect(statSync(join(dataDir, KNOWLEDGE_CACHE_FILE)).mode & 0o777).toBe(0o600);

    const second = await startApp({ DATA_DIR: dataDir });
    try {
      const after = await ask(second.baseUrl);
      expect(JSON.stringify(after.activities.map((a: { text?: string; attachments?: unknown }) => [a.text, a.attachments]))).toBe(
        JSON.stringify(before.activities.map((a: { text?: string; attachments?: unknown }) => [a.text, a.attachments])),
      );
    } finally {
      await second.stop();
    }
  });

  it('keeps no cache with the memory store', async () => {
    const running = await startApp({ STORAGE: 'memory' });
    try {
      expect(existsSync(join(running.config.DATA_DIR, KNOWLEDGE_CACHE_FILE))).toBe(false);
    } finally {
      await running.stop();
    }
  });
});
