// How an answer is made from ranked passages: a long passage is cut to the
// sentences that answer the question, a short one is given whole, and the
// follow-ups and examples come from the right places.
import { describe, expect, it } from '@jest/globals';
import { exampleQuestions, followUpQuestions, LONG_PASSAGE_CHARACTERS, mostRelevantSentences } from '../src/answer/compose.js';
import type { LanguageCode } from '../src/i18n/languages.js';
import type { KnowledgeBase, Passage, SourceDocument } from '../src/knowledge/load.js';

const DOCUMENT: SourceDocument = { id: 'doc', language: 'en', title: 'A document' };

function passage(id: string, topic: Passage['topic'], text: string, question = `About ${id}?`): Passage {
  return { id, topic, language: 'en', title: id, text, questions: [question], synonyms: [], answers: [], document: DOCUMENT };
}

const SENTENCES = [
  'The Center opened in Qiantang in 2024 with support from the municipal government.',
  'Xiaoshan International Airport is forty minutes away by car.',
  'Partners from eleven countries share their zone practices at yearly forums.',
  'A metro line links the Center with the airport and the railway station.',
  'Plans for 2027 include a logistics park and a training academy.',
];
const LONG = passage('long', 'access', SENTENCES.join(' '));

describe('the answer to a long passage', () => {
  it('is the two sentences that share most words with the question, in the passage\'s order', () => {
    expect(LONG.text.length).toBeGreaterThan(LONG_PASSAGE_CHARACTERS);
    expect(mostRelevantSentences(LONG, 'How far is the airport?')).toBe(`${SENTENCES[1]} ${SENTENCES[3]}`);
  });

  it('follows each question, not the first one asked about the passage', () => {
    expect(mostRelevantSentences(LONG, 'How far is the airport?')).toBe(`${SENTENCES[1]} ${SENTENCES[3]}`);
    expect(mostRelevantSentences(LONG, 'Is a logistics park planned near the railway station?')).toBe(`${SENTENCES[3]} ${SENTENCES[4]}`);
    expect(mostRelevantSentences(LONG, 'Which countries share practices at the forums?', 1)).toBe(SENTENCES[2]);
    expect(mostRelevantSentences(LONG, 'How far is the airport?')).toBe(`${SENTENCES[1]} ${SENTENCES[3]}`);
  });

  it('gives a short passage whole', () => {
    const short = passage('short', 'access', `${SENTENCES[1]} ${SENTENCES[3]}`);
    expect(mostRelevantSentences(short, 'metro')).toBe(short.text);
  });
});

describe('follow-ups and examples', () => {
  const passages = [
    passage('c1', 'center', 'One.'),
    passage('a1', 'access', 'Two.'),
    passage('a2', 'access', 'Three.'),
    passage('p1', 'practices', 'Four.'),
    passage('l1', 'plans', 'Five.'),
    passage('a3', 'access', 'Six.'),
  ];
  const knowledge = { passages: { en: passages } as Record<LanguageCode, Passage[]>, documents: [DOCUMENT] } as KnowledgeBase;

  it('offers the same topic first, then what the search found, then the rest', () => {
    expect(followUpQuestions(passages[1]!, [], knowledge)).toEqual(['About a2?', 'About a3?', 'About c1?']);
    expect(followUpQuestions(passages[3]!, [{ passage: passages[4]!, confidence: 0.5 } as never], knowledge)).toEqual(['About l1?', 'About c1?', 'About a1?']);
  });

  it('gives one example per topic, practical topics first', () => {
    expect(exampleQuestions(knowledge, 'en')).toEqual(['About a1?', 'About p1?', 'About l1?']);
    expect(exampleQuestions(knowledge, 'en', 4)).toEqual(['About a1?', 'About p1?', 'About l1?', 'About c1?']);
  });
});
