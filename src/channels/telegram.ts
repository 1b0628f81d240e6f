// Telegram through Azure Bot Service: no Adaptive Cards; text in MarkdownV2,
// every reserved character escaped (Telegram refuses the message otherwise),
// at most 4,096 characters a message, split between sentences; choices as a
// reply keyboard whose tapped button sends its title, so titles are the
// whole question.
import { ActivityTypes, type Activity } from 'botbuilder';
import { LANGUAGES, type LanguageCode } from '../i18n/languages.js';
import { ratingChoices, type OutgoingMessage } from './outgoing.js';
import { plainParagraphs, suggestedActions, tappable } from './plainText.js';

/** Telegram's limit on a message's text, counted in UTF-16 code units after entity parsing. */
export const TELEGRAM_MAX_CHARACTERS = 4096;

const MARKDOWN_V2_RESERVED = /[_*[\]()~`>#+\-=|{}.!\\]/g;

/** Escapes every character MarkdownV2 reserves, backslash included. */
export function escapeMarkdownV2(text: string): string {
  return text.replace(MARKDOWN_V2_RESERVED, (character) => `\\${character}`);
}

function segments(text: string, language: LanguageCode, granularity: 'sentence' | 'word' | 'grapheme'): string[] {
  return [...new Intl.Segmenter(language, { granularity }).segment(text)].map((part) => part.segment);
}

/**
 * Splits text into pieces whose measured length stays within `limit`:
 * between sentences where possible, else between words, else between
 * characters (never inside a surrogate pair or a combining sequence).
 */
export function splitText(text: string, language: LanguageCode, limit: number, measure: (piece: string) => number = (piece) => piece.length): string[] {
  if (measure(text) <= limit) return [text];
  const pieces: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim() !== '') pieces.push(current.trim());
    current = '';
  };
  const add = (part: string, finer: 'word' | 'grapheme' | null) => {
    if (measure(current + part) <= limit) {
      current += part;
      return;
    }
    push();
    if (measure(part) <= limit) current = part;
    else if (finer) for (const smaller of segments(part, language, finer)) add(smaller, finer === 'word' ? 'grapheme' : null);
    // A single grapheme over the limit cannot be split further; it is dropped rather than sent broken.
  };
  for (const sentence of segments(text, language, 'sentence')) add(sentence, 'word');
  push();
  return pieces;
}

/**
 * Telegram's reply_markup: a keyboard with a question a row and the two
 * ratings side by side; or, after a rating, a prompt to reply with a comment.
 */
function replyMarkupOf(message: OutgoingMessage): object | undefined {
  if (message.commentFor) return { force_reply: true, input_field_placeholder: message.commentFor.placeholder.slice(0, 64) };
  const rows = message.choices.map((choice) => [{ text: choice.title }]);
  if (message.rating) rows.push(ratingChoices(message.rating).map((choice) => ({ text: choice.title })));
  return rows.length > 0 ? { keyboard: rows, resize_keyboard: true, one_time_keyboard: true } : undefined;
}

/**
 * The message as Telegram activities. Each carries its plain text (the
 * channel ignores channelData on an activity without text) and, in
 * channelData, Telegram's own sendMessage call with the MarkdownV2 form;
 * the last one carries the keyboard (or the comment prompt). A menu's choices (whose value differs
 * from the title) are recognised from the title the keyboard sends back.
 */
export function renderForTelegram(message: OutgoingMessage): Partial<Activity>[] {
  const paragraphs = plainParagraphs(message);
  const markdown = paragraphs.map((paragraph, index) => {
    const escaped = escapeMarkdownV2(paragraph);
    if (index === 0 && message.title) return `*${escaped}*`;
    if (message.source && paragraph === message.source) return `_${escaped}_`;
    return escaped;
  });
  // Split the plain text, then escape each piece: a piece never ends inside an escape.
  const plainPieces = splitText(paragraphs.join('\n\n'), message.language, TELEGRAM_MAX_CHARACTERS, (piece) => escapeMarkdownV2(piece).length + 2);
  const wholeMarkdown = markdown.join('\n\n');
  const markdownPieces = plainPieces.length === 1 && wholeMarkdown.length <= TELEGRAM_MAX_CHARACTERS ? [wholeMarkdown] : plainPieces.map(escapeMarkdownV2);
  const replyMarkup = replyMarkupOf(message);
  return plainPieces.map((text, index) => {
    const last = index === plainPieces.length - 1;
    return {
      type: ActivityTypes.Message,
      text,
      textFormat: 'plain',
      locale: LANGUAGES[message.language].webChatLocale,
      channelData: {
        method: 'sendMessage',
        parameters: { text: markdownPieces[index], parse_mode: 'MarkdownV2', ...(last && replyMarkup ? { reply_markup: replyMarkup } : {}) },
      },
      ...(last ? suggestedActions(tappable(message)) : {}),
    };
  });
}
