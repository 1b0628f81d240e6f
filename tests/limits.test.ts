// Limits a public endpoint needs: a per-conversation message rate, a bound on
// every turn, and on the length of a question; each answered politely in the
// person's language, never with an error page.
import { describe, expect, it } from '@jest/globals';
import { createI18n } from '../src/i18n/i18n.js';
import type { KnowledgeIndex } from '../src/search/knowledgeIndex.js';
import { appForTests, messageActivity, postActivity } from './support/app.js';
import { knowledgeAndIndex } from './support/bot.js';
import { shownText } from './support/replies.js';

const ru = (text: string, conversation: string) => messageActivity(text, { conversation: { id: conversation }, from: { id: `user-${conversation}` } });

describe('a conversation that sends too fast', () => {
  const app = appForTests({ MESSAGES_PER_MINUTE: '3' });

  it('gets one polite notice in its language past the limit, saying how long to wait, then silence, while other conversations go on', async () => {
    const t = (await createI18n()).getFixedT('ru');
    const replies = [];
    for (let i = 0; i < 5; i += 1) replies.push((await postActivity(app().baseUrl, ru('Как добраться до центра из аэропорта?', 'fast'))).body.activities);
    for (const answered of replies.slice(0, 3)) expect(shownText(answered[0])).toMatch(/аэропорт/i);
    expect(replies[3]).toHaveLength(1);
    // How long: the seconds left in the minute, in the words and (for the web chat page) in channelData.
    const wait = replies[3][0].channelData?.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(shownText(replies[3][0])).toBe(t('error.rateLimited', { count: wait }));
    expect(shownText(replies[3][0])).toMatch(new RegExp(`подождите ${wait} секунд`));
    expect(replies[4]).toHaveLength(0);
    const other = await postActivity(app().baseUrl, ru('Как добраться до центра из аэропорта?', 'calm'));
    expect(shownText(other.body.activities[0])).toMatch(/аэропорт/i);
  });
});

describe('a turn that takes too long', () => {
  const app = appForTests({ TURN_TIMEOUT_MS: '300' });

  it('ends with the apology in the person\'s language instead of keeping the channel waiting', async () => {
    const { knowledge, index } = await knowledgeAndIndex();
    // A search that hangs for 3 s, as a stuck dependency would.
    const stuck = { search: async (...args: Parameters<KnowledgeIndex['search']>) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return index.search(...args);
    } } as unknown as KnowledgeIndex;
    app().app.bot.useKnowledge(knowledge, stuck);
    const started = Date.now();
    const { status, body } = await postActivity(app().baseUrl, ru('Как добраться до центра из аэропорта?', 'slow'));
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_900);
    expect(shownText(body.activities.at(-1))).toBe((await createI18n()).getFixedT('ru')('error.turn'));
    app().app.bot.useKnowledge(knowledge, index);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // let the late search finish before the app stops
  });
});

describe('a question over the length limit', () => {
  const app = appForTests();

  it('gets a polite request to shorten it, in its language', async () => {
    const { body } = await postActivity(app().baseUrl, ru(`Как добраться до центра из аэропорта? ${'очень '.repeat(400)}`, 'long'));
    expect(shownText(body.activities[0])).toBe((await createI18n()).getFixedT('ru')('error.tooLong', { count: 2000 }));
  });
});
