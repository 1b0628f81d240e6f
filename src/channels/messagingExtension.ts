// Teams' search-based messaging extension (`searchKnowledge`): search hits as
// result cards with list previews, or the topics when the query is empty.
import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResponse } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { LanguageCode } from '../i18n/languages.js';
import { TOPICS } from '../knowledge/kinds.js';
import type { KnowledgeBase, Passage } from '../knowledge/load.js';
import { adaptiveCardFor } from './adaptiveCard.js';
import { presentPassage } from './outgoing.js';

/** Teams shows at most this many results; more would only be cut. */
export const MAX_EXTENSION_RESULTS = 10;

const PREVIEW_CHARACTERS = 120;

function shorten(text: string): string {
  return text.length <= PREVIEW_CHARACTERS ? text : `${text.slice(0, PREVIEW_CHARACTERS - 1).trimEnd()}…`;
}

/** A result list (possibly empty, which Teams shows as "no results"). */
export function extensionResults(attachments: MessagingExtensionAttachment[]): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: attachments.slice(0, MAX_EXTENSION_RESULTS) } };
}

/** Each passage as the card inserted into the compose box, previewed by its title and opening words. */
export function passageResults(passages: Passage[], t: TFunction): MessagingExtensionResponse {
  return extensionResults(
    passages.map((passage) => ({
      ...CardFactory.adaptiveCard(adaptiveCardFor(presentPassage(passage, t), 'teams')),
      preview: CardFactory.thumbnailCard(passage.title, shorten(passage.text)),
    })),
  );
}

/** One result per topic, listing the questions it answers: what an empty query shows. */
export function topicResults(knowledge: KnowledgeBase, language: LanguageCode, t: TFunction): MessagingExtensionResponse {
  const passages = knowledge.passages[language];
  return extensionResults(
    TOPICS.filter((topic) => passages.some((passage) => passage.topic === topic)).map((topic) => {
      const inTopic = passages.filter((passage) => passage.topic === topic);
      const name = t(`topics.${topic}`);
      const card = adaptiveCardFor({ language, title: name, text: inTopic.map((passage) => `- ${passage.title}`).join('\n'), choices: [] }, 'teams');
      return { ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(name, shorten(inTopic.map((passage) => passage.title).join(' · '))) };
    }),
  );
}
