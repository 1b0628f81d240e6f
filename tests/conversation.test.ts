// A partner's question becomes a reply in their language, with its source.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { i18n } from 'i18next';
import type { PartnerBot } from '../src/bot/partnerBot.js';
import { recogniseSmallTalk } from '../src/bot/smalltalk.js';
import { isolateCommands } from '../src/i18n/bidi.js';
import { createI18n } from '../src/i18n/i18n.js';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../src/i18n/languages.js';
import type { KnowledgeBase } from '../src/knowledge/load.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { createTestBot, knowledgeAndIndex } from './support/bot.js';
import { conversationWith, exchange } from './support/conversation.js';
import { choicesOf, shownText } from './support/replies.js';
import { readQualitySet } from './quality/evaluate.js';

let bot: PartnerBot;
let strings: i18n;
let knowledge: KnowledgeBase;
beforeAll(async () => {
  bot = await createTestBot();
  strings = await createI18n();
  ({ knowledge } = await knowledgeAndIndex());
});

const fromUser = (id: string, conversation = 'c1') => ({ from: { id, name: id }, conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' }, channelId: 'webchat' });

describe.each(LANGUAGE_CODES)('in %s', (language: LanguageCode) => {
  it('answers a question about the airport in that language, citing the source', async () => {
    const airport = knowledge.passages[language].find((p) => p.id === 'location-airport')!;
    const [reply] = await exchange(conversationWith(bot, fromUser(`airport-${language}`)), airport.questions[1]!);
    expect(reply?.locale).toBe(LANGUAGES[language].webChatLocale);
    expect(shownText(reply)).toContain(airport.text.slice(0, 20));
    expect(shownText(reply)).toContain('Jin Yingying');
    expect(shownText(reply)).toContain(airport.document.title);
    expect(choicesOf(reply).length).toBeGreaterThanOrEqual(2);
  });

  it('gives help in that language for the person who chose it, with example questions from the knowledge', async () => {
    const adapter = conversationWith(bot, fromUser(`help-${language}`));
    await exchange(adapter, `/language ${language}`);
    const [reply] = await exchange(adapter, '/help');
    // As written in locales/, its commands isolated in right-to-left languages (see tests/bot.test.ts).
    expect(shownText(reply)).toContain(isolateCommands(strings.getFixedT(language)('help.text'), language));
    expect(choicesOf(reply)[0]).toBe(knowledge.passages[language].find((p) => p.topic === 'access')!.questions[0]);
  });

  it('says honestly that the material does not cover an unanswerable question, with examples', async () => {
    const t = strings.getFixedT(language);
    const replies = [];
    for (const question of readQualitySet(language).unanswerable) {
      const [reply] = await exchange(conversationWith(bot, fromUser(`fallback-${language}`)), question);
      replies.push(shownText(reply));
    }
    const fallbacks = replies.filter((text) => text.startsWith(t('fallback.noAnswer')));
    expect(fallbacks.length).toBeGreaterThanOrEqual(1);
    expect(fallbacks[0]).toContain(knowledge.passages[language].find((p) => p.topic === 'access')!.questions[0]);
  });
});

describe('reply language', () => {
  it('answers a Russian question in Russian even when the client says English', async () => {
    const [reply] = await exchange(conversationWith(bot, { ...fromUser('ru-en'), locale: 'en-US' }), 'Как добраться до центра из аэропорта?');
    expect(reply?.locale).toBe('ru-RU');
    expect(shownText(reply)).toMatch(/аэропорт/i);
  });

  it('falls back to the channel locale for a short message, reduced to a supported language', async () => {
    const [reply] = await exchange(conversationWith(bot, { ...fromUser('pt-hint'), locale: 'pt-BR' }), '/help');
    expect(reply?.locale).toBe('pt-BR');
  });

  it('keeps the chosen language for a message that does not show its language', async () => {
    const adapter = conversationWith(bot, { ...fromUser('hindi-user'), locale: 'en-US' });
    const [changed] = await exchange(adapter, '/language hi');
    expect(changed?.locale).toBe('hi-IN');
    expect(shownText(changed)).toBe(strings.getFixedT('hi')('language.changed'));
    const [ok] = await exchange(adapter, 'ok');
    expect(ok?.locale).toBe('hi-IN');
  });

  it('shows the languages by native name, and switches by native name too', async () => {
    const adapter = conversationWith(bot, fromUser('menu-user'));
    const [menu] = await exchange(adapter, '/language');
    expect(choicesOf(menu)).toEqual(LANGUAGE_CODES.map((code) => LANGUAGES[code].nativeName));
    const [changed] = await exchange(adapter, 'Português (Brasil)');
    expect(changed?.locale).toBe('pt-BR');
    const [unknown] = await exchange(adapter, '/language klingon');
    expect(shownText(unknown)).toContain('klingon');
  });

  it('remembers the choice in other conversations of the same user', async () => {
    await exchange(conversationWith(bot, fromUser('traveller', 'first')), '/language ar');
    const [reply] = await exchange(conversationWith(bot, fromUser('traveller', 'second')), '/help');
    expect(reply?.locale).toBe('ar-EG');
  });

  it('remembers the choice across a restart with the SQLite store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'restart-'));
    try {
      const before = new SqliteStorage(join(dir, 'state.sqlite'));
      await exchange(conversationWith(await createTestBot(before), fromUser('restarting')), '/language fa');
      before.close();
      const after = new SqliteStorage(join(dir, 'state.sqlite'));
      const [reply] = await exchange(conversationWith(await createTestBot(after), fromUser('restarting')), '/help');
      after.close();
      expect(reply?.locale).toBe('fa-IR');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('small talk', () => {
  const greetings: [string, LanguageCode][] = [['hello', 'en'], ['你好', 'zh'], ['Здравствуйте!', 'ru'], ['olá', 'pt'], ['नमस्ते', 'hi'], ['مرحبا', 'ar'], ['سلام', 'fa'], ['selamat pagi', 'id'], ['ሰላም', 'am'], ['sawubona', 'zu'], ['goeie more', 'af']];
  it.each(greetings)('answers the greeting "%s" in %s', async (text, language) => {
    const [reply] = await exchange(conversationWith(bot, fromUser(`greet-${language}`)), text);
    expect(shownText(reply)).toBe(strings.getFixedT(language)('smalltalk.greeting'));
  });

  it('does not take the isiZulu "yebo" (yes) for a greeting', async () => {
    const [reply] = await exchange(conversationWith(bot, fromUser('yebo')), 'yebo');
    expect(shownText(reply)).not.toBe(strings.getFixedT('zu')('smalltalk.greeting'));
    expect(recogniseSmallTalk('Yebo!')).toBeNull();
  });

  it('answers thanks kindly', async () => {
    const [reply] = await exchange(conversationWith(bot, fromUser('thanks')), 'спасибо!');
    expect(shownText(reply)).toBe(strings.getFixedT('ru')('smalltalk.thanks'));
  });
});
