// Adaptive Card 1.5 for Teams and Web Chat: heading, answer, citation, and
// choices that post the question as the person's own message. Right-to-left
// for Arabic and Persian.
import { ActivityTypes, CardFactory, type Activity, type Attachment } from 'botbuilder';
import { LANGUAGES } from '../i18n/languages.js';
import type { Rating } from '../feedback/interactionLog.js';
import { MAX_COMMENT_CHARACTERS, type Choice, type CommentPrompt, type OutgoingMessage, type RatingPrompt } from './outgoing.js';
import { plainParagraphs } from './plainText.js';

export type CardHost = 'teams' | 'webchat';

/** Notifications and previews show this much of the text. */
const SUMMARY_CHARACTERS = 200;

/**
 * How a tap becomes the person's own message. Teams needs its `msteams`
 * imBack envelope; Web Chat sends a string `data` as an imBack.
 */
function submitData(choice: Choice, host: CardHost): unknown {
  return host === 'teams' ? { msteams: { type: 'imBack', value: choice.value } } : choice.value;
}

/**
 * Choices as full-width tappable rows rather than card actions: follow-up
 * questions are too long for Teams' buttons (truncated), and a language menu
 * has more entries than a card's action bar holds.
 */
function choiceRows(choices: Choice[], host: CardHost): object[] {
  return choices.map((choice, index) => ({
    type: 'Container',
    ...(index === 0 ? { spacing: 'Small' } : { spacing: 'None' }),
    selectAction: { type: 'Action.Submit', title: choice.title, data: submitData(choice, host) },
    items: [{ type: 'TextBlock', text: choice.title, wrap: true, color: 'Accent' }],
  }));
}

/**
 * Helpful / not helpful as the compact 👍 👎 people know, on one line with the
 * question, posted back as data (not as the person's words). Each thumb is a
 * tappable column: its action's title is its accessible name ("Helpful" in the
 * reply's language), and a column carries no button border, unlike an ActionSet.
 */
function ratingRow(rating: RatingPrompt): object {
  const thumb = (symbol: string, name: string, value: Rating) => ({
    type: 'Column',
    width: 'auto',
    verticalContentAlignment: 'Center',
    selectAction: { type: 'Action.Submit', title: name, tooltip: name, data: { feedback: { answerId: rating.answerId, rating: value } } },
    items: [{ type: 'TextBlock', text: symbol, size: 'Large' }],
  });
  return {
    type: 'ColumnSet',
    spacing: 'Medium',
    columns: [
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', text: rating.prompt, isSubtle: true, size: 'Small', wrap: true }] },
      thumb('👍', rating.helpful, 'helpful'),
      thumb('👎', rating.notHelpful, 'notHelpful'),
    ],
  };
}

/** An optional comment on a rated answer. */
function commentInput(prompt: CommentPrompt): object[] {
  return [
    { type: 'Input.Text', id: 'comment', isMultiline: true, maxLength: MAX_COMMENT_CHARACTERS, placeholder: prompt.placeholder, label: prompt.placeholder },
    { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: prompt.send, data: { feedback: { answerId: prompt.answerId, comment: true } } }] },
  ];
}

/** The card itself, as Adaptive Card JSON (schema 1.5). */
export function adaptiveCardFor(message: OutgoingMessage, host: CardHost): object {
  const body: object[] = [];
  if (message.title) body.push({ type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' });
  body.push({ type: 'TextBlock', text: message.text, wrap: true });
  // The citation links to the article (Markdown links are the TextBlock's own, in Teams and Web Chat alike).
  const citation = message.source && message.sourceUrl ? `[${message.source.replace(/[[\]\\]/g, (c) => `\\${c}`)}](${message.sourceUrl})` : message.source;
  if (citation) body.push({ type: 'TextBlock', text: citation, isSubtle: true, size: 'Small', wrap: true });
  if (message.choicesLabel) body.push({ type: 'TextBlock', text: message.choicesLabel, weight: 'Bolder', wrap: true, spacing: 'Medium' });
  body.push(...choiceRows(message.choices, host));
  // Teams shows its own compact 👍 👎 under the message (channelData.feedbackLoop), with its comment
  // box: thumbs in the card as well would show them twice there.
  if (message.rating && host === 'webchat') body.push(ratingRow(message.rating));
  if (message.commentFor) body.push(...commentInput(message.commentFor));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: message.language,
    // The direction of the reply's language, said either way: unset, a host lays the card out in its own
    // UI's direction (an English answer right to left in an Arabic Teams client).
    rtl: LANGUAGES[message.language].direction === 'rtl',
    fallbackText: plainParagraphs(message).join('\n\n'),
    body,
  };
}

export function summaryOf(message: OutgoingMessage): string {
  const text = message.title ? `${message.title}: ${message.text}` : message.text;
  return text.length <= SUMMARY_CHARACTERS ? text : `${text.slice(0, SUMMARY_CHARACTERS - 1).trimEnd()}…`;
}

/**
 * One message with the card. Its `summary` is the plain-text line Teams shows
 * in notifications and the chat list; answers carry Teams' feedback buttons.
 */
export function renderAdaptiveCard(message: OutgoingMessage, host: CardHost): Partial<Activity> {
  const attachment: Attachment = CardFactory.adaptiveCard(adaptiveCardFor(message, host));
  return {
    type: ActivityTypes.Message,
    summary: summaryOf(message),
    locale: LANGUAGES[message.language].webChatLocale,
    attachments: [attachment],
    ...(host === 'teams' && message.rating ? { channelData: { feedbackLoop: { type: 'default' } } } : {}),
  };
}
