// Conversations through the real bot (TestAdapter): welcome, help, commands.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ActivityTypes, MemoryStorage, UserState } from 'botbuilder';
import { PartnerBot } from '../src/bot/partnerBot.js';
import { createTurnErrorHandler } from '../src/bot/turnError.js';
import { createI18n } from '../src/i18n/i18n.js';
import { silentLogger } from '../src/logger.js';
import { createTestBot } from './support/bot.js';
import { conversationWith, exchange } from './support/conversation.js';

describe('welcome and help', () => {
  let bot: PartnerBot;
  beforeAll(async () => {
    bot = await createTestBot();
  });

  it('welcomes a person who joins, not the bot itself', async () => {
    const adapter = conversationWith(bot);
    const replies = await exchange(adapter, {
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'bot', name: 'Bot' }, { id: 'user', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/BRICS Partner Bot/);
    expect(replies[0]?.suggestedActions?.actions.length).toBe(3);
  });

  it('says nothing when only the bot joins', async () => {
    const adapter = conversationWith(bot);
    const replies = await exchange(adapter, {
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(replies).toHaveLength(0);
  });

  it('explains what it knows, with example questions, when asked for help', async () => {
    const adapter = conversationWith(bot);
    for (const text of ['help', '/help', '/help@brics_partner_bot']) {
      const replies = await exchange(adapter, text);
      expect(replies[0]?.text).toMatch(/import-return warehouse/);
      expect(replies[0]?.text).toMatch(/2027/);
      expect(replies[0]?.suggestedActions?.actions.length).toBe(3);
    }
  });

  it('isolates each command in the Arabic and Persian help, so its slash stays with it in right-to-left text', async () => {
    for (const language of ['ar', 'fa']) {
      // A person of their own, so the language chosen here stays theirs.
      const adapter = conversationWith(bot, { from: { id: `reader-${language}`, name: 'Reader' } });
      await exchange(adapter, `/language ${language}`);
      const [reply] = await exchange(adapter, '/help');
      const text = reply?.text ?? '';
      for (const command of ['/help', '/language', '/about']) expect(text).toContain(`\u2066${command}\u2069`);
      // Every command is isolated, and nothing else is.
      expect(text.replace(/\u2066\/[a-z]+\u2069/g, '')).not.toMatch(/[\u2066-\u2069]|\/[a-z]/);
    }
    const [english] = await exchange(conversationWith(bot), '/help');
    expect(english?.text).toContain('Commands: /help, /language, /about');
  });

  it('says "one source" on /about, not "1 source, including …" (Chinese and Indonesian have no one-form), Arabic without a figure', async () => {
    const expected: Array<[string, RegExp, RegExp]> = [
      ['zh', /仅依据一份资料作答：Jin Yingying的《/, /包括/],
      ['id', /berdasarkan satu sumber: “/, /termasuk/],
      ['ar', /استنادًا إلى مصدر واحد، هو «/, /عدد المصادر|\d/],
      ['en', /only from 1 source: “/, /including/],
    ];
    for (const [language, says, doesNotSay] of expected) {
      const adapter = conversationWith(bot, { from: { id: `about-${language}`, name: 'Reader' } });
      await exchange(adapter, `/language ${language}`);
      const [reply] = await exchange(adapter, '/about');
      expect(reply?.text).toMatch(says);
      // Arabic: no figure before the title (the date after it may have some).
      expect((reply?.text ?? '').split(/[«“《]/)[0]).not.toMatch(doesNotSay);
    }
  });

  it('names its source on /about: the article, its author and date', async () => {
    const [reply] = await exchange(conversationWith(bot), '/about');
    expect(reply?.text).toMatch(/Jin Yingying/);
    expect(reply?.text).toMatch(/Mar 21/);
  });

  it('asks politely for text when a message has none', async () => {
    const [reply] = await exchange(conversationWith(bot), { type: ActivityTypes.Message, text: '', attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] });
    expect(reply?.text).toMatch(/type your question/);
  });

  it('apologises in the language of the question when a turn fails, without internals', async () => {
    const i18n = await createI18n();
    // No knowledge given: answering throws inside the turn.
    const adapter = conversationWith(new PartnerBot({ i18n, userState: new UserState(new MemoryStorage()) }), { locale: 'en-US' });
    adapter.onTurnError = createTurnErrorHandler(silentLogger(), i18n);
    const [reply] = await exchange(adapter, 'Как добраться до центра из аэропорта?');
    expect(reply?.text).toBe(i18n.getFixedT('ru')('error.turn'));
  });

  it('asks for a shorter message instead of searching 5,000 characters', async () => {
    const [reply] = await exchange(conversationWith(bot), 'airport '.repeat(700));
    expect(reply?.text).toMatch(/too long.*2000 characters/);
  });
});
