// Plain text with suggested actions: what every channel can show, and what
// channels without richer rendering get.
import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import { LANGUAGES } from '../i18n/languages.js';
import { ratingChoices, type Choice, type OutgoingMessage } from './outgoing.js';

export function bullets(lines: string[]): string {
  return lines.map((line) => `• ${line}`).join('\n');
}

export function suggestedActions(choices: Choice[]): Pick<Partial<Activity>, 'suggestedActions'> {
  if (choices.length === 0) return {};
  const actions: CardAction[] = choices.map((choice) => ({ type: ActionTypes.ImBack, title: choice.title, value: choice.value }));
  return { suggestedActions: { actions, to: [] } };
}

/**
 * The message as paragraphs: title, text, citation, then the choices as
 * bullets under their label (a menu's choices are buttons only).
 */
export function plainParagraphs(message: OutgoingMessage): string[] {
  const paragraphs = [message.title, message.text, citationParagraph(message)].filter((part): part is string => Boolean(part));
  const listed = message.choices.filter((choice) => choice.title === choice.value).map((choice) => choice.title);
  if (listed.length > 0) paragraphs.push([message.choicesLabel, bullets(listed)].filter(Boolean).join('\n'));
  return paragraphs;
}

/** The citation as text: the line, then the article's address on its own line (text channels link it themselves). */
export function citationParagraph(message: OutgoingMessage): string | undefined {
  if (!message.source) return undefined;
  return message.sourceUrl ? `${message.source}\n${message.sourceUrl}` : message.source;
}

/** The message's choices, then its rating buttons: everything a keyboard offers. */
export function tappable(message: OutgoingMessage): Choice[] {
  return message.rating ? [...message.choices, ...ratingChoices(message.rating)] : message.choices;
}

export function renderPlainText(message: OutgoingMessage): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text: plainParagraphs(message).join('\n\n'),
    textFormat: 'plain',
    locale: LANGUAGES[message.language].webChatLocale,
    ...suggestedActions(tappable(message)),
  };
}
