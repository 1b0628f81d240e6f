// `npm run quality`: prints the search quality table. Options:
//   --set=main|dev|blind  which questions: the first set (default), the development set, or the blind set;
//   --subset=original|added|heldout  within the first set, one group only (default: all);
//   --failures  lists each miss (refused for the blind set: looking at its misses would make tuning see it).
import { loadConfig } from '../src/config.js';
import { loadSearchableKnowledge } from '../src/search/knowledgeIndex.js';
import { QUALITY_COLLECTIONS, evaluateAll, formatPooled, formatTable, type QualityCollection, type QualitySubset } from '../tests/quality/evaluate.js';

const option = (name: string, fallback: string) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const subset = option('subset', 'all');
const collection = option('set', 'main');
if (!['all', 'original', 'added', 'heldout'].includes(subset)) {
  console.error(`Unknown --subset=${subset}: use all, original, added or heldout.`);
  process.exit(2);
}
if (!(QUALITY_COLLECTIONS as readonly string[]).includes(collection)) {
  console.error(`Unknown --set=${collection}: use ${QUALITY_COLLECTIONS.join(', ')}.`);
  process.exit(2);
}
const listFailures = process.argv.includes('--failures');
if (listFailures && collection === 'blind') {
  console.error('The blind set is measured, never inspected: --failures is not offered for it (docs/quality.md).');
  process.exit(2);
}

const { index } = await loadSearchableKnowledge(loadConfig().KNOWLEDGE_DIR);
const rows = await evaluateAll(index, subset as QualitySubset, collection as QualityCollection);
console.log(formatTable(rows));
console.log(`\n${formatPooled(rows)}`);
if (listFailures) for (const row of rows) for (const failure of row.failures) console.log(`${row.language}: ${failure}`);
