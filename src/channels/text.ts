// Rendering as text with suggested actions: what every channel can show. The
// channel-specific forms (Adaptive Cards, Telegram keyboards) build on it.
import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Reply } from '../answer/compose.js';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../i18n/languages.js';

function asButtons(questions: string[]): CardAction[] {
  return questions.map((question) => ({ type: ActionTypes.ImBack, title: question, value: question }));
}

function message(text: string, locale: string, actions: CardAction[] = []): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text,
    locale,
    ...(actions.length > 0 ? { suggestedActions: { actions, to: [] } } : {}),
  };
}

function bullets(lines: string[]): string {
  return lines.map((line) => `• ${line}`).join('\n');
}

export function renderReply(reply: Reply, t: TFunction): Partial<Activity> {
  const locale = LANGUAGES[reply.language].webChatLocale;
  switch (reply.kind) {
    case 'answer': {
      const source = t('answer.source', { title: reply.source.title, author: reply.source.author ?? '', date: reply.source.date ?? '' });
      // The label stands alone as a heading: punctuation after it would be a fragment outside locales/.
      const related = reply.followUps.length > 0 ? `\n\n${t('answer.related')}\n${bullets(reply.followUps)}` : '';
      return message(`${reply.text}\n\n${source}${related}`, locale, asButtons(reply.followUps));
    }
    case 'didYouMean':
      return message(`${t('answer.didYouMean')}\n${bullets(reply.choices)}`, locale, asButtons(reply.choices));
    case 'noAnswer':
      return message(`${t('fallback.noAnswer')}\n${bullets(reply.examples)}`, locale, asButtons(reply.examples));
  }
}

/** Help: what the bot knows, and example questions to tap. */
export function renderHelp(t: TFunction, language: LanguageCode, examples: string[]): Partial<Activity> {
  return renderText(`${t('help.text')}\n\n${t('help.examples')}\n${bullets(examples)}`, language, examples);
}

/** The language menu: native names as buttons that send `/language xx`. */
export function renderLanguageMenu(text: string, language: LanguageCode): Partial<Activity> {
  const actions = LANGUAGE_CODES.map((code) => ({ type: ActionTypes.ImBack, title: LANGUAGES[code].nativeName, value: `/language ${code}` }));
  return message(text, LANGUAGES[language].webChatLocale, actions);
}

export function renderText(text: string, language: LanguageCode, actions: string[] = []): Partial<Activity> {
  return message(text, LANGUAGES[language].webChatLocale, asButtons(actions));
}
