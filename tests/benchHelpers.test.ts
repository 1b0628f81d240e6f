// The benchmark scripts' pure helpers (npm run bench itself is not a test):
// the generated knowledge is what the loader accepts, and the statistics are right.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../src/config.js';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import { loadKnowledge, loadKnowledgeOrThrow } from '../src/knowledge/load.js';
import { KnowledgeIndex } from '../src/search/knowledgeIndex.js';
import { generateKnowledge, wordPool, writeKnowledge } from '../scripts/bench/generateKnowledge.js';
import { activityBodies, loadQuestions } from '../scripts/bench/questions.js';
import { markdownTable, median, percentile } from '../scripts/bench/stats.js';

describe('the benchmark helpers', () => {
  const real = loadKnowledgeOrThrow(join(PROJECT_ROOT, 'knowledge'));

  it('generate a knowledge base that loadKnowledge accepts, with every passage in every language, from the real words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-knowledge-'));
    try {
      writeKnowledge(dir, generateKnowledge(real, { passages: 250, perDocument: 100, seed: 3 }));
      const { knowledge, problems } = loadKnowledge(dir);
      expect(problems).toEqual([]);
      expect(knowledge.documents).toHaveLength(3);
      for (const language of LANGUAGE_CODES) expect(knowledge.passages[language]).toHaveLength(250);
      const realWords = new Set(wordPool(real, 'ru'));
      const generatedWords = wordPool(knowledge, 'ru');
      expect(generatedWords.length).toBeGreaterThan(1000);
      expect(generatedWords.every((w) => realWords.has(w))).toBe(true);
      // Searchable like the real one: a generated passage's own title finds it.
      const index = await KnowledgeIndex.build(knowledge);
      const passage = knowledge.passages.en[123]!;
      const hits = await index.search(`${passage.title} ${passage.questions[0]}`, 'en', 5);
      expect(hits.map((h) => h.passage.id)).toContain(passage.id);
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
});
