// Normalising what a person wrote before anything tries to understand it:
// mentions of the bot, Telegram's `/command@botname`, Unicode form, spacing.
import type { Activity } from 'botbuilder';
import { decode } from 'html-entities';

/** Longer messages are answered with a polite request to shorten them. */
export const MAX_QUESTION_LENGTH = 2000;

/**
 * Removes every mention of the bot (Teams puts `<at>Name</at>` in the text
 * for each; botbuilder's removeRecipientMention only removes the first).
 */
export function removeBotMentions(activity: Pick<Partial<Activity>, 'text' | 'entities' | 'recipient'>): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  const botId = activity.recipient?.id;
  for (const entity of Array.isArray(activity.entities) ? activity.entities : []) {
    if (entity?.type !== 'mention' || typeof entity.text !== 'string' || entity.text === '') continue;
    const mentioned = (entity as { mentioned?: { id?: unknown } }).mentioned;
    if (botId && mentioned?.id !== botId) continue;
    text = text.split(entity.text).join(' ');
  }
  return text;
}

/**
 * The text Teams sends as HTML (formatted messages, and a card shared from a
 * messaging extension, which arrives as an inline-compose-card placeholder
 * beside the card itself) reduced to what the person typed.
 */
export function teamsHtmlToText(text: string): string {
  if (!/[<&]/.test(text)) return text;
  const withoutCards = text.replace(/<span[^>]*class="inline-compose-card"[^>]*>[\s\S]*?<\/span>/giu, ' ');
  const withoutTags = withoutCards.replace(/<br\s*\/?>|<\/(p|div|li)>/giu, ' ').replace(/<[^>]*>/gu, '');
  return decode(withoutTags);
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
