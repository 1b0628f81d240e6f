// From ranked search hits to what the bot will say, as plain data: an answer
// with its citation and follow-ups, "did you mean" choices, or an honest
// no-answer with example questions. No botbuilder here.
import type { LanguageCode } from '../i18n/languages.js';
import type { KnowledgeBase, Passage, SourceDocument } from '../knowledge/load.js';
import { splitSentences } from '../knowledge/load.js';
import { ANSWER_THRESHOLD, SUGGESTION_THRESHOLD, type SearchHit } from '../search/knowledgeIndex.js';
import { tokenizerFor } from '../search/tokenizer.js';

/** Passages longer than this are cut to their most relevant sentences. */
export const LONG_PASSAGE_CHARACTERS = 320;

/** One more passage in an answer: the question spans several passages of one topic ("What is planned?"). */
export interface AnswerPart {
  passageId: string;
  title: string;
  text: string;
  source: SourceDocument;
}

export type Reply =
  | { kind: 'answer'; language: LanguageCode; passageId: string; confidence: number; title: string; text: string; source: SourceDocument; also: AnswerPart[]; followUps: string[] }
  | { kind: 'didYouMean'; language: LanguageCode; choices: string[] }
  | { kind: 'noAnswer'; language: LanguageCode; examples: string[] };

/** The first listed question of a passage: what a follow-up button asks. */
function askAbout(passage: Passage): string {
  return passage.questions[0] ?? passage.title;
}

/** Keeps the sentences that share most words with the question, in their original order. */
export function mostRelevantSentences(passage: Passage, question: string, keep = 2): string {
  if (passage.text.length <= LONG_PASSAGE_CHARACTERS) return passage.text;
  const sentences = splitSentences(passage.text, passage.language);
  if (sentences.length <= keep) return passage.text;
  const tokenizer = tokenizerFor(passage.language);
  const asked = new Set(tokenizer.terms(question));
  const scored = sentences.map((sentence, index) => ({ index, sentence, score: tokenizer.terms(sentence).filter((t) => asked.has(t)).length }));
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, keep).sort((a, b) => a.index - b.index);
  return chosen.map((s) => s.sentence).join(' ');
}

/** Two or three questions from passages near the answered one, in the same language. */
export function followUpQuestions(answered: Passage, hits: SearchHit[], knowledge: KnowledgeBase, count = 3, alreadyAnswered: ReadonlySet<string> = new Set([answered.id])): string[] {
  const all = knowledge.passages[answered.language];
  // Same topic first (how else to get there, what else is shared), then what the search also found.
  const candidates = [
    ...all.filter((p) => p.topic === answered.topic && p.id !== answered.id),
    ...hits.map((hit) => hit.passage).filter((p) => p.id !== answered.id),
    ...all.filter((p) => p.topic !== answered.topic),
  ];
  const seen = new Set<string>(alreadyAnswered);
  const questions: string[] = [];
  for (const passage of candidates) {
    if (seen.has(passage.id)) continue;
    seen.add(passage.id);
    questions.push(askAbout(passage));
    if (questions.length === count) break;
  }
  return questions;
}

/** Example questions across topics, for help and for the no-answer reply. */
export function exampleQuestions(knowledge: KnowledgeBase, language: LanguageCode, count = 3): string[] {
  const byTopic = new Map<string, Passage>();
  for (const passage of knowledge.passages[language]) if (!byTopic.has(passage.topic)) byTopic.set(passage.topic, passage);
  const firsts = [...byTopic.values()];
  // Prefer the practical topics first: how to get there, what is shared, what is planned.
  const order = ['access', 'practices', 'plans', 'center'];
  firsts.sort((a, b) => order.indexOf(a.topic) - order.indexOf(b.topic));
  return firsts.slice(0, count).map(askAbout);
}

/**
 * A passage answers along with the best one when it is of the same topic and
 * matched the question about as well: "What is planned?" is answered by the
 * plans for 2027 and those for 2029, each with its citation.
 */
export const ALSO_ANSWERS_WITHIN = 0.9;

/** Passages of the best one's topic that the question matched nearly as well (answered too). */
export function companionPassages(hits: SearchHit[]): SearchHit[] {
  const [best, ...rest] = hits;
  if (!best) return [];
  return rest.filter((hit) => hit.passage.topic === best.passage.topic && hit.confidence >= ANSWER_THRESHOLD && hit.confidence >= best.confidence * ALSO_ANSWERS_WITHIN);
}

export function composeReply(question: string, hits: SearchHit[], knowledge: KnowledgeBase, language: LanguageCode): Reply {
  const [best] = hits;
  if (best && best.confidence >= ANSWER_THRESHOLD) {
    const companions = companionPassages(hits);
    const answered = new Set([best.passage.id, ...companions.map((hit) => hit.passage.id)]);
    return {
      kind: 'answer',
      language,
      passageId: best.passage.id,
      confidence: best.confidence,
      title: best.passage.title,
      text: mostRelevantSentences(best.passage, question),
      source: best.passage.document,
      also: companions.map(({ passage }) => ({ passageId: passage.id, title: passage.title, text: mostRelevantSentences(passage, question), source: passage.document })),
      followUps: followUpQuestions(best.passage, hits, knowledge, 3, answered),
    };
  }
  const middling = hits.filter((hit) => hit.confidence >= SUGGESTION_THRESHOLD).slice(0, 3);
  if (middling.length > 0) return { kind: 'didYouMean', language, choices: middling.map((hit) => askAbout(hit.passage)) };
  return { kind: 'noAnswer', language, examples: exampleQuestions(knowledge, language) };
}
