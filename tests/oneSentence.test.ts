// A message the search takes for plainly one sentence without asking
// Intl.Segmenter (src/search/oneSentence.ts) is one sentence by
// Intl.Segmenter too, the same segment: for every test question in every
// language, as written and normalised, and for texts made of the characters
// that end sentences or might.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import { normalizeForSearch } from '../src/search/normalize.js';
import { isPlainlyOneSentence, withOneSentenceShortcut } from '../src/search/oneSentence.js';
import { QUALITY_COLLECTIONS, readQualitySet } from './quality/evaluate.js';

/** Intl.Segmenter's sentences, trimmed, the empty ones left out (as the search reads them). */
const sentences = (segmenter: Intl.Segmenter, text: string) => [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
/** The segments, as plain data. */
const segmentsOf = (segmenter: Intl.Segmenter, text: string) => Array.from(segmenter.segment(text), ({ segment, index, input }) => ({ segment, index, input }));

const segmenters = LANGUAGE_CODES.map((language) => new Intl.Segmenter(language, { granularity: 'sentence' }));

describe('plainly one sentence', () => {
  it('is one sentence for Intl.Segmenter, for every test question in every language', () => {
    let plain = 0;
    let total = 0;
    for (const language of LANGUAGE_CODES) {
      const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
      for (const collection of QUALITY_COLLECTIONS) {
        const set = readQualitySet(language, collection);
        for (const question of [...set.answerable.map((q) => q.question), ...set.unanswerable]) {
          for (const text of [question, normalizeForSearch(question, language)]) {
            total += 1;
            if (!isPlainlyOneSentence(text)) continue;
            plain += 1;
            expect({ text, sentences: sentences(segmenter, text).length <= 1 }).toEqual({ text, sentences: true });
            expect(segmentsOf(withOneSentenceShortcut(segmenter), text)).toEqual(segmentsOf(segmenter, text));
          }
        }
      }
    }
    // Most questions are one line: the shortcut is taken for them.
    expect(plain).toBeGreaterThan(total / 2);
  });

  it('gives the segmenter\'s own answers through the shortcut: one segment, found by any position in it', () => {
    const segmenter = withOneSentenceShortcut(segmenters[0]!);
    const text = 'Where is the Center?';
    expect(segmenter.segment(text).containing(5)).toEqual(segmenters[0]!.segment(text).containing(5));
    expect(segmenter.segment(text).containing(text.length)).toBeUndefined();
    expect([...segmenter.segment('')]).toEqual([]);
    expect(segmentsOf(segmenter, 'Hi. Where?')).toEqual(segmentsOf(segmenters[0]!, 'Hi. Where?'));
  });

  it('tells a question alone from one after a sentence, or two questions', () => {
    expect(isPlainlyOneSentence('Where is the Center?')).toBe(true);
    expect(isPlainlyOneSentence('下沙在哪里？')).toBe(true);
    expect(isPlainlyOneSentence('Where is it?!  ')).toBe(true);
    expect(isPlainlyOneSentence('We are a firm in Durban. Which port?')).toBe(false);
    expect(isPlainlyOneSentence('Where? When?')).toBe(false);
    expect(isPlainlyOneSentence('Where is it?\nAnd when?')).toBe(false);
    expect(isPlainlyOneSentence('कहाँ है। कब?')).toBe(false);
  });

  it('is one sentence for Intl.Segmenter, for any text of letters, spaces and the punctuation that ends sentences or might', () => {
    const characters = [
      ...'ab Zé 1 ', ...'.?!;:,', '？', '！', '。', '．', '؟', '۔', '።', '፧', '।', '॥', '‼', '⁇', '\n', '\r', '\u0085', '\u2028', '\u2029', '\t', '\u00a0', '\u3000',
      '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u0301', ...'"\'“”‘’«»()[]', ...'кто', ...'कहाँ', ...'کجا', ...'የት', ...'下沙',
    ];
    const plain = [...'ab Zé 1 ', 'кто', 'कहाँ', 'کجا', 'የት', '下沙', ', ', '"', '«', ')'];
    // Mostly plain text with a few of the others, so that many samples take the shortcut and some nearly do.
    const text = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: fc.constantFrom(...characters) }), { maxLength: 30 }).map((list) => list.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: segmenters.length - 1 }), (sample, which) => {
        const segmenter = segmenters[which]!;
        if (isPlainlyOneSentence(sample)) expect(sentences(segmenter, sample).length).toBeLessThanOrEqual(1);
        // The segmenter with the shortcut gives Intl.Segmenter's segments, whether it takes the shortcut or not.
        expect(segmentsOf(withOneSentenceShortcut(segmenter), sample)).toEqual(segmentsOf(segmenter, sample));
      }),
      { numRuns: 5000 },
    );
  });
});
