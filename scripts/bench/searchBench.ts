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
 * per language are timed or `budgetMs` per language is spent (at least one pass).
 */
export async function timeSearch(index: KnowledgeIndex, questions: Map<LanguageCode, string[]>, samples: number, budgetMs: number, warmupPasses = 2): Promise<SearchTimings[]> {
  for (let pass = 0; pass < warmupPasses; pass += 1) {
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
