// Measures search quality on tests/quality/<lng>.yaml: top-1 accuracy and MRR
// on answerable questions, and how often unanswerable ones are declined.
// Questions marked `added: true` were written after the first measurement and
// before any tuning (tuning then saw them); those marked `heldOut: true` were
// written after tuning and measured once. Each group can be measured on its
// own (`subset`) to see whether tuning generalises beyond what it was tuned on.
// Besides that first set, `dev/<lng>.yaml` (a development set tuning may look
// at) and `blind/<lng>.yaml` (written from the article alone before tuning,
// never tuned on) are measured the same way: `collection`. So is `val/<lng>.yaml`,
// a validation set written the same way later, by which a change to the search
// is accepted or rejected on its totals alone (its misses are never listed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../src/i18n/languages.js';
import { ANSWER_THRESHOLD, type KnowledgeIndex } from '../../src/search/knowledgeIndex.js';

export interface AnswerableQuestion {
  question: string;
  /** The passage that answers it, or the passages that answer it equally ("what is planned?"). */
  expect: string | string[];
  added?: boolean;
  heldOut?: boolean;
}

type Marked = { question: string; added?: boolean; heldOut?: boolean };

export interface QualitySet {
  language: LanguageCode;
  answerable: AnswerableQuestion[];
  unanswerable: string[];
  /** The questions (of either kind) marked `added: true`. */
  added: ReadonlySet<string>;
  /** The questions (of either kind) marked `heldOut: true`. */
  heldOut: ReadonlySet<string>;
}

/** Which file of questions: the first set (`<lng>.yaml`), the development sets, the validation sets or the blind set. */
export type QualityCollection = 'main' | 'dev' | 'dev2' | 'dev4' | 'dev5' | 'dev6' | 'dev7' | 'dev8' | 'dev9' | 'dev10' | 'dev11' | 'dev12' | 'dev13' | 'dev14' | 'dev15' | 'dev16' | 'dev17' | 'dev18' | 'dev19' | 'dev20' | 'dev21' | 'val' | 'dev3' | 'val3' | 'val4' | 'val5' | 'val6' | 'val7' | 'val8' | 'val9' | 'val10' | 'val11' | 'val12' | 'val13' | 'blind';
export const QUALITY_COLLECTIONS: readonly QualityCollection[] = ['main', 'dev', 'dev2', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'val', 'dev3', 'val3', 'val4', 'val5', 'val6', 'val7', 'val8', 'val9', 'val10', 'val11', 'val12', 'val13', 'blind'];
/** The sets whose misses are never listed: tuning sees their totals (val, dev3, val3, val4, val5, val6, val7, val8, val9, val10, val11, val12, val13) or nothing until the end (blind). */
export const UNINSPECTED_COLLECTIONS: readonly QualityCollection[] = ['val', 'dev3', 'val3', 'val4', 'val5', 'val6', 'val7', 'val8', 'val9', 'val10', 'val11', 'val12', 'val13', 'blind'];

function collectionPath(collection: QualityCollection, language: LanguageCode): string {
  return resolve(PROJECT_ROOT, 'tests/quality', collection === 'main' ? '' : collection, `${language}.yaml`);
}

/** Which questions to measure: all of them, the original set, those added before tuning, or those held out. */
export type QualitySubset = 'all' | 'original' | 'added' | 'heldout';

export interface QualityRow {
  language: LanguageCode;
  answerable: number;
  unanswerable: number;
  /** Answerable questions answered with the expected passage, and their share. */
  answeredRight: number;
  top1: number;
  mrr: number;
  /** Unanswerable questions declined, and their share. */
  declined: number;
  noAnswer: number;
  failures: string[];
}

export function readQualitySet(language: LanguageCode, collection: QualityCollection = 'main'): QualitySet {
  const raw = parse(readFileSync(collectionPath(collection, language), 'utf8')) as {
    language: LanguageCode;
    answerable: AnswerableQuestion[];
    unanswerable: (string | Marked)[];
  };
  // An unanswerable question is a plain string, or { question, added | heldOut } when added later.
  const unanswerable: Marked[] = raw.unanswerable.map((entry) => (typeof entry === 'string' ? { question: entry } : entry));
  const all: Marked[] = [...raw.answerable, ...unanswerable];
  return {
    language: raw.language,
    answerable: raw.answerable,
    unanswerable: unanswerable.map((entry) => entry.question),
    added: new Set(all.filter((entry) => entry.added === true).map((entry) => entry.question)),
    heldOut: new Set(all.filter((entry) => entry.heldOut === true).map((entry) => entry.question)),
  };
}

function inSubset(set: QualitySet, question: string, subset: QualitySubset): boolean {
  switch (subset) {
    case 'all':
      return true;
    case 'added':
      return set.added.has(question);
    case 'heldout':
      return set.heldOut.has(question);
    case 'original':
      return !set.added.has(question) && !set.heldOut.has(question);
  }
}

export async function evaluateLanguage(index: KnowledgeIndex, language: LanguageCode, subset: QualitySubset = 'all', collection: QualityCollection = 'main'): Promise<QualityRow> {
  const set = readQualitySet(language, collection);
  const answerable = set.answerable.filter((entry) => inSubset(set, entry.question, subset));
  const unanswerable = set.unanswerable.filter((question) => inSubset(set, question, subset));
  const failures: string[] = [];
  let top1 = 0;
  let reciprocal = 0;
  for (const { question, expect } of answerable) {
    const hits = await index.search(question, language, 10);
    const expected = Array.isArray(expect) ? expect : [expect];
    const rank = hits.findIndex((hit) => expected.includes(hit.passage.id));
    const answered = (hits[0]?.confidence ?? 0) >= ANSWER_THRESHOLD;
    if (rank === 0 && answered) top1 += 1;
    else failures.push(`answerable: "${question}" expected ${expected.join(' or ')}, got ${hits[0]?.passage.id ?? 'nothing'} (${(hits[0]?.confidence ?? 0).toFixed(2)})`);
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  let declined = 0;
  for (const question of unanswerable) {
    const hits = await index.search(question, language, 1);
    if ((hits[0]?.confidence ?? 0) < ANSWER_THRESHOLD) declined += 1;
    else failures.push(`unanswerable: "${question}" answered with ${hits[0]?.passage.id} (${hits[0]?.confidence.toFixed(2)})`);
  }
  const share = (count: number, of: number) => (of > 0 ? count / of : 1);
  return {
    language,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    answeredRight: top1,
    top1: share(top1, answerable.length),
    mrr: share(reciprocal, answerable.length),
    declined,
    noAnswer: share(declined, unanswerable.length),
    failures,
  };
}

export async function evaluateAll(index: KnowledgeIndex, subset: QualitySubset = 'all', collection: QualityCollection = 'main'): Promise<QualityRow[]> {
  const rows: QualityRow[] = [];
  for (const language of LANGUAGE_CODES) rows.push(await evaluateLanguage(index, language, subset, collection));
  return rows;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** All languages of a set together: answered right of answerable, declined of unanswerable. */
export function pooled(rows: readonly QualityRow[]): { answeredRight: number; answerable: number; declined: number; unanswerable: number; top1: number; noAnswer: number } {
  const sum = (pick: (row: QualityRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const [answeredRight, answerable, declined, unanswerable] = [sum((r) => r.answeredRight), sum((r) => r.answerable), sum((r) => r.declined), sum((r) => r.unanswerable)];
  return { answeredRight, answerable, declined, unanswerable, top1: answeredRight / answerable, noAnswer: declined / unanswerable };
}

/** The all-languages line under a table: "top-1 326/399 (81.7 %), no-answer 132/159 (83.0 %)". */
export function formatPooled(rows: readonly QualityRow[]): string {
  const total = pooled(rows);
  return `all languages: top-1 ${total.answeredRight}/${total.answerable} (${percent(total.top1)}), no-answer ${total.declined}/${total.unanswerable} (${percent(total.noAnswer)})`;
}

export function formatTable(rows: QualityRow[]): string {
  const lines = ['| language | questions | top-1 | MRR | no-answer questions | no-answer accuracy |', '| --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    lines.push(`| ${row.language} | ${row.answerable} | ${percent(row.top1)} | ${row.mrr.toFixed(3)} | ${row.unanswerable} | ${percent(row.noAnswer)} |`);
  }
  return lines.join('\n');
}
