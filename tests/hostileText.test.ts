// Text built to make patterns backtrack: 200 KB of each shape goes through the
// functions that read what a person wrote, and through the real bot, in well
// under a second in all (a quadratic pattern took 20 s on 100 KB and froze
// every other request meanwhile).
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { PartnerBot } from '../src/bot/partnerBot.js';
import { recogniseSmallTalk } from '../src/bot/smalltalk.js';
import { MAX_QUESTION_LENGTH, normalizeText, parseCommand, readMessageText, removeBotMentions, teamsHtmlToText } from '../src/bot/understand.js';
import { createI18n } from '../src/i18n/i18n.js';
import { createTestBot } from './support/bot.js';
import { conversationWith, exchange } from './support/conversation.js';

const SIZE = 200_000;
const fill = (unit: string, tail = 'x') => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE) + tail;

/** Each shape defeats a pattern the bot has had: a run that almost reaches the end, an unclosed tag repeated. */
const HOSTILE: Record<string, string> = {
  'exclamation marks then a letter': fill('!'),
  'mixed punctuation then a letter': fill('!?.,。！？،؟… '),
  'spaces then a letter': fill(' '),
  'unclosed <span': fill('<span'),
  'unclosed <span class=': fill('<span class="inline-compose-card"'),
  'unclosed tags': fill('<'),
  '<br runs': fill('<br'),
  'entity starts': fill('&#'),
  'control and format characters': fill('\u0000\u200b\u2028'),
  'a slash command with endless argument': `/help ${fill(' a')}\n`,
  'letters without end': fill('a'),
};

describe('hostile text', () => {
  let bot: PartnerBot;
  beforeAll(async () => {
    bot = await createTestBot();
    // One ordinary turn first, so the measure below is of the hostile text, not of loading.
    await exchange(conversationWith(bot), 'hello');
  });

  it('goes through every function that reads user text, and through the bot, in well under a second', async () => {
    const started = performance.now();
    for (const text of Object.values(HOSTILE)) {
      recogniseSmallTalk(text);
      teamsHtmlToText(text);
      normalizeText(text);
      parseCommand(normalizeText(text));
      removeBotMentions({ text, recipient: { id: 'bot', name: 'Bot' }, entities: [{ type: 'mention', text: '<at>', mentioned: { id: 'bot' } }] });
      readMessageText({ text, channelId: 'msteams' });
    }
    const adapter = conversationWith(bot, { channelId: 'msteams', recipient: { id: 'bot', name: 'Bot' } });
    const replies = [];
    for (const text of [HOSTILE['exclamation marks then a letter'], HOSTILE['unclosed <span']]) replies.push(...(await exchange(adapter, { type: 'message', text })));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    // The bot treats each as what it is: a message too long to be a question.
    const tooLong = (await createI18n()).getFixedT('en')('error.tooLong', { count: MAX_QUESTION_LENGTH });
    expect(replies.map((reply) => reply.text)).toEqual([tooLong, tooLong]);
  });

  it('still reads ordinary formatted text as before', () => {
    expect(teamsHtmlToText('<p>How far is the <b>airport</b>?</p><span class="inline-compose-card" data-x="1">card</span> ok<br/>then')).toBe('How far is the airport?   ok then');
    expect(teamsHtmlToText('<span itemscope>a</span>&amp; <span class="x">b</span>')).toBe('a& b');
    expect(recogniseSmallTalk('Hello!!!')).toEqual({ kind: 'greeting', language: 'en' });
    expect(recogniseSmallTalk('¡Olá!')).toEqual({ kind: 'greeting', language: 'pt' });
    expect(readMessageText({ text: `  How   far\n\nis it?  `, channelId: 'webchat' })).toEqual({ text: 'How far is it?', tooLong: false });
  });

  it('cuts a long message to the question limit and calls it too long, even when only its raw form is long', () => {
    const long = readMessageText({ text: 'a'.repeat(MAX_QUESTION_LENGTH + 1), channelId: 'webchat' });
    expect(long).toEqual({ text: 'a'.repeat(MAX_QUESTION_LENGTH), tooLong: true });
    // Whitespace collapses, so a short question padded with spaces is still a question, up to the raw limit.
    expect(readMessageText({ text: `help${' '.repeat(MAX_QUESTION_LENGTH * 2)}`, channelId: 'webchat' })).toEqual({ text: 'help', tooLong: false });
    expect(readMessageText({ text: `help${' '.repeat(MAX_QUESTION_LENGTH * 5)}`, channelId: 'webchat' }).tooLong).toBe(true);
    // A cut never leaves half a surrogate pair.
    const emoji = readMessageText({ text: `${'a'.repeat(MAX_QUESTION_LENGTH - 1)}👋🏽`, channelId: 'webchat' });
    expect(emoji.text).toBe('a'.repeat(MAX_QUESTION_LENGTH - 1));
  });
});
