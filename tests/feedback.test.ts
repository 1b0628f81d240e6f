// Feedback and knowledge gaps: every question recorded, ratings linked to the
// answers they rate on every channel, and the operators' report over them.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { MemoryStorage } from 'botbuilder';
import { PROJECT_ROOT } from '../src/config.js';
import { InteractionLog, SHARD_RECORDS, type InteractionRecord, type QuestionRecord } from '../src/feedback/interactionLog.js';
import { buildReport, formatReport, groupUnanswered } from '../src/feedback/report.js';
import { runReportCli } from '../src/feedback/reportCli.js';
import { scheduleRetention } from '../src/feedback/retention.js';
import { silentLogger } from '../src/logger.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { appForTests, channelFixture, messageActivity, postActivity, startApp, type RunningApp } from './support/app.js';
import { shownText, telegramKeyboard } from './support/replies.js';

async function report(running: RunningApp, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runReportCli(argv, running.config, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}


describe('a partner asks, gets an answer, rates it down with a comment; the operator reads the report', () => {
  let running: RunningApp;
  const webchat = (text: string, extra: Record<string, unknown> = {}) =>
    messageActivity(text, { from: { id: 'partner-7' }, conversation: { id: 'feedback-conversation' }, ...extra });

  beforeAll(async () => {
    running = await startApp();
    const unanswerable = await postActivity(running.baseUrl, webchat('Who is the director of the Center?'));
    expect(shownText(unanswerable.body.activities[0])).toMatch(/does not cover/);
    await postActivity(running.baseUrl, webchat('Who runs the Center, who is its director?'));
    const answered = await postActivity(running.baseUrl, webchat('How far is the Center from the airport?'));
    const card = answered.body.activities[0].attachments[0].content;
    const thumbs = card.body.find((element: { type: string }) => element.type === 'ColumnSet').columns.filter((column: { selectAction?: unknown }) => column.selectAction);
    const notHelpful = thumbs[1].selectAction;
    const thanks = await postActivity(running.baseUrl, webchat('', { value: notHelpful.data }));
    const commentCard = thanks.body.activities[0].attachments[0].content;
    const send = commentCard.body.find((element: { type: string }) => element.type === 'ActionSet').actions[0];
    const confirmed = await postActivity(running.baseUrl, webchat('', { value: { ...send.data, comment: 'Needs the port contact details' } }));
    expect(shownText(confirmed.body.activities[0])).toMatch(/comment has been recorded/);
  });
  afterAll(async () => {
    await running.stop();
  });

  it('lists the unanswered question once for its two wordings, and the rated passage with the comment', async () => {
    const { code, out } = await report(running);
    expect(code).toBe(0);
    expect(out).toMatch(/Questions from the beginning to now: 3, answered 1 \(33\.3 %\)/);
    expect(out).toMatch(/2\s+en\s+Who is the director of the Center\?\s+Who runs the Center, who is its director\?/);
    expect(out).toMatch(/location-airport .*1\s+0\s+“Needs the port contact details”/);
  });

  it('writes CSV and JSON that parse, with the same figures', async () => {
    const csv = await report(running, '--format', 'csv');
    const rows = parse(csv.out, { columns: true }) as Array<Record<string, string>>;
    expect(rows.find((row) => row.section === 'total')).toMatchObject({ count: '3', answered: '1' });
    expect(rows.find((row) => row.section === 'comment')).toMatchObject({ passage: 'location-airport', text: 'Needs the port contact details' });
    const json = JSON.parse((await report(running, '--format', 'json')).out);
    expect(json.usage).toEqual([{ language: 'en', channel: 'webchat', questions: 3, answered: 1, answerRate: 0.333 }]);
    expect(json.unanswered[0]).toMatchObject({ count: 2 });
    expect(json.worstRated[0]).toMatchObject({ passageId: 'location-airport', notHelpful: 1, comments: ['Needs the port contact details'] });
  });

  it('filters by language, channel and period', async () => {
    expect(JSON.parse((await report(running, '--format', 'json', '--lang', 'ru')).out).questions).toBe(0);
    expect(JSON.parse((await report(running, '--format', 'json', '--channel', 'webchat')).out).questions).toBe(3);
    expect(JSON.parse((await report(running, '--format', 'json', '--until', '2020-01-01')).out).questions).toBe(0);
    expect(JSON.parse((await report(running, '--format', 'json', '--since', new Date().toISOString().slice(0, 10))).out).questions).toBe(3);
  });

  it('keeps only pseudonymous ids: no user or conversation id as the channel sent it', async () => {
    const records = await running.app.interactions.read();
    const stored = JSON.stringify(records);
    expect(stored).not.toContain('partner-7');
    expect(stored).not.toContain('feedback-conversation');
    expect(new Set(records.map((r) => r.user)).size).toBe(1);
  });

  it('answers bad options with a clear message and exit code 2', async () => {
    for (const argv of [['--format', 'xml'], ['--since', 'yesterday'], ['--lang', 'xx'], ['--bogus'], ['--since', '2026-12-01', '--until', '2026-11-01'], ['--purge-before', '13/11/2026']]) {
      const { code, err } = await report(running, ...argv);
      expect(code).toBe(2);
      expect(err).toMatch(/^(--|Unknown option)|must be before/);
      expect(err).toContain('Usage: npm run report');
    }
  });
});

describe('feedback on each channel', () => {
  const app = appForTests();

  it('Telegram: a tapped rating button, then a reply to the comment prompt, rate the last answer', async () => {
    const answer = await postActivity(app().baseUrl, channelFixture('telegram-message.json'));
    const keyboard = telegramKeyboard(answer.body.activities.at(-1));
    const [, notHelpful] = keyboard.at(-1)!.map((key) => key.text);
    expect(notHelpful).toBe('👎 Не полезен');
    const rated = await postActivity(app().baseUrl, channelFixture('telegram-message.json', { text: notHelpful }));
    const prompt = rated.body.activities[0];
    expect(JSON.parse(prompt.channelData.parameters.reply_markup)).toMatchObject({ force_reply: true });
    const telegram = channelFixture('telegram-message.json') as { channelData: { message: Record<string, unknown> } };
    const reply = { ...telegram.channelData.message, text: 'Нет расписания поездов', reply_to_message: { message_id: 1, text: shownText(prompt) } };
    await postActivity(app().baseUrl, { ...telegram, text: 'Нет расписания поездов', channelData: { ...telegram.channelData, message: reply } });
    const feedback = (await app().app.interactions.read()).filter((r) => r.kind === 'feedback' && r.channel === 'telegram');
    const question = (await app().app.interactions.read()).find((r) => r.kind === 'question' && r.channel === 'telegram');
    expect(feedback).toEqual([
      expect.objectContaining({ answerId: question!.id, rating: 'notHelpful', language: 'ru' }),
      expect.objectContaining({ answerId: question!.id, comment: 'Нет расписания поездов' }),
    ]);
  });

  it('Teams: the built-in feedback invoke, with its comment, rates the answer it names', async () => {
    await postActivity(app().baseUrl, channelFixture('teams-personal-message.json'));
    const { status } = await postActivity(app().baseUrl, channelFixture('teams-feedback-submit.json'));
    expect(status).toBe(200);
    const records = await app().app.interactions.read();
    const question = records.find((r) => r.kind === 'question' && r.channel === 'msteams')!;
    expect(records.filter((r) => r.kind === 'feedback' && r.channel === 'msteams')).toEqual([
      expect.objectContaining({ answerId: question.id, passageId: (question as QuestionRecord).passageId, rating: 'notHelpful', comment: "Needs the port's contact details" }),
    ]);
  });

  it('ignores a rating for an answer this conversation never got', async () => {
    const before = (await app().app.interactions.read()).length;
    const { body } = await postActivity(app().baseUrl, messageActivity('', { conversation: { id: 'stranger' }, value: { feedback: { answerId: 'made-up', rating: 'helpful' } } }));
    expect(shownText(body.activities[0])).toMatch(/type your question/);
    expect((await app().app.interactions.read()).length).toBe(before);
  });
});

describe('the interaction log', () => {
  const record = (at: string, question: string): InteractionRecord => ({
    kind: 'question', id: InteractionLog.newId(), at, channel: 'webchat', language: 'en', user: 'u', conversation: 'c', question, outcome: 'noAnswer',
  });

  it('is kept across a restart with the SQLite store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'log-'));
    try {
      const first = new SqliteStorage(join(dir, 'state.sqlite'));
      await new InteractionLog(first).append(record('2026-11-01T10:00:00.000Z', 'kept?'));
      first.close();
      const second = new SqliteStorage(join(dir, 'state.sqlite'));
      expect((await new InteractionLog(second).read()).map((r) => (r as QuestionRecord).question)).toEqual(['kept?']);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('purges what is older than the date and nothing else, within an hour too', async () => {
    const log = new InteractionLog(new MemoryStorage());
    for (const at of ['2026-10-01T08:00:00.000Z', '2026-11-01T09:59:59.999Z', '2026-11-01T10:00:00.000Z', '2026-11-01T10:30:00.000Z', '2026-11-02T00:00:00.000Z']) await log.append(record(at, at));
    expect(await log.purgeBefore(new Date('2026-11-01T10:00:00.000Z'))).toBe(2);
    expect((await log.read()).map((r) => r.at)).toEqual(['2026-11-01T10:00:00.000Z', '2026-11-01T10:30:00.000Z', '2026-11-02T00:00:00.000Z']);
    expect(await log.purgeBefore(new Date('2026-11-01T10:00:00.000Z'))).toBe(0);
  });

  it('keeps every one of many appends made at once, in shards of at most SHARD_RECORDS records, each stored in one write with others', async () => {
    const storage = new MemoryStorage();
    const writes: number[] = [];
    const write = storage.write.bind(storage);
    storage.write = async (changes) => {
      writes.push(Object.keys(changes).length);
      return write(changes);
    };
    const log = new InteractionLog(storage);
    const at = '2026-11-01T10:00:00.000Z';
    await Promise.all(Array.from({ length: SHARD_RECORDS * 2 + 10 }, (_, i) => log.append(record(at, `q${i}`))));
    expect((await log.read()).map((r) => (r as QuestionRecord).question).sort()).toEqual(Array.from({ length: SHARD_RECORDS * 2 + 10 }, (_, i) => `q${i}`).sort());
    const index = (await storage.read(['interactions/index']))['interactions/index'] as { shards: string[] };
    expect(index.shards).toHaveLength(3);
    const sizes = (await storage.read(index.shards)) as Record<string, { records: unknown[] }>;
    expect(Object.values(sizes).map((doc) => doc.records.length)).toEqual([SHARD_RECORDS, SHARD_RECORDS, 10]);
    // 210 records in a handful of shard writes (plus one index write per shard), not 210.
    expect(writes.length).toBeLessThan(20);
  });

  it('loses no record when two instances append to one store at once', async () => {
    const storage = new MemoryStorage();
    const a = new InteractionLog(storage);
    const b = new InteractionLog(storage);
    const at = new Date().toISOString();
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append(record(at, `q${i}`))));
    expect((await a.read()).length).toBe(40);
  });

  it('purges past the retention period by itself', async () => {
    const log = new InteractionLog(new MemoryStorage());
    await log.append(record(new Date(Date.now() - 40 * 86_400_000).toISOString(), 'old'));
    await log.append(record(new Date().toISOString(), 'new'));
    const stop = scheduleRetention(log, 30, silentLogger());
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect((await log.read()).map((r) => (r as QuestionRecord).question)).toEqual(['new']);
  });

  it('groups the same unanswered question in other words, and keeps different ones apart', () => {
    const question = (text: string, language = 'en'): QuestionRecord => ({ ...(record('2026-11-01T10:00:00.000Z', text) as QuestionRecord), language });
    const groups = groupUnanswered([
      question('What are the opening hours of the Center?'),
      question('what are the opening hours of the center?'),
      question('Opening hours of the Center?'),
      question('Who is the director?'),
      question('Каковы часы работы Центра?', 'ru'),
    ]);
    expect(groups.map((g) => [g.count, g.language])).toEqual([[3, 'en'], [1, 'en'], [1, 'ru']]);
  });
});

describe('the report of hostile and repeated feedback', () => {
  let sequence = 0;
  const base = (user: string) => ({ id: `r${(sequence += 1)}`, at: new Date(Date.UTC(2026, 10, 1, 10, 0, sequence)).toISOString(), channel: 'webchat', language: 'en', user, conversation: `c-${user}` });
  const question = (text: string): QuestionRecord => ({ ...base('asker'), kind: 'question', question: text, outcome: 'noAnswer' });
  const rating = (user: string, answerId: string, value: 'helpful' | 'notHelpful' | undefined, comment?: string): InteractionRecord => ({
    ...base(user), kind: 'feedback', answerId, passageId: `passage-of-${answerId}`, ...(value ? { rating: value } : {}), ...(comment ? { comment } : {}),
  });

  it('counts one rating per answer and person, the latest, and each of their comments once', () => {
    const records: InteractionRecord[] = [
      ...Array.from({ length: 15 }, () => rating('spammer', 'a1', 'notHelpful', 'bad')),
      rating('changed-mind', 'a1', 'notHelpful'),
      rating('changed-mind', 'a1', 'helpful'),
      rating('other', 'a1', 'notHelpful', 'also bad'),
      // The same person on another answer of the same passage is another opinion.
      rating('spammer', 'a2', 'notHelpful'),
    ];
    // Shards are read in any order: the latest wins by time, not by position.
    const { worstRated } = buildReport([...records].reverse());
    expect(worstRated).toEqual([
      { passageId: 'passage-of-a2', helpful: 0, notHelpful: 1, comments: [] },
      { passageId: 'passage-of-a1', helpful: 1, notHelpful: 2, comments: ['bad', 'also bad'] },
    ]);
  });

  it('prints no control characters, and writes CSV a spreadsheet reads as text, not formulas', () => {
    const hostile = [
      'clear\u001b[2Jscreen',
      'title\u001b]0;pwned\u0007set',
      'link \u001b]8;;http://127.0.0.1:9/\u001b\\here\u001b]8;;\u001b\\ end',
      'c1\u009b31mred',
    ];
    const formulas = ['=HYPERLINK("http://127.0.0.1:9/","x")', '+1+1', '-2+3', '@SUM(A1)', '\tindented', '\rreturn'];
    const records: InteractionRecord[] = [
      ...[...hostile, ...formulas].map(question),
      ...[...hostile, ...formulas].map((comment, index) => rating(`user-${index}`, 'a9', 'notHelpful', comment)),
    ];
    const report = buildReport(records);
    for (const format of ['table', 'csv', 'json'] as const) {
      const printed = formatReport(report, format);
      expect({ format, control: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u.test(printed.replace(/\\u[0-9a-f]{4}/g, '')) }).toEqual({ format, control: false });
      expect(printed).not.toContain('\u001b');
    }
    expect(report.worstRated[0]?.comments).toContain('clear[2Jscreen');
    const rows = parse(formatReport(report, 'csv'), { columns: true }) as Array<Record<string, string>>;
    const texts = rows.filter((row) => row.section === 'comment' || row.section === 'unanswered').map((row) => row.text ?? '');
    expect(texts.length).toBe(2 * (hostile.length + formulas.length));
    for (const text of texts) expect({ text, formula: /^[=+\-@\t\r]/.test(text) }).toEqual({ text, formula: false });
    expect(texts).toContain('\'=HYPERLINK("http://127.0.0.1:9/","x")');
    expect(texts).toContain("'-2+3");
    // Numbers stay numbers.
    expect(rows.find((row) => row.section === 'total')?.count).toBe(String(hostile.length + formulas.length));
  });
});

describe('npm run report as a process', () => {
  it('exits non-zero with a clear message on a bad option', async () => {
    const run = promisify(execFile);
    const error = await run('npx', ['tsx', 'src/feedback/reportCli.ts', '--format', 'xml'], { cwd: PROJECT_ROOT, env: { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'report-')) } }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('--format "xml" is not one of table, csv, json.') });
  });
});
