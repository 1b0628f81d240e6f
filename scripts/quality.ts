// `npm run quality`: prints the search quality table. Options: --failures lists
// each miss; --subset=original|added|heldout measures only the first question
// set, the questions added before tuning, or those held out until after it (default: all).
import { loadConfig } from '../src/config.js';
import { loadSearchableKnowledge } from '../src/search/knowledgeIndex.js';
import { evaluateAll, formatTable, type QualitySubset } from '../tests/quality/evaluate.js';

const subsetArgument = process.argv.find((argument) => argument.startsWith('--subset='))?.slice('--subset='.length) ?? 'all';
if (!['all', 'original', 'added', 'heldout'].includes(subsetArgument)) {
  console.error(`Unknown --subset=${subsetArgument}: use all, original, added or heldout.`);
  process.exit(2);
}
const subset = subsetArgument as QualitySubset;

const { index } = await loadSearchableKnowledge(loadConfig().KNOWLEDGE_DIR);
const rows = await evaluateAll(index, subset);
console.log(formatTable(rows));
if (process.argv.includes('--failures')) for (const row of rows) for (const failure of row.failures) console.log(`${row.language}: ${failure}`);
