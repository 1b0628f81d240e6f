// From ranked search hits to what the bot will say, as plain data: an answer
// with its citation and follow-ups, "did you mean" choices, or an honest
// no-answer with example questions. No botbuilder here.
import type { LanguageCode } from '../i18n/languages.js';
import type { KnowledgeBase, Passage, SourceDocument } from '../knowledge/load.js';
import { splitSentences } from '../knowledge/sentences.js';
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

/** A passage's sentences and the terms of each: the same for every question, so made once per passage. */
interface SentenceTerms {
  sentences: string[];
  terms: string[][];
}

const sentenceTerms = new WeakMap<Passage, SentenceTerms>();

function sentencesWithTerms(passage: Passage): SentenceTerms {
  let found = sentenceTerms.get(passage);
  if (!found) {
    const sentences = splitSentences(passage.text, passage.language);
    const tokenizer = tokenizerFor(passage.language);
    sentenceTerms.set(passage, (found = { sentences, terms: sentences.map((sentence) => tokenizer.terms(sentence)) }));
  }
  return found;
}

/** Keeps the sentences that share most words with the question, in their original order. */
export function mostRelevantSentences(passage: Passage, question: string, keep = 2): string {
  if (passage.text.length <= LONG_PASSAGE_CHARACTERS) return passage.text;
  const { sentences, terms } = sentencesWithTerms(passage);
  if (sentences.length <= keep) return passage.text;
  const asked = new Set(tokenizerFor(passage.language).terms(question));
  const scored = sentences.map((sentence, index) => ({ index, sentence, score: terms[index]!.filter((t) => asked.has(t)).length }));
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, keep).sort((a, b) => a.index - b.index);
  return chosen.map((s) => s.sentence).join(' ');
}

/** Two or three questions from passages near the answered one, in the same language. */
export function followUpQuestions(answered: Passage, hits: SearchHit[], knowledge: KnowledgeBase, count = 3, alreadyAnswered: ReadonlySet<string> = new Set([answered.id])): string[] {
  const all = knowledge.passages[answered.language];
  const seen = new Set<string>(alreadyAnswered);
  const questions: string[] = [];
  // Same topic first (how else to get there, what else is shared), then what the search also found, then the
  // rest; walked lazily, since the first few of thousands of passages usually give the questions.
  for (const passage of followUpCandidates(answered, hits, all)) {
    if (seen.has(passage.id)) continue;
    seen.add(passage.id);
    questions.push(askAbout(passage));
    if (questions.length === count) break;
  }
  return questions;
}

function* followUpCandidates(answered: Passage, hits: SearchHit[], all: Passage[]): Generator<Passage> {
  for (const p of all) if (p.topic === answered.topic && p.id !== answered.id) yield p;
  for (const hit of hits) if (hit.passage.id !== answered.id) yield hit.passage;
  for (const p of all) if (p.topic !== answered.topic) yield p;
}

/** Example questions across topics, for help and for the no-answer reply. */
export function exampleQuestions(knowledge: KnowledgeBase, language: LanguageCode, count = 3): string[] {
  return firstOfEachTopic(knowledge.passages[language]).slice(0, count).map(askAbout);
}

/** The first passage of each topic, practical topics first; made once per list of passages (it walks them all). */
const topicFirsts = new WeakMap<readonly Passage[], Passage[]>();

function firstOfEachTopic(passages: readonly Passage[]): Passage[] {
  let firsts = topicFirsts.get(passages);
  if (!firsts) {
    const byTopic = new Map<string, Passage>();
    for (const passage of passages) if (!byTopic.has(passage.topic)) byTopic.set(passage.topic, passage);
    firsts = [...byTopic.values()];
    // Prefer the practical topics first: how to get there, what is shared, what is planned.
    const order = ['access', 'practices', 'plans', 'center'];
    firsts.sort((a, b) => order.indexOf(a.topic) - order.indexOf(b.topic));
    topicFirsts.set(passages, firsts);
  }
  return firsts;
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
