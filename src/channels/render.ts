// One entry point from an outgoing message to the activities a channel shows
// well: Adaptive Cards where they render (Teams, Web Chat), Telegram's own
// form, plain text with suggested actions everywhere else.
import type { Activity } from 'botbuilder';
import { renderAdaptiveCard } from './adaptiveCard.js';
import type { OutgoingMessage } from './outgoing.js';
import { renderPlainText } from './plainText.js';
import { renderForTelegram } from './telegram.js';

/** A message with nothing but a sentence stays text on every channel: a card would add nothing. */
function isBareText(message: OutgoingMessage): boolean {
  return !message.title && !message.source && message.choices.length === 0 && !message.rating && !message.commentFor;
}

/**
 * The wait of a rate-limit notice, for the web chat page (web/chat.js), which
 * counts it down and holds its send box meanwhile: the words say it to the person.
 */
function withWait(activity: Partial<Activity>, message: OutgoingMessage): Partial<Activity> {
  if (message.retryAfterSeconds === undefined) return activity;
  return { ...activity, channelData: { ...(activity.channelData as object | undefined), retryAfterSeconds: message.retryAfterSeconds } };
}

export function renderForChannel(channelId: string | undefined, message: OutgoingMessage): Partial<Activity>[] {
  switch (channelId) {
    case 'telegram':
      return renderForTelegram(message);
    case 'msteams':
      return [isBareText(message) ? renderPlainText(message) : renderAdaptiveCard(message, 'teams')];
    case 'webchat':
    case 'directline':
      return [withWait(isBareText(message) ? renderPlainText(message) : renderAdaptiveCard(message, 'webchat'), message)];
    default:
      return [renderPlainText(message)];
  }
}
