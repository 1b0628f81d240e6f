// In-process search timings: each language's questions asked over and over
// of a built index, after a warm-up, one timing per call.
import { LANGUAGE_CODES, type LanguageCode } from '../../src/i18n/languages.js';
import type { KnowledgeIndex } from '../../src/search/knowledgeIndex.js';
import { percentile } from './stats.js';

export interface SearchTimings {
  language: LanguageCode;
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Times `index.search` for each language's questions until `samples` calls
 * per language are timed or `budgetMs` per language is spent (at least one pass),
 * after `warmupPasses` passes over every language's questions, and more until
 * `warmupMs` is spent: the language timed first otherwise paid for the JIT's
 * compiling (English's p99 0.8-2.6 ms in its first round of 3,000 calls, 0.24 ms in the next).
 */
export async function timeSearch(index: KnowledgeIndex, questions: Map<LanguageCode, string[]>, samples: number, budgetMs: number, warmupPasses = 2, warmupMs = 0): Promise<SearchTimings[]> {
  const warming = performance.now();
  for (let pass = 0; pass < warmupPasses || performance.now() - warming < warmupMs; pass += 1) {
    for (const language of LANGUAGE_CODES) for (const q of questions.get(language) ?? []) await index.search(q, language);
  }
  const results: SearchTimings[] = [];
  for (const language of LANGUAGE_CODES) {
    const list = questions.get(language) ?? [];
    const times: number[] = [];
    const began = performance.now();
    for (let i = 0; times.length < samples && (i < list.length || performance.now() - began < budgetMs); i += 1) {
      const q = list[i % list.length]!;
      const t = performance.now();
      await index.search(q, language);
      times.push(performance.now() - t);
    }
    results.push({ language, samples: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) });
  }
  return results;
}
