// Measures search quality on tests/quality/<lng>.yaml: top-1 accuracy and MRR
// on answerable questions, and how often unanswerable ones are declined.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../src/i18n/languages.js';
import { ANSWER_THRESHOLD, type KnowledgeIndex } from '../../src/search/knowledgeIndex.js';

export interface QualitySet {
  language: LanguageCode;
  answerable: { question: string; expect: string }[];
  unanswerable: string[];
}

export interface QualityRow {
  language: LanguageCode;
  answerable: number;
  unanswerable: number;
  top1: number;
  mrr: number;
  noAnswer: number;
  failures: string[];
}

export function readQualitySet(language: LanguageCode): QualitySet {
  return parse(readFileSync(resolve(PROJECT_ROOT, 'tests/quality', `${language}.yaml`), 'utf8')) as QualitySet;
}

export async function evaluateLanguage(index: KnowledgeIndex, language: LanguageCode): Promise<QualityRow> {
  const set = readQualitySet(language);
  const failures: string[] = [];
  let top1 = 0;
  let reciprocal = 0;
  for (const { question, expect } of set.answerable) {
    const hits = await index.search(question, language, 10);
    const rank = hits.findIndex((hit) => hit.passage.id === expect);
    const answered = (hits[0]?.confidence ?? 0) >= ANSWER_THRESHOLD;
    if (rank === 0 && answered) top1 += 1;
    else failures.push(`answerable: "${question}" expected ${expect}, got ${hits[0]?.passage.id ?? 'nothing'} (${(hits[0]?.confidence ?? 0).toFixed(2)})`);
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  let declined = 0;
  for (const question of set.unanswerable) {
    const hits = await index.search(question, language, 1);
    if ((hits[0]?.confidence ?? 0) < ANSWER_THRESHOLD) declined += 1;
    else failures.push(`unanswerable: "${question}" answered with ${hits[0]?.passage.id} (${hits[0]?.confidence.toFixed(2)})`);
  }
  return {
    language,
    answerable: set.answerable.length,
    unanswerable: set.unanswerable.length,
    top1: top1 / set.answerable.length,
    mrr: reciprocal / set.answerable.length,
    noAnswer: declined / set.unanswerable.length,
    failures,
  };
}

export async function evaluateAll(index: KnowledgeIndex): Promise<QualityRow[]> {
  const rows: QualityRow[] = [];
  for (const language of LANGUAGE_CODES) rows.push(await evaluateLanguage(index, language));
  return rows;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

export function formatTable(rows: QualityRow[]): string {
  const lines = ['| language | questions | top-1 | MRR | no-answer questions | no-answer accuracy |', '| --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    lines.push(`| ${row.language} | ${row.answerable} | ${percent(row.top1)} | ${row.mrr.toFixed(3)} | ${row.unanswerable} | ${percent(row.noAnswer)} |`);
  }
  return lines.join('\n');
}
