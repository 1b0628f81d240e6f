// Telegram through Azure Bot Service: no Adaptive Cards; text in MarkdownV2,
// every reserved character escaped (Telegram refuses the message otherwise),
// at most 4,096 characters a message, split between sentences; choices as a
// reply keyboard whose tapped button sends its title, so titles are the
// whole question. Each message is Telegram's own sendMessage call in
// channelData, and nothing else (see renderForTelegram for why).
import { ActivityTypes, type Activity } from 'botbuilder';
import { LANGUAGES, type LanguageCode } from '../i18n/languages.js';
import { ratingChoices, type OutgoingMessage } from './outgoing.js';
import { citationParagraph, plainParagraphs } from './plainText.js';

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
 *
 * Serialised to a JSON string: Telegram's Bot API takes reply_markup as a
 * "JSON-serialized object", and Azure Bot Service's Telegram channel passes
 * channelData.parameters through verbatim, so an object arrives as something
 * Telegram ignores and the keyboard (or force_reply) is silently dropped.
 * microsoft/botframework-sdk issue 346 ("Telegram Custom Keyboards": the
 * keyboard works only once wrapped in JSON.stringify, which Microsoft
 * confirmed is by design) and issue 1716 report exactly this; the fix is the
 * string.
 */
function replyMarkupOf(message: OutgoingMessage): string | undefined {
  if (message.commentFor) return JSON.stringify({ force_reply: true, input_field_placeholder: message.commentFor.placeholder.slice(0, 64) });
  const rows = message.choices.map((choice) => [{ text: choice.title }]);
  if (message.rating) rows.push(ratingChoices(message.rating).map((choice) => ({ text: choice.title })));
  return rows.length > 0 ? JSON.stringify({ keyboard: rows, resize_keyboard: true, one_time_keyboard: true }) : undefined;
}

/** The parameters of Telegram's sendMessage that this bot sets (chat_id is the channel's). */
export interface TelegramSendMessage {
  text: string;
  parse_mode: 'MarkdownV2';
  /** A JSON string, never an object: see replyMarkupOf. */
  reply_markup?: string;
}

/**
 * The message as Telegram activities, one per piece of at most 4,096
 * characters, the keyboard (or the comment prompt) on the last.
 *
 * Each activity is channelData alone: `{ method: 'sendMessage', parameters }`
 * with the MarkdownV2 text, and no `text` or `suggestedActions` beside it.
 * That is the shape Microsoft documents for Telegram-specific messages
 * ("Implement channel-specific functionality", Telegram section: the
 * activity's channelData names a Bot API method and its parameters), and a
 * complete sendMessage needs nothing from the activity. Sending the plain
 * text and suggested actions as well leaves the channel two messages to make
 * of one reply: reports differ on what it does (the text sent and then the
 * channelData call, so the person gets it twice; or the text alone, with the
 * formatting and the reply keyboard lost), and neither is defined behaviour.
 * One shape, the documented one, reaches the person once.
 *
 * The plain-text shape (text and suggested actions, which the channel turns
 * into a message with buttons) stays the fallback: any activity sent to
 * Telegram without this channelData (a turn error, a rate-limit notice) is an
 * ordinary message the channel renders by itself. A menu's choices (whose
 * value differs from the title) are recognised from the title the keyboard
 * sends back.
 */
export function renderForTelegram(message: OutgoingMessage): Partial<Activity>[] {
  const paragraphs = plainParagraphs(message);
  const markdown = paragraphs.map((paragraph, index) => {
    const escaped = escapeMarkdownV2(paragraph);
    if (index === 0 && message.title) return `*${escaped}*`;
    // The citation in italics, linked to the article (MarkdownV2: inside the address only ")" and "\\" are escaped).
    if (message.source && paragraph === citationParagraph(message)) {
      const line = `_${escapeMarkdownV2(message.source)}_`;
      return message.sourceUrl ? `[${line}](${message.sourceUrl.replace(/[)\\]/g, (c) => `\\${c}`)})` : line;
    }
    return escaped;
  });
  // Split the plain text, then escape each piece: a piece never ends inside an escape.
  const plainPieces = splitText(paragraphs.join('\n\n'), message.language, TELEGRAM_MAX_CHARACTERS, (piece) => escapeMarkdownV2(piece).length + 2);
  const wholeMarkdown = markdown.join('\n\n');
  const markdownPieces = plainPieces.length === 1 && wholeMarkdown.length <= TELEGRAM_MAX_CHARACTERS ? [wholeMarkdown] : plainPieces.map(escapeMarkdownV2);
  const replyMarkup = replyMarkupOf(message);
  return markdownPieces.map((text, index) => {
    const last = index === markdownPieces.length - 1;
    const parameters: TelegramSendMessage = { text, parse_mode: 'MarkdownV2', ...(last && replyMarkup ? { reply_markup: replyMarkup } : {}) };
    return {
      type: ActivityTypes.Message,
      locale: LANGUAGES[message.language].webChatLocale,
      channelData: { method: 'sendMessage', parameters },
    };
  });
}
