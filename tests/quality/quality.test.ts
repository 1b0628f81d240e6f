// Search quality on questions worded as partners would ask them. Prints the
// language × top-1 / MRR / no-answer table, and holds every language to
// issue #3's bar: 90 % top-1 and 90 % no-answer accuracy (see docs/quality.md).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { knowledgeAndIndex } from '../support/bot.js';
import { evaluateAll, formatTable, type QualityRow } from './evaluate.js';

const BAR = { top1: 0.9, noAnswer: 0.9 };

let rows: QualityRow[];
beforeAll(async () => {
  const { index } = await knowledgeAndIndex();
  rows = await evaluateAll(index);
  process.stdout.write(`\nSearch quality (npm run quality):\n${formatTable(rows)}\n`);
});

describe('search quality', () => {
  it('has at least 12 answerable and 6 unanswerable questions in every language', () => {
    for (const row of rows) {
      expect({ language: row.language, enough: row.answerable >= 12 && row.unanswerable >= 6 }).toEqual({ language: row.language, enough: true });
    }
  });

  it('reaches 90 % top-1 and 90 % no-answer accuracy in every language', () => {
    for (const row of rows) {
      expect({ language: row.language, top1: row.top1 >= BAR.top1, noAnswer: row.noAnswer >= BAR.noAnswer }).toEqual({ language: row.language, top1: true, noAnswer: true });
    }
  });
});
