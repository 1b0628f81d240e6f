// Rendering, as pure functions: the same message shown as each channel shows it.
import { describe, expect, it } from '@jest/globals';
import { adaptiveCardFor, renderAdaptiveCard } from '../src/channels/adaptiveCard.js';
import { ratingLabels, ratingReader, type OutgoingMessage } from '../src/channels/outgoing.js';
import { createI18n, translatorsFor } from '../src/i18n/i18n.js';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import { renderPlainText } from '../src/channels/plainText.js';
import { renderForChannel } from '../src/channels/render.js';
import { escapeMarkdownV2, renderForTelegram, splitText, TELEGRAM_MAX_CHARACTERS } from '../src/channels/telegram.js';
import { choicesOf, telegramCall, telegramKeyboard } from './support/replies.js';

const answer: OutgoingMessage = {
  language: 'en',
  title: 'Airport',
  text: 'The Center is 30 minutes from the airport.',
  source: 'Source: “Opening”, Jin Yingying, Mar 21',
  choicesLabel: 'Related questions',
  choices: [{ title: 'Is there a railway?', value: 'Is there a railway?' }],
  rating: { answerId: 'answer-1', prompt: 'Was this answer helpful?', helpful: 'Helpful', notHelpful: 'Not helpful' },
};

/** Undoes MarkdownV2 escaping, and checks that nothing reserved was left bare on the way. */
function unescapeMarkdownV2(markdown: string): string {
  let plain = '';
  for (let i = 0; i < markdown.length; i += 1) {
    const character = markdown[i]!;
    if (character === '\\') {
      plain += markdown[i + 1] ?? '';
      i += 1;
    } else {
      expect('_*[]()~`>#+-=|{}.!\\').not.toContain(character);
      plain += character;
    }
  }
  return plain;
}

const HOSTILE = [
  'Price: 1.5*2 = 3! [link](http://x) _under_ ~strike~ `code` > quote # tag + - = | {a} \\ end.',
  '\\*already escaped\\*',
  '!!!...___***',
  'Привет. 你好。 مرحبا! 👋🏽 e\u0301',
];

describe('Telegram MarkdownV2', () => {
  it.each(HOSTILE)('escapes every reserved character in %j, and the text survives unchanged', (text) => {
    expect(unescapeMarkdownV2(escapeMarkdownV2(text))).toBe(text);
  });

  it('sends each message once, as Telegram\'s own sendMessage call alone: MarkdownV2, title bold, citation italic', () => {
    const [activity] = renderForTelegram({ ...answer, text: HOSTILE[0]! });
    // No text or suggested actions beside the call: the channel would send them as a second message.
    expect(activity).not.toHaveProperty('text');
    expect(activity).not.toHaveProperty('suggestedActions');
    expect(activity?.channelData).toMatchObject({ method: 'sendMessage' });
    const parameters = (activity?.channelData as { parameters: { text: string; parse_mode: string } }).parameters;
    expect(parameters.parse_mode).toBe('MarkdownV2');
    expect(parameters.text.startsWith('*Airport*')).toBe(true);
    expect(parameters.text).toContain('_Source: “Opening”, Jin Yingying, Mar 21_');
    expect(parameters.text).toContain(escapeMarkdownV2(HOSTILE[0]!));
  });

  it('never sends an empty text, an Adaptive Card, or a keyboard button that is not the whole question', () => {
    const activities = renderForTelegram(answer);
    for (const activity of activities) {
      expect(telegramCall(activity)?.text.trim()).not.toBe('');
      expect(activity.attachments).toBeUndefined();
    }
    expect(telegramKeyboard(activities.at(-1))).toEqual([[{ text: 'Is there a railway?' }], [{ text: '👍 Helpful' }, { text: '👎 Not helpful' }]]);
  });

  it('sends reply_markup as a JSON string, the keyboard and the comment prompt alike (the channel passes it on verbatim)', () => {
    const keyboard = telegramCall(renderForTelegram(answer).at(-1))?.reply_markup;
    expect(typeof keyboard).toBe('string');
    expect(JSON.parse(keyboard as string)).toMatchObject({ keyboard: expect.any(Array), resize_keyboard: true, one_time_keyboard: true });
    const prompt = renderForTelegram({ language: 'en', text: 'Thanks. Reply to add a comment.', choices: [], commentFor: { answerId: 'answer-1', placeholder: 'What was missing?', send: 'Send' } });
    const markup = telegramCall(prompt[0])?.reply_markup;
    expect(typeof markup).toBe('string');
    expect(JSON.parse(markup as string)).toEqual({ force_reply: true, input_field_placeholder: 'What was missing?' });
  });

  it('leaves every other message in the plain-text shape the channel renders by itself', () => {
    const plain = renderForChannel('somechannel', answer);
    expect(plain[0]?.text).toContain(answer.text);
    expect(plain[0]?.channelData).toBeUndefined();
  });
});

describe('splitting long text for Telegram', () => {
  const sentence = 'The Center shares the import-return warehouse model with partner zones (SEZ, FTZ). ';

  it('splits between sentences, every piece within the limit once escaped', () => {
    const text = sentence.repeat(200).trim();
    const pieces = splitText(text, 'en', TELEGRAM_MAX_CHARACTERS, (piece) => escapeMarkdownV2(piece).length);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(escapeMarkdownV2(piece).length).toBeLessThanOrEqual(TELEGRAM_MAX_CHARACTERS);
      expect(piece.endsWith('.')).toBe(true);
    }
    expect(pieces.join(' ')).toBe(text);
  });

  it('splits a sentence with no end between words, and a word with no spaces between characters, never inside one', () => {
    const noStops = 'word '.repeat(2000).trim();
    for (const piece of splitText(noStops, 'en', 100)) {
      expect(piece.length).toBeLessThanOrEqual(100);
      expect(piece).toMatch(/^word( word)*$/);
    }
    const emoji = '👋🏽'.repeat(100);
    const pieces = splitText(emoji, 'en', 33);
    for (const piece of pieces) expect(piece).toMatch(/^(👋🏽)+$/u);
    expect(pieces.join('')).toBe(emoji);
  });

  it('sends a very long answer as several messages, the keyboard on the last', () => {
    const activities = renderForTelegram({ ...answer, text: sentence.repeat(120).trim() });
    expect(activities.length).toBeGreaterThan(1);
    for (const activity of activities) {
      const parameters = telegramCall(activity)!;
      expect(parameters.text.length).toBeLessThanOrEqual(TELEGRAM_MAX_CHARACTERS);
      unescapeMarkdownV2(parameters.text);
    }
    expect(activities.filter((a) => telegramCall(a)?.reply_markup)).toHaveLength(1);
    expect(choicesOf(activities.at(-1))).toEqual(['Is there a railway?', '👍 Helpful', '👎 Not helpful']);
  });
});

describe('Adaptive Cards', () => {
  it('lays out Arabic and Persian right to left, and the others left to right', () => {
    expect(adaptiveCardFor({ ...answer, language: 'ar' }, 'webchat')).toMatchObject({ version: '1.5', rtl: true });
    expect(adaptiveCardFor({ ...answer, language: 'fa' }, 'teams')).toMatchObject({ rtl: true });
    // Said explicitly, so a right-to-left host (an Arabic Teams client) lays an English answer out left to right.
    expect(adaptiveCardFor(answer, 'teams')).toMatchObject({ rtl: false });
  });

  it('puts answer, citation and a plain-text summary for notifications in the Teams message, with feedback', () => {
    const activity = renderAdaptiveCard(answer, 'teams');
    const card = activity.attachments?.[0]?.content as { body: Array<{ text?: string }>; fallbackText: string };
    expect(card.body.map((element) => element.text)).toEqual(expect.arrayContaining([answer.title, answer.text, answer.source, answer.choicesLabel]));
    expect(card.fallbackText).toContain(answer.text);
    expect(activity.summary).toBe('Airport: The Center is 30 minutes from the airport.');
    expect(activity.channelData).toEqual({ feedbackLoop: { type: 'default' } });
    expect(renderAdaptiveCard(answer, 'webchat').channelData).toBeUndefined();
  });

  it('rates an answer with a compact 👍 👎 on the prompt\'s line, named for screen readers in the reply\'s language, no full-width buttons', () => {
    const russian: OutgoingMessage = { ...answer, language: 'ru', rating: { answerId: 'answer-1', prompt: 'Был ли ответ полезен?', helpful: 'Полезно', notHelpful: 'Бесполезно' } };
    type Element = { type: string; width?: string; items?: Element[]; columns?: Element[]; text?: string; selectAction?: { type: string; title: string; data: unknown } };
    const card = adaptiveCardFor(russian, 'webchat') as { body: Element[] };
    // No ActionSet: the two bordered buttons that spanned the card are gone.
    expect(card.body.filter((element) => element.type === 'ActionSet')).toEqual([]);
    const row = card.body.find((element) => element.type === 'ColumnSet' && element.columns?.some((column) => column.selectAction));
    const [prompt, up, down] = row?.columns ?? [];
    expect(prompt?.items?.[0]?.text).toBe('Был ли ответ полезен?');
    expect([up, down].map((thumb) => ({ width: thumb?.width, shown: thumb?.items?.map((item) => item.text), action: thumb?.selectAction }))).toEqual([
      { width: 'auto', shown: ['👍'], action: expect.objectContaining({ type: 'Action.Submit', title: 'Полезно', data: { feedback: { answerId: 'answer-1', rating: 'helpful' } } }) },
      { width: 'auto', shown: ['👎'], action: expect.objectContaining({ type: 'Action.Submit', title: 'Бесполезно', data: { feedback: { answerId: 'answer-1', rating: 'notHelpful' } } }) },
    ]);
    // Teams: its own 👍 👎 (feedbackLoop) under the message, so none in the card.
    const teams = adaptiveCardFor(russian, 'teams') as { body: Element[] };
    expect(JSON.stringify(teams.body)).not.toContain('"feedback"');
    expect(renderAdaptiveCard(russian, 'teams').channelData).toEqual({ feedbackLoop: { type: 'default' } });
  });

  it('keeps a bare sentence as text on every channel', () => {
    const sentence: OutgoingMessage = { language: 'ru', text: 'Спасибо!', choices: [] };
    for (const channel of ['msteams', 'webchat', 'directline', 'emulator']) {
      const [activity] = renderForChannel(channel, sentence);
      expect(activity?.text).toBe('Спасибо!');
      expect(activity?.attachments).toBeUndefined();
    }
  });
});

describe('plain text', () => {
  it('lists the choices under their label and offers them as buttons; a menu\'s choices are buttons only', () => {
    const activity = renderPlainText(answer);
    expect(activity.text).toBe('Airport\n\nThe Center is 30 minutes from the airport.\n\nSource: “Opening”, Jin Yingying, Mar 21\n\nRelated questions\n• Is there a railway?');
    const menu = renderPlainText({ language: 'en', text: 'Choose:', choices: [{ title: 'Русский', value: '/language ru' }] });
    expect(menu.text).toBe('Choose:');
    expect(menu.suggestedActions?.actions).toEqual([{ type: 'imBack', title: 'Русский', value: '/language ru' }]);
  });
});

describe('rating buttons read back from text', () => {
  it('gives what checking each language in turn gives, for every language\'s labels as tapped or typed', async () => {
    const t = translatorsFor(await createI18n());
    const labels = LANGUAGE_CODES.map((language) => ratingLabels(t(language)));
    const readRating = ratingReader(labels);
    // Each language's labels in turn, as the recorder checked them before: the label without its emoji, any case.
    const bare = (text: string) => text.replace(/^[👍👎]\s*/u, '').trim().toLowerCase();
    const ratingIn = (text: string, l: (typeof labels)[number]) => (bare(text) === l.helpful.toLowerCase() ? 'helpful' : bare(text) === l.notHelpful.toLowerCase() ? 'notHelpful' : null);
    const oneByOne = (text: string) => labels.map((l) => ratingIn(text, l)).find((rating) => rating !== null) ?? null;
    const texts = labels.flatMap(({ helpful, notHelpful }) => [helpful, notHelpful, `👍 ${helpful}`, `👎  ${notHelpful} `, helpful.toUpperCase(), `${helpful}!`, `not ${helpful}`]);
    texts.push('', '👍', 'Where is the Center?', '/help');
    for (const text of texts) expect({ text, rating: readRating(text) }).toEqual({ text, rating: oneByOne(text) });
    expect(readRating('👍 Helpful')).toBe('helpful');
    expect(readRating('Not helpful')).toBe('notHelpful');
  });
});
