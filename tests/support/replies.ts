// What a person sees in a reply, whatever form the channel renders it in:
// the text, the text blocks of an Adaptive Card, or Telegram's own
// sendMessage call in channelData; and what they can tap.
import type { Activity } from 'botbuilder';

interface TelegramSendMessage {
  text: string;
  parse_mode?: string;
  reply_markup?: unknown;
}

/** Telegram's sendMessage parameters, when the activity is one (src/channels/telegram.ts). */
export function telegramCall(activity: Partial<Activity> | undefined): TelegramSendMessage | undefined {
  const channelData = activity?.channelData as { method?: unknown; parameters?: TelegramSendMessage } | undefined;
  return channelData?.method === 'sendMessage' && channelData.parameters ? channelData.parameters : undefined;
}

/** The text Telegram shows for a MarkdownV2 message: escapes undone, bold and italic markers gone. */
export function telegramShownText(markdown: string): string {
  return markdown.replace(/\\(.)|[*_]/gsu, (_, escaped: string | undefined) => escaped ?? '');
}

/** The reply keyboard of a Telegram call, parsed from the JSON string the channel passes on. */
export function telegramKeyboard(activity: Partial<Activity> | undefined): Array<Array<{ text: string }>> {
  const markup = telegramCall(activity)?.reply_markup;
  if (markup === undefined) return [];
  if (typeof markup !== 'string') throw new Error(`reply_markup must be a JSON string, got ${typeof markup}`);
  return (JSON.parse(markup) as { keyboard?: Array<Array<{ text: string }>> }).keyboard ?? [];
}

interface CardElement {
  type?: string;
  text?: string;
  items?: CardElement[];
  body?: CardElement[];
  actions?: Array<{ title?: string }>;
  selectAction?: { title?: string };
}

function cardsOf(activity: Partial<Activity> | undefined): CardElement[] {
  return (activity?.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content as CardElement);
}

function walk(element: CardElement, visit: (element: CardElement) => void): void {
  visit(element);
  for (const child of [...(element.body ?? []), ...(element.items ?? [])]) walk(child, visit);
}

/** The text shown: the activity's text, then every TextBlock of its Adaptive Cards. */
export function shownText(activity: Partial<Activity> | undefined): string {
  const parts: string[] = activity?.text ? [activity.text] : [];
  const telegram = telegramCall(activity);
  if (telegram) parts.push(telegramShownText(telegram.text));
  for (const card of cardsOf(activity)) walk(card, (element) => element.type === 'TextBlock' && element.text && parts.push(element.text));
  return parts.join('\n');
}

/** The titles a person can tap: suggested actions, card actions and tappable card rows. */
export function choicesOf(activity: Partial<Activity> | undefined): string[] {
  const titles = (activity?.suggestedActions?.actions ?? []).map((action) => action.title ?? '');
  titles.push(...telegramKeyboard(activity).flat().map((key) => key.text));
  for (const card of cardsOf(activity)) {
    walk(card, (element) => {
      if (element.selectAction?.title) titles.push(element.selectAction.title);
      for (const action of element.actions ?? []) if (action.title) titles.push(action.title);
    });
  }
  return titles;
}
