// Search quality on questions worded as partners would ask them. Prints the
// language × top-1 / MRR / no-answer table of each question set, and holds
// the first set to issue #3's bar (90 % top-1 and 90 % no-answer accuracy in
// every language) and the development set, taken as a whole, to what it
// measured when the weights were last set (a floor against regressions, not
// a goal: see docs/quality.md). The validation and blind sets are neither
// measured nor printed here, only checked for size: anyone running the tests
// would otherwise see their figures while tuning (`npm run quality
// -- --set=val|blind` measures them, when one means to).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { LANGUAGE_CODES } from '../../src/i18n/languages.js';
import { knowledgeAndIndex } from '../support/bot.js';
import { evaluateAll, formatPooled, formatTable, pooled, readQualitySet, type QualityRow } from './evaluate.js';

const BAR = { top1: 0.9, noAnswer: 0.9 };
/** Development set, all languages together: 80.1 % and 85.5 % when the weights were set. */
const DEV_FLOOR = { top1: 0.78, noAnswer: 0.83 };

const rows = new Map<'main' | 'dev', QualityRow[]>();
beforeAll(async () => {
  const { index } = await knowledgeAndIndex();
  for (const collection of ['main', 'dev'] as const) {
    rows.set(collection, await evaluateAll(index, 'all', collection));
    process.stdout.write(`\nSearch quality, ${collection} set (npm run quality -- --set=${collection}):\n${formatTable(rows.get(collection)!)}\n${formatPooled(rows.get(collection)!)}\n`);
  }
});

describe('search quality', () => {
  it('has at least 12 answerable and 6 unanswerable questions in every language, 26 to 30 and 11 to 16 in the later development and the validation sets, 30 and 12 in the blind set', () => {
    for (const row of rows.get('main')!) {
      expect({ language: row.language, enough: row.answerable >= 12 && row.unanswerable >= 6 }).toEqual({ language: row.language, enough: true });
    }
    for (const [collection, least] of [['dev2', { answerable: 26, unanswerable: 11 }], ['dev4', { answerable: 26, unanswerable: 11 }], ['dev5', { answerable: 30, unanswerable: 14 }], ['dev6', { answerable: 30, unanswerable: 14 }], ['dev7', { answerable: 30, unanswerable: 14 }], ['dev8', { answerable: 30, unanswerable: 14 }], ['dev9', { answerable: 30, unanswerable: 14 }], ['dev10', { answerable: 30, unanswerable: 16 }], ['dev11', { answerable: 30, unanswerable: 16 }], ['dev12', { answerable: 30, unanswerable: 16 }], ['dev13', { answerable: 30, unanswerable: 16 }], ['dev14', { answerable: 30, unanswerable: 16 }], ['dev15', { answerable: 30, unanswerable: 14 }], ['dev16', { answerable: 30, unanswerable: 14 }], ['dev17', { answerable: 30, unanswerable: 14 }], ['dev18', { answerable: 30, unanswerable: 14 }], ['dev19', { answerable: 30, unanswerable: 14 }], ['dev20', { answerable: 30, unanswerable: 14 }], ['dev21', { answerable: 30, unanswerable: 14 }], ['val', { answerable: 26, unanswerable: 11 }], ['dev3', { answerable: 26, unanswerable: 11 }], ['val3', { answerable: 26, unanswerable: 11 }], ['val4', { answerable: 30, unanswerable: 16 }], ['val5', { answerable: 30, unanswerable: 16 }], ['val6', { answerable: 30, unanswerable: 16 }], ['val7', { answerable: 30, unanswerable: 16 }], ['val8', { answerable: 30, unanswerable: 16 }], ['val9', { answerable: 30, unanswerable: 14 }], ['val10', { answerable: 30, unanswerable: 14 }], ['val11', { answerable: 30, unanswerable: 14 }], ['val12', { answerable: 30, unanswerable: 14 }], ['val13', { answerable: 30, unanswerable: 14 }], ['blind', { answerable: 30, unanswerable: 12 }]] as const) {
      for (const language of LANGUAGE_CODES) {
        const set = readQualitySet(language, collection);
        expect({ collection, language, set: set.language, enough: set.answerable.length >= least.answerable && set.unanswerable.length >= least.unanswerable }).toEqual({ collection, language, set: language, enough: true });
      }
    }
  });

  it('reaches 90 % top-1 and 90 % no-answer accuracy in every language on the first set', () => {
    for (const row of rows.get('main')!) {
      expect({ language: row.language, top1: row.top1 >= BAR.top1, noAnswer: row.noAnswer >= BAR.noAnswer }).toEqual({ language: row.language, top1: true, noAnswer: true });
    }
  });

  it('does not fall below what the development set measured when the weights were set', () => {
    const dev = pooled(rows.get('dev')!);
    expect(dev.top1).toBeGreaterThanOrEqual(DEV_FLOOR.top1);
    expect(dev.noAnswer).toBeGreaterThanOrEqual(DEV_FLOOR.noAnswer);
  });
});
