// What the bot says, as plain data every channel renderer understands: a
// body, an optional heading and citation, and choices a person can tap. The
// bot builds these; src/channels/render.ts turns them into activities.
import type { TFunction } from 'i18next';
import type { Reply } from '../answer/compose.js';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../i18n/languages.js';
import type { Passage, SourceDocument } from '../knowledge/load.js';

/** Something to tap: `title` is shown, `value` is sent as the person's own message. */
export interface Choice {
  title: string;
  value: string;
}

export interface OutgoingMessage {
  language: LanguageCode;
  /** A heading above the text: the answered passage's title. */
  title?: string;
  text: string;
  /** The citation line under an answer. */
  source?: string;
  /** Where the cited article can be read: the citation links to it. */
  sourceUrl?: string;
  /** A heading over the choices ("Related questions"); bullets in text-only channels. */
  choicesLabel?: string;
  choices: Choice[];
  /** Set on answers: how a person rates this one (Teams uses its own feedback buttons). */
  rating?: RatingPrompt;
  /** Set on the thank-you after a rating: where a person may add a comment. */
  commentFor?: CommentPrompt;
  /** Set on the rate-limit notice: seconds until the person may send again (the web chat page holds its send box until then). */
  retryAfterSeconds?: number;
}

export interface RatingPrompt {
  /** The interaction-log id of the answered question. */
  answerId: string;
  prompt: string;
  helpful: string;
  notHelpful: string;
}

/** Longer comments are cut: a comment says what was missing, not an essay. */
export const MAX_COMMENT_CHARACTERS = 1000;

export interface CommentPrompt {
  answerId: string;
  placeholder: string;
  send: string;
}

/** The feedback buttons' labels in a language, as people tap (or type) them. */
export function ratingLabels(t: TFunction): Omit<RatingPrompt, 'answerId'> {
  return { prompt: t('feedback.prompt'), helpful: t('feedback.helpful'), notHelpful: t('feedback.notHelpful') };
}

/**
 * The publication date in the reply's language, Gregorian whatever the
 * locale's own calendar (Persian and Amharic locales default to theirs):
 * "27 March 2025", "27 марта 2025 г.". The date as the source gives it when
 * the document has no publication date.
 */
export function publicationDate(document: SourceDocument, language: LanguageCode): string {
  if (!document.published) return document.date ?? '';
  const [year, month, day] = document.published.split('-').map(Number) as [number, number, number];
  return dateFormatter(language).format(Date.UTC(year, month - 1, day));
}

/** One formatter per language: making an Intl.DateTimeFormat costs far more than formatting with it. */
const dateFormatters = new Map<LanguageCode, Intl.DateTimeFormat>();

function dateFormatter(language: LanguageCode): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(language);
  if (!formatter) dateFormatters.set(language, (formatter = new Intl.DateTimeFormat(LANGUAGES[language].webChatLocale, { dateStyle: 'long', calendar: 'gregory', timeZone: 'UTC' })));
  return formatter;
}

/**
 * Where an answer comes from: the document's title, author and publication
 * date. The same for every answer from a document, so made once per
 * translate function (the bot keeps one per language), document and language.
 */
function citation(document: SourceDocument, t: TFunction, language: LanguageCode): string {
  let byDocument = citationCache.get(t);
  if (!byDocument) citationCache.set(t, (byDocument = new WeakMap()));
  let byLanguage = byDocument.get(document);
  if (!byLanguage) byDocument.set(document, (byLanguage = new Map()));
  let line = byLanguage.get(language);
  if (line === undefined) byLanguage.set(language, (line = t('answer.source', { title: document.title, author: document.author ?? '', date: publicationDate(document, language) })));
  return line;
}

const citationCache = new WeakMap<TFunction, WeakMap<SourceDocument, Map<LanguageCode, string>>>();

/** Each document an answer draws on, cited once, in the order first used. */
function citations(documents: SourceDocument[], t: TFunction, language: LanguageCode): string {
  const distinct = documents.filter((document, i) => documents.findIndex((d) => d.id === document.id) === i);
  return distinct.map((document) => citation(document, t, language)).join('\n');
}

function asChoices(questions: string[]): Choice[] {
  return questions.map((question) => ({ title: question, value: question }));
}

/** An answer, a "did you mean" or an honest no-answer, in the reply's language. */
export function presentReply(reply: Reply, t: TFunction, answerId?: string): OutgoingMessage {
  const { language } = reply;
  switch (reply.kind) {
    case 'answer':
      return {
        language,
        title: reply.title,
        // Further passages of the same topic follow under their own titles.
        text: [reply.text, ...reply.also.map((part) => `${part.title}\n${part.text}`)].join('\n\n'),
        source: citations([reply.source, ...reply.also.map((part) => part.source)], t, language),
        ...(reply.source.url ? { sourceUrl: reply.source.url } : {}),
        ...(reply.followUps.length > 0 ? { choicesLabel: t('answer.related') } : {}),
        choices: asChoices(reply.followUps),
        ...(answerId ? { rating: { answerId, ...ratingLabels(t) } } : {}),
      };
    case 'didYouMean':
      return { language, text: t('answer.didYouMean'), choices: asChoices(reply.choices) };
    case 'noAnswer':
      return { language, text: t('fallback.noAnswer'), choices: asChoices(reply.examples) };
  }
}

/** Help (and the welcome): what the bot knows, with example questions to tap. */
export function presentWithExamples(text: string, language: LanguageCode, examples: string[], examplesLabel?: string): OutgoingMessage {
  return { language, text, ...(examplesLabel && examples.length > 0 ? { choicesLabel: examplesLabel } : {}), choices: asChoices(examples) };
}

/** The language menu: native names that send `/language xx`. */
export function presentLanguageMenu(text: string, language: LanguageCode): OutgoingMessage {
  return { language, text, choices: LANGUAGE_CODES.map((code) => ({ title: LANGUAGES[code].nativeName, value: `/language ${code}` })) };
}

/** A plain sentence: small talk, confirmations, polite refusals. */
export function presentText(text: string, language: LanguageCode): OutgoingMessage {
  return { language, text, choices: [] };
}

/** One passage on its own, with its citation: a messaging-extension result card. */
export function presentPassage(passage: Passage, t: TFunction): OutgoingMessage {
  const { document } = passage;
  return {
    language: passage.language,
    title: passage.title,
    text: passage.text,
    source: citation(document, t, passage.language),
    ...(document.url ? { sourceUrl: document.url } : {}),
    choices: [],
  };
}

/** The two rating buttons for channels whose buttons send their title as text. */
export function ratingChoices(rating: RatingPrompt): Choice[] {
  return [`👍 ${rating.helpful}`, `👎 ${rating.notHelpful}`].map((title) => ({ title, value: title }));
}

/** A message as a rating button's label: without its emoji, trimmed, lower case. */
function bareRatingText(text: string): string {
  return text.replace(/^[👍👎]\s*/u, '').trim().toLowerCase();
}

/**
 * What a tapped (or typed) rating button says, without its emoji, in any of
 * several languages' labels (the first that matches winning), as one lookup:
 * every message is checked against all of them. Null for anything else.
 */
export function ratingReader(labelsInOrder: ReadonlyArray<Omit<RatingPrompt, 'answerId' | 'prompt'>>): (text: string) => 'helpful' | 'notHelpful' | null {
  const ratings = new Map<string, 'helpful' | 'notHelpful'>();
  for (const labels of labelsInOrder) {
    for (const rating of ['helpful', 'notHelpful'] as const) {
      const label = labels[rating].toLowerCase();
      if (!ratings.has(label)) ratings.set(label, rating);
    }
  }
  return (text) => ratings.get(bareRatingText(text)) ?? null;
}
