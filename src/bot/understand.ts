// Normalising what a person wrote before anything tries to understand it:
// mentions of the bot, Telegram's `/command@botname`, Unicode form, spacing.
import type { Activity } from 'botbuilder';
import { decode } from 'html-entities';

/** Longer messages are answered with a polite request to shorten them. */
export const MAX_QUESTION_LENGTH = 2000;

/**
 * What of a message is read at all, before any parsing: room for Teams'
 * markup and for the whitespace normalising collapses around a question of
 * the longest length. Past it, the message is too long whatever it says, and
 * no pattern ever sees more than this.
 */
export const MAX_RAW_TEXT_LENGTH = MAX_QUESTION_LENGTH * 4;

/** Mentions looked at; a message names the bot once or twice, never hundreds of times. */
const MAX_MENTIONS = 20;

/** The first `length` code units of `text`, without splitting a surrogate pair. */
export function cutText(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * Removes every mention of the bot (Teams puts `<at>Name</at>` in the text
 * for each; botbuilder's removeRecipientMention only removes the first).
 */
export function removeBotMentions(activity: Pick<Partial<Activity>, 'text' | 'entities' | 'recipient'>): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  const botId = activity.recipient?.id;
  const mentions = (Array.isArray(activity.entities) ? activity.entities : []).filter((entity) => entity?.type === 'mention').slice(0, MAX_MENTIONS);
  for (const entity of mentions) {
    if (typeof entity.text !== 'string' || entity.text === '') continue;
    const mentioned = (entity as { mentioned?: { id?: unknown } }).mentioned;
    if (botId && mentioned?.id !== botId) continue;
    text = text.split(entity.text).join(' ');
  }
  return text;
}

/** An opening span tag; `[^<>]` (not `[^>]`) keeps the scan linear on runs of unclosed `<span`. */
const SPAN_TAG = /<span\b[^<>]*>/giu;
const COMPOSE_CARD_CLASS = /\bclass\s*=\s*"inline-compose-card"/iu;

/** The text without the inline-compose-card spans (each up to its first `</span>`), in one pass. */
function withoutComposeCards(html: string): string {
  const lower = html.toLowerCase();
  let result = '';
  let kept = 0;
  for (const tag of html.matchAll(SPAN_TAG)) {
    if (tag.index < kept || !COMPOSE_CARD_CLASS.test(tag[0])) continue;
    const close = lower.indexOf('</span>', tag.index + tag[0].length);
    if (close === -1) break;
    result += `${html.slice(kept, tag.index)} `;
    kept = close + '</span>'.length;
  }
  return result + html.slice(kept);
}

/**
 * The text Teams sends as HTML (formatted messages, and a card shared from a
 * messaging extension, which arrives as an inline-compose-card placeholder
 * beside the card itself) reduced to what the person typed. Linear in the
 * length of the text: every pattern stops at the next `<`.
 */
export function teamsHtmlToText(text: string): string {
  if (!/[<&]/.test(text)) return text;
  const withoutTags = withoutComposeCards(text).replace(/<br\s*\/?>|<\/(p|div|li)>/giu, ' ').replace(/<[^<>]*>/gu, '');
  return decode(withoutTags);
}

export interface MessageText {
  /** Normalised, and never longer than MAX_QUESTION_LENGTH. */
  text: string;
  /** The message was longer than a question may be (its text is then cut). */
  tooLong: boolean;
}

/**
 * What a person wrote, ready for everything else: cut to MAX_RAW_TEXT_LENGTH
 * before anything parses it, bot mentions removed, Teams' HTML reduced,
 * normalised, and cut to MAX_QUESTION_LENGTH.
 */
export function readMessageText(activity: Pick<Partial<Activity>, 'text' | 'entities' | 'recipient' | 'channelId'>): MessageText {
  const raw = typeof activity.text === 'string' ? activity.text : '';
  const typed = removeBotMentions({ ...activity, text: cutText(raw, MAX_RAW_TEXT_LENGTH) });
  const text = normalizeText(activity.channelId === 'msteams' ? teamsHtmlToText(typed) : typed);
  const tooLong = raw.length > MAX_RAW_TEXT_LENGTH || text.length > MAX_QUESTION_LENGTH;
  return { text: cutText(text, MAX_QUESTION_LENGTH), tooLong };
}

/**
 * Command words Teams' command menu sends as they are, without a slash, by
 * the command they stand for: English here; the app's localised titles
 * (`teamsApp.helpCommand`, `teamsApp.languageCommand` in locales/, which
 * Teams shows and sends in the person's language) are added by the bot.
 */
export const ENGLISH_MENU_COMMANDS: ReadonlyMap<string, string> = new Map([
  ['help', 'help'],
  ['language', 'language'],
  ['about', 'about'],
]);

/** NFC, no control characters, single spaces, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, (match) => (/[\n\r\t\u2028\u2029]/.test(match) ? ' ' : ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface Command {
  name: string;
  argument: string;
}

/**
 * Reads `/name`, `/name@botname` (Telegram groups), `/name argument`, and
 * the bare words of Teams' command menu (`help`, `language`, `about`, or
 * their localised titles in `menuCommands`, lower-cased).
 * Returns null for anything that is not a command.
 */
export function parseCommand(text: string, menuCommands: ReadonlyMap<string, string> = ENGLISH_MENU_COMMANDS): Command | null {
  const menuCommand = menuCommands.get(text.toLowerCase());
  if (menuCommand) return { name: menuCommand, argument: '' };
  const match = /^\/([a-z]+)(?:@[\w.-]+)?(?:\s+(.*))?$/iu.exec(text);
  if (!match) return null;
  return { name: (match[1] ?? '').toLowerCase(), argument: (match[2] ?? '').trim() };
}
