// What a person sees in a reply, whatever form the channel renders it in:
// the text, or the text blocks of an Adaptive Card; and what they can tap.
import type { Activity } from 'botbuilder';

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
  for (const card of cardsOf(activity)) walk(card, (element) => element.type === 'TextBlock' && element.text && parts.push(element.text));
  return parts.join('\n');
}

/** The titles a person can tap: suggested actions, card actions and tappable card rows. */
export function choicesOf(activity: Partial<Activity> | undefined): string[] {
  const titles = (activity?.suggestedActions?.actions ?? []).map((action) => action.title ?? '');
  for (const card of cardsOf(activity)) {
    walk(card, (element) => {
      if (element.selectAction?.title) titles.push(element.selectAction.title);
      for (const action of element.actions ?? []) if (action.title) titles.push(action.title);
    });
  }
  return titles;
}
