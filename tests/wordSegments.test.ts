// The search's word segments (src/search/wordSegments.ts, each space-separated
// piece segmented once and remembered) are Intl.Segmenter's own: the same
// segments, positions and word flags, for the knowledge and the test questions
// in every language, for texts made of the characters that bend the rules, and
// the second time as the first.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadConfig } from '../src/config.js';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import { loadKnowledgeOrThrow } from '../src/knowledge/load.js';
import { normalizeForSearch } from '../src/search/normalize.js';
import { sentenceOpeners, wordSegments } from '../src/search/wordSegments.js';
import { QUALITY_COLLECTIONS, readQualitySet } from './quality/evaluate.js';

const intlSegments = (segmenter: Intl.Segmenter, text: string) =>
  Array.from(segmenter.segment(text), ({ segment, index, isWordLike }) => ({ segment, index, isWordLike: isWordLike === true }));

const segmenters = [...LANGUAGE_CODES.map((language) => new Intl.Segmenter(language, { granularity: 'word' })), new Intl.Segmenter(undefined, { granularity: 'word' })];

/** Segments each text twice (the second time from what the first remembered) and compares both with Intl.Segmenter's. */
function expectSameAsIntl(segmenter: Intl.Segmenter, texts: readonly string[]): void {
  for (let round = 0; round < 2; round += 1) for (const text of texts) expect(wordSegments(segmenter, text)).toEqual(intlSegments(segmenter, text));
}

describe('word segments', () => {
  it("are Intl.Segmenter's for the knowledge and every test question, as written and normalised, in every language", () => {
    const knowledge = loadKnowledgeOrThrow(loadConfig().KNOWLEDGE_DIR);
    for (const language of LANGUAGE_CODES) {
      const passages = knowledge.passages[language].flatMap((passage) => [passage.title, passage.text, ...passage.questions, ...passage.synonyms]);
      const questions = QUALITY_COLLECTIONS.flatMap((collection) => {
        const set = readQualitySet(language, collection);
        return [...set.answerable.map((question) => question.question), ...set.unanswerable];
      });
      const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
      expectSameAsIntl(segmenter, [...passages, ...questions, ...questions.map((text) => normalizeForSearch(text, language))]);
    }
  });

  it('keep a mark, joiner, sound mark or skin tone after a space with the space, as Intl.Segmenter does', () => {
    for (const segmenter of segmenters) expectSameAsIntl(segmenter, ['a \u0301b', 'کجا \u200cاست', 'word \u200d x', 'x  \u0903 y', '\u0301 start', 'end \u0301', 'ok \u{1f3fb}x', 'ｶ \uff9eﾟ', 'tag \u{e0041}']);
    // The rule the module depends on: were the pieces segmented alone, the mark would start a segment of its own.
    const root = segmenters.at(-1)!;
    expect(intlSegments(root, 'a \u0301b').map((s) => s.segment)).toEqual(['a', ' \u0301', 'b']);
  });

  it("are Intl.Segmenter's for any text of letters, marks, digits, spaces and punctuation of the supported scripts", () => {
    const characters = [
      ...'aZé ñ  ç', ...'1 0', ...".,'’:;-_?!\"()/@#%&", '\u00a0', '\n', '\t', '\u0301', '\u200c', '\u200d', '\ufe0f', '👍', '🇿🇦', '\u{1f3fb}', 'ｶ', '\uff9e', '\u{e0041}',
      ...'пЦё', ...'नमस्ते कहाँ', '\u093c', '\u0966', ...'شهرکجای', '\u064b', '\u0640', '\u06f5', '\u0661', ...'፧።ሰዓት', '\u135f', '\u1369', '\u1361', '\u1363', '\u0964', '\u060c', '\u061f', '\u061b', ...'αβΩ', '\u0660', ...'下沙港的', '。', '？',
    ];
    const text = fc.array(fc.constantFrom(...characters), { maxLength: 40 }).map((list) => list.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: segmenters.length - 1 }), (sample, which) => {
        const segmenter = segmenters[which]!;
        expect(wordSegments(segmenter, sample)).toEqual(intlSegments(segmenter, sample));
        expect(wordSegments(segmenter, sample)).toEqual(intlSegments(segmenter, sample));
      }),
      { numRuns: 3000 },
    );
  });

  it("are Intl.Segmenter's for every letter and mark of the alphabets segmented without ICU, in a word, after one, and before punctuation", () => {
    const alphabets = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Ethiopic}\p{Script=Inherited}]/u;
    const characters: string[] = [];
    for (let code = 0x20; code <= 0x1ffff; code += 1) {
      const character = String.fromCodePoint(code);
      if (alphabets.test(character)) characters.push(character);
    }
    expect(characters.length).toBeGreaterThan(2_000);
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const texts = characters.flatMap((character) => [character, `${character}a`, `a${character}`, `${character}1`, `1${character}.`, `a${character}\u0964 b${character}?`]);
    // One comparison of them all (one per text took seconds); the second reading comes from what the first remembered.
    const expected = JSON.stringify(texts.map((text) => intlSegments(segmenter, text)));
    for (let round = 0; round < 2; round += 1) expect(JSON.stringify(texts.map((text) => wordSegments(segmenter, text)))).toBe(expected);
  });

  it('stay right once more pieces were seen than are remembered', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const many = Array.from({ length: 12_000 }, (_, i) => `piece${i.toString(36)}, again.`);
    for (const text of many) wordSegments(segmenter, text);
    expectSameAsIntl(segmenter, [...many.slice(0, 50), ...many.slice(-50)]);
  });
});

describe('sentenceOpeners', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const openers = (text: string, counts?: Parameters<typeof sentenceOpeners>[1]) => [...sentenceOpeners(wordSegments(segmenter, text), counts)].map((s) => s.segment);

  it('gives the first word and the first after each end of a sentence, in any script', () => {
    expect(openers('We land Monday. How far is Shanghai? Thanks')).toEqual(['We', 'How', 'Thanks']);
    expect(openers('नमस्ते। क्या यह खुला है? Qiantang में')).toEqual(['नमस्ते', 'क्या', 'Qiantang']);
    expect(openers('Как далеко от Цяньтана до Шанхая')).toEqual(['Как']);
  });

  it('skips the words it is told do not count, so the next word opens the sentence', () => {
    expect(openers('Hi, where is it?', (s) => s.isWordLike && s.segment !== 'Hi')).toEqual(['where']);
  });
});
