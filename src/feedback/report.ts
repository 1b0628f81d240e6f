// The operators' report, as pure data and its three formats: questions per
// language and channel, the answer rate, the questions the knowledge could
// not answer (the same question in other words counted once), and the
// passages partners rated worst, with their comments.
import { stringify } from 'csv-stringify/sync';
import { isLanguageCode } from '../i18n/languages.js';
import { tokenizerFor } from '../search/tokenizer.js';
import type { FeedbackRecord, InteractionRecord, QuestionRecord } from './interactionLog.js';

export interface ReportFilter {
  since?: Date;
  until?: Date;
  language?: string;
  channel?: string;
}

export interface UsageRow {
  language: string;
  channel: string;
  questions: number;
  answered: number;
  answerRate: number;
}

export interface UnansweredGroup {
  language: string;
  /** The most frequent wording. */
  question: string;
  count: number;
  /** Other wordings of the same question. */
  variants: string[];
}

export interface RatedPassage {
  passageId: string;
  title?: string;
  helpful: number;
  notHelpful: number;
  comments: string[];
}

export interface Report {
  since: string | null;
  until: string | null;
  questions: number;
  answered: number;
  answerRate: number;
  usage: UsageRow[];
  unanswered: UnansweredGroup[];
  worstRated: RatedPassage[];
}

/** Two wordings whose content words overlap this much (Jaccard) are the same question. */
export const SAME_QUESTION_OVERLAP = 0.5;

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

function contentWords(question: QuestionRecord): Set<string> {
  return new Set(isLanguageCode(question.language) ? tokenizerFor(question.language).terms(question.question) : question.question.toLowerCase().split(/\s+/u));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Text from the log as the report may print it: without control characters
 * (`\p{Cc}`, C1 included). A comment is whatever someone typed, and escape
 * sequences in it would drive the operator's terminal (clear it, retitle it,
 * plant a link). Line breaks and tabs become spaces.
 */
export function printable(text: string): string {
  return text.replace(/[\t\n\r]+/gu, ' ').replace(/\p{Cc}+/gu, '');
}

/** Groups unanswered questions: exact wordings first, then wordings that share most content words, per language. */
export function groupUnanswered(questions: QuestionRecord[]): UnansweredGroup[] {
  const wordings = new Map<string, { language: string; text: string; count: number; words: Set<string> }>();
  for (const question of questions) {
    const key = `${question.language}\u0000${question.question.toLowerCase()}`;
    const seen = wordings.get(key);
    if (seen) seen.count += 1;
    else wordings.set(key, { language: printable(question.language), text: printable(question.question), count: 1, words: contentWords(question) });
  }
  const groups: Array<UnansweredGroup & { words: Set<string> }> = [];
  for (const wording of [...wordings.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))) {
    const group = groups.find((g) => g.language === wording.language && overlap(g.words, wording.words) >= SAME_QUESTION_OVERLAP);
    if (group) {
      group.count += wording.count;
      group.variants.push(wording.text);
    } else {
      groups.push({ language: wording.language, question: wording.text, count: wording.count, variants: [], words: wording.words });
    }
  }
  return groups.sort((a, b) => b.count - a.count).map(({ words: _words, ...group }) => group);
}

/**
 * Passages with at least one "not helpful", worst share first. A person's
 * rating of an answer counts once, their latest (a button tapped fifteen
 * times is one opinion); each of their different comments is kept.
 */
export function worstRated(feedback: FeedbackRecord[], titles: ReadonlyMap<string, string> = new Map()): RatedPassage[] {
  const byPassage = new Map<string, RatedPassage>();
  const entryFor = (passageId: string): RatedPassage => {
    const entry = byPassage.get(passageId) ?? { passageId, ...(titles.has(passageId) ? { title: titles.get(passageId)! } : {}), helpful: 0, notHelpful: 0, comments: [] };
    byPassage.set(passageId, entry);
    return entry;
  };
  const latestRatings = new Map<string, FeedbackRecord>();
  const comments = new Set<string>();
  // Oldest first, so a later rating replaces an earlier one (the log is read in shards, not strictly in order).
  for (const record of [...feedback].sort((a, b) => a.at.localeCompare(b.at))) {
    if (!record.passageId) continue;
    const key = `${record.answerId}\u0000${record.user}`;
    if (record.rating) latestRatings.set(key, record);
    const comment = record.comment ? printable(record.comment) : '';
    if (comment && !comments.has(`${key}\u0000${comment}`)) {
      comments.add(`${key}\u0000${comment}`);
      entryFor(record.passageId).comments.push(comment);
    }
  }
  for (const record of latestRatings.values()) {
    const entry = entryFor(record.passageId as string);
    if (record.rating === 'helpful') entry.helpful += 1;
    if (record.rating === 'notHelpful') entry.notHelpful += 1;
  }
  return [...byPassage.values()]
    .filter((entry) => entry.notHelpful > 0)
    .sort((a, b) => b.notHelpful / (b.notHelpful + b.helpful) - a.notHelpful / (a.notHelpful + a.helpful) || b.notHelpful - a.notHelpful);
}

export function buildReport(records: InteractionRecord[], filter: ReportFilter = {}, titles: ReadonlyMap<string, string> = new Map()): Report {
  const since = filter.since?.toISOString();
  const until = filter.until?.toISOString();
  const selected = records.filter(
    (r) => (!since || r.at >= since) && (!until || r.at < until) && (!filter.language || r.language === filter.language) && (!filter.channel || r.channel === filter.channel),
  );
  const questions = selected.filter((r): r is QuestionRecord => r.kind === 'question');
  const feedback = selected.filter((r): r is FeedbackRecord => r.kind === 'feedback');

  const usage = new Map<string, UsageRow>();
  for (const question of questions) {
    const key = `${question.language}\u0000${question.channel}`;
    const row = usage.get(key) ?? { language: printable(question.language), channel: printable(question.channel), questions: 0, answered: 0, answerRate: 0 };
    row.questions += 1;
    if (question.outcome === 'answered') row.answered += 1;
    usage.set(key, row);
  }
  for (const row of usage.values()) row.answerRate = rate(row.answered, row.questions);
  const answered = questions.filter((q) => q.outcome === 'answered').length;

  return {
    since: since ?? null,
    until: until ?? null,
    questions: questions.length,
    answered,
    answerRate: rate(answered, questions.length),
    usage: [...usage.values()].sort((a, b) => b.questions - a.questions || a.language.localeCompare(b.language) || a.channel.localeCompare(b.channel)),
    unanswered: groupUnanswered(questions.filter((q) => q.outcome !== 'answered')),
    worstRated: worstRated(feedback, titles),
  };
}

export type ReportFormat = 'table' | 'csv' | 'json';

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** Columns padded to their widest cell (CJK counted as one: good enough for a terminal). */
function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/**
 * A CSV cell a spreadsheet shows as text: one starting with = + - @, a tab or
 * a carriage return would be taken for a formula (`=HYPERLINK(…)` in a
 * comment), so it gets a leading apostrophe, as OWASP advises. Numbers stay numbers.
 */
export function spreadsheetSafe(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function formatReport(report: Report, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') {
    // One table, one row per fact, with the section it belongs to: spreadsheets read it as is.
    const rows: Array<Array<string | number>> = [['section', 'language', 'channel', 'passage', 'text', 'count', 'answered', 'answer_rate', 'helpful', 'not_helpful']];
    rows.push(['total', '', '', '', '', report.questions, report.answered, report.answerRate, '', '']);
    for (const row of report.usage) rows.push(['usage', row.language, row.channel, '', '', row.questions, row.answered, row.answerRate, '', '']);
    for (const group of report.unanswered) rows.push(['unanswered', group.language, '', '', [group.question, ...group.variants].join(' | '), group.count, '', '', '', '']);
    for (const passage of report.worstRated) {
      rows.push(['rating', '', '', passage.passageId, passage.title ?? '', passage.helpful + passage.notHelpful, '', '', passage.helpful, passage.notHelpful]);
      for (const comment of passage.comments) rows.push(['comment', '', '', passage.passageId, comment, '', '', '', '', '']);
    }
    return stringify(rows.map((row) => row.map(spreadsheetSafe)));
  }
  const period = `${report.since ?? 'the beginning'} to ${report.until ?? 'now'}`;
  const parts = [
    `Questions from ${period}: ${report.questions}, answered ${report.answered} (${percent(report.answerRate)}).`,
    '',
    'Questions per language and channel',
    table(['language', 'channel', 'questions', 'answered', 'answer rate'], report.usage.map((r) => [r.language, r.channel, r.questions, r.answered, percent(r.answerRate)])),
    '',
    'Most frequent unanswered questions',
    report.unanswered.length === 0 ? '(none)' : table(['count', 'language', 'question', 'also asked as'], report.unanswered.slice(0, 20).map((g) => [g.count, g.language, g.question, g.variants.join(' | ')])),
    '',
    'Passages rated worst',
    report.worstRated.length === 0 ? '(none)' : table(['passage', 'not helpful', 'helpful', 'comments'], report.worstRated.map((p) => [p.title ? `${p.passageId} (${p.title})` : p.passageId, p.notHelpful, p.helpful, p.comments.map((c) => `“${c}”`).join(' ')])),
  ];
  return `${parts.join('\n')}\n`;
}
