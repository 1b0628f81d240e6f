// The benchmark scripts' pure helpers (npm run bench itself is not a test):
// the generated knowledge is what the loader accepts and reads like real
// text to the search, and the statistics are right.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../src/config.js';
import { LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages.js';
import { loadKnowledge, loadKnowledgeOrThrow, type KnowledgeBase } from '../src/knowledge/load.js';
import { KnowledgeIndex } from '../src/search/knowledgeIndex.js';
import { tokenizerFor } from '../src/search/tokenizer.js';
import { generateKnowledge, loadGenerated, questionReach, wordPool, writeKnowledge } from '../scripts/bench/generateKnowledge.js';
import { activityBodies, loadQuestions } from '../scripts/bench/questions.js';
import { markdownTable, median, percentile } from '../scripts/bench/stats.js';
import { rssShares, summariseSmaps, type MemoryBreakdown } from '../scripts/bench/memoryBreakdown.js';
import { parseVariant } from '../scripts/bench/memoryProbe.js';
import { compileBenchScripts, memoryOf, serverCommand, startServer } from '../scripts/bench/processes.js';


describe('the benchmark helpers', () => {
  const real = loadKnowledgeOrThrow(join(PROJECT_ROOT, 'knowledge'));

  it('generate a knowledge base that loadKnowledge accepts, with every passage in every language, each found by its own title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-knowledge-'));
    try {
      writeKnowledge(dir, generateKnowledge(real, { passages: 250, perDocument: 100, seed: 3 }));
      const { knowledge, problems } = loadKnowledge(dir);
      expect(problems).toEqual([]);
      expect(knowledge.documents).toHaveLength(3);
      for (const language of LANGUAGE_CODES) expect(knowledge.passages[language]).toHaveLength(250);
      // Searchable like the real one: a generated passage's own title finds it.
      const index = await KnowledgeIndex.build(knowledge);
      for (const language of ['en', 'ru', 'zh'] as const) {
        const passage = knowledge.passages[language][123]!;
        const hits = await index.search(`${passage.title} ${passage.questions[0]}`, language, 5);
        expect(hits.map((h) => h.passage.id)).toContain(passage.id);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generate the same knowledge from the same seed, and other knowledge from another', () => {
    const a = generateKnowledge(real, { passages: 10, seed: 1 });
    const b = generateKnowledge(real, { passages: 10, seed: 1 });
    const c = generateKnowledge(real, { passages: 10, seed: 2 });
    expect(JSON.stringify([...a.values()].map((m) => [...m]))).toBe(JSON.stringify([...b.values()].map((m) => [...m])));
    expect(JSON.stringify([...a.values()].map((m) => [...m]))).not.toBe(JSON.stringify([...c.values()].map((m) => [...m])));
  });

  describe('generate text that reads like real text once stop words are removed', () => {
    const generated = loadGenerated(generateKnowledge(real, { passages: 250, seed: 3 }));
    const spaced = LANGUAGE_CODES.filter((language) => language !== 'zh');
    const isContent = (word: string, language: LanguageCode) => tokenizerFor(language).terms(word).length > 0;
    /** Each distinct word's count, most frequent first. */
    const frequencies = (language: LanguageCode) => {
      const counts = new Map<string, number>();
      for (const word of wordPool(generated, language)) counts.set(word.toLocaleLowerCase(language), (counts.get(word.toLocaleLowerCase(language)) ?? 0) + 1);
      return [...counts].sort((x, y) => y[1] - x[1]);
    };

    it.each(spaced)('with no stop words (%s)', (language) => {
      expect(wordPool(generated, language).filter((word) => !isContent(word, language))).toEqual([]);
    });

    it.each(LANGUAGE_CODES)('with a vocabulary much larger than the real one, Zipf-like, the real words among made-up ones at every frequency (%s)', (language) => {
      // The vocabulary as the index sees it: distinct terms.
      const terms = (knowledge: KnowledgeBase) => questionReach(knowledge.passages[language], [], language).distinctTerms;
      expect(terms(generated)).toBeGreaterThan(2.5 * terms(real));
      // Zipf: the commonest word far more frequent than the median one.
      const ranked = frequencies(language);
      expect(ranked[0]![1]).toBeGreaterThan(5 * ranked[Math.floor(ranked.length / 2)]![1]);
      // Chinese is segmented anew when read back: its words are not the ones drawn.
      if (language === 'zh') return;
      const realWords = new Set(wordPool(real, language).map((word) => word.toLocaleLowerCase(language)));
      const isReal = ([word]: [string, number]) => realWords.has(word);
      const top = ranked.slice(0, Math.ceil(ranked.length / 10));
      const bottom = ranked.slice(Math.floor(ranked.length / 2));
      expect(top.some(isReal) && top.some((entry) => !isReal(entry))).toBe(true);
      expect(bottom.some(isReal)).toBe(true);
    });

    it('so a question matches a minority of the passages, as in a real knowledge base', () => {
      const questions = loadQuestions();
      for (const language of spaced) {
        const { passagesMatched } = questionReach(generated.passages[language], questions.get(language)!, language);
        expect(median(passagesMatched)).toBeLessThan(250 / 2);
      }
    });
  });

  it('count the passages holding at least one of a question\'s terms', () => {
    const passages = real.passages.en;
    const { distinctTerms, passagesMatched } = questionReach(passages, ['the of and what', passages[0]!.title, 'Qiantang'], 'en');
    expect(distinctTerms).toBeGreaterThan(100);
    expect(passagesMatched[0]).toBe(0);
    expect(passagesMatched[1]).toBeGreaterThanOrEqual(1);
    expect(passagesMatched[2]).toBe(passages.filter((p) => /qiantang/i.test([p.title, p.text, ...p.questions, ...p.synonyms].join(' '))).length);
  });

  it('post the test questions of all eleven languages as activities that ask for the replies in the response', () => {
    const questions = loadQuestions();
    expect([...questions.keys()].sort()).toEqual([...LANGUAGE_CODES].sort());
    const bodies = activityBodies(questions, 8).map((b) => JSON.parse(b) as Record<string, any>);
    expect(bodies).toHaveLength([...questions.values()].reduce((n, q) => n + q.length, 0));
    expect(new Set(bodies.slice(0, LANGUAGE_CODES.length).map((b) => b.locale))).toEqual(new Set(LANGUAGE_CODES));
    expect(bodies.every((b) => b.deliveryMode === 'expectReplies' && b.type === 'message' && b.text.length > 0)).toBe(true);
    expect(new Set(bodies.map((b) => b.conversation.id)).size).toBe(8);
  });

  it('compute nearest-rank percentiles and a median, and format a Markdown table', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('sum /proc/PID/smaps by kind of mapping, and split the RSS into V8 heap, other anonymous memory and mapped files', () => {
    const smaps = [
      '00400000-00500000 r-xp 00000000 08:01 123 /usr/local/bin/node',
      'Rss:                2048 kB',
      '7f0000000000-7f0000100000 rw-p 00000000 00:00 0 ',
      'Rss:               10240 kB',
      '7f0000100000-7f0000200000 rw-p 00000000 00:00 0',
      'Rss:                5120 kB',
      '01000000-02000000 rw-p 00000000 00:00 0                                  [heap]',
      'Rss:                1024 kB',
      '7f1000000000-7f1000100000 r-xp 00000000 08:01 9 /app/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'Rss:                 512 kB',
      '7f2000000000-7f2000100000 r-xp 00000000 08:01 9 /usr/lib/x86_64-linux-gnu/libc.so.6',
      'Rss:                1024 kB',
    ].join('\n');
    const byKind = summariseSmaps(smaps);
    expect(byKind).toEqual({ 'node binary': 2, '[anon]': 15, '[heap]': 1, 'native addons (.node)': 0.5, 'shared libraries': 1 });
    const breakdown: MemoryBreakdown = {
      usage: { rss: 19.5, heapTotal: 12, heapUsed: 9, external: 1, arrayBuffers: 0.5 },
      spaces: { new_space: { size: 4, used: 1 }, old_space: { size: 7, used: 7 } },
      smaps: { rollup: {}, byKind },
    };
    expect(rssShares(breakdown)).toEqual({ rss: 19.5, heapCommitted: 12, newSpace: 4, oldSpace: 7, heapUsed: 9, anonymousOutsideHeap: 4, fileBacked: 3.5 });
  });

  it('read a memory probe variant: label, server, mode, environment and node flags', () => {
    expect(parseVariant('small bot dist MALLOC_ARENA_MAX=2 --max-semi-space-size=4')).toEqual({ label: 'small', server: 'bot', mode: 'dist', env: { MALLOC_ARENA_MAX: '2' }, nodeFlags: ['--max-semi-space-size=4'] });
    expect(parseVariant('echo echo tsx')).toEqual({ label: 'echo', server: 'echo', mode: 'tsx', env: {}, nodeFlags: [] });
    expect(() => parseVariant('x bot')).toThrow(/not a variant/);
    expect(() => parseVariant('x bot dist oops')).toThrow(/neither/);
  });

  it('run the echo bot compiled, on plain node, with the memory probe preloaded, which reports where its memory goes', async () => {
    // Inside the project, as the bench's own .tmp/bench/compiled: its package.json makes the files ESM and its node_modules resolve their imports.
    mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'bench-compiled-'));
    try {
      compileBenchScripts(join(PROJECT_ROOT, 'scripts', 'bench'), dir);
      const command = serverCommand(join(dir, 'echoBot.js'), { compiledProbeDir: dir, probeSourceDir: join(PROJECT_ROOT, 'scripts', 'bench') });
      expect(command.join(' ')).not.toMatch(/tsx/);
      const server = await startServer('echo', '', {}, command);
      try {
        const response = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: activityBodies(loadQuestions(), 1)[0],
        });
        expect(response.status).toBe(200);
        const { before, afterGc } = await memoryOf(server);
        expect(before.usage.rss).toBeGreaterThan(10);
        expect(before.spaces.old_space!.size).toBeGreaterThan(0);
        expect(afterGc.usage.heapUsed).toBeLessThanOrEqual(before.usage.heapUsed);
        if (process.platform === 'linux') expect(rssShares(before).fileBacked).toBeGreaterThan(0);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
