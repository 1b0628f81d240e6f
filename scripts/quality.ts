// `npm run quality`: prints the search quality table. Options:
//   --set=main|dev|dev2|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|val|dev3|val3|val4|val5|val6|val7|val8|val9|val10|val11|val12|val13|blind  which questions: the first set (default), the development sets, the
//                         validation sets (accept or reject a change by their totals), or the blind set;
//   --subset=original|added|heldout  within the first set, one group only (default: all);
//   --failures  lists each miss (refused for the validation and blind sets: looking at their misses would make tuning see them);
//   --generated=N  adds N generated passages a language (the bench's generator) to the knowledge: quality at scale.
import { loadConfig } from '../src/config.js';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import { loadKnowledgeOrThrow, type KnowledgeBase } from '../src/knowledge/load.js';
import { KnowledgeIndex } from '../src/search/knowledgeIndex.js';
import { generateKnowledge, loadGenerated } from './bench/generateKnowledge.js';
import { QUALITY_COLLECTIONS, UNINSPECTED_COLLECTIONS, evaluateAll, formatPooled, formatTable, type QualityCollection, type QualitySubset } from '../tests/quality/evaluate.js';

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
if (listFailures && (UNINSPECTED_COLLECTIONS as readonly string[]).includes(collection)) {
  console.error(`The ${collection === 'blind' ? 'blind' : 'validation'} set is measured, never inspected: --failures is not offered for it (docs/quality.md).`);
  process.exit(2);
}

const generated = Number(option('generated', '0'));
if (!Number.isInteger(generated) || generated < 0) {
  console.error(`--generated=${option('generated', '')} is not a number of passages.`);
  process.exit(2);
}

let knowledge: KnowledgeBase = loadKnowledgeOrThrow(loadConfig().KNOWLEDGE_DIR);
if (generated > 0) {
  // Written and loaded as the bench does, so the generated passages pass the same checks as real ones.
  const real = knowledge;
  const extra = loadGenerated(generateKnowledge(real, { passages: generated }));
  knowledge = { documents: [...real.documents, ...extra.documents], passages: Object.fromEntries(LANGUAGE_CODES.map((language) => [language, [...real.passages[language], ...extra.passages[language]]])) as KnowledgeBase['passages'] };
  console.log(`The knowledge plus ${generated} generated passages a language.\n`);
}
const index = await KnowledgeIndex.build(knowledge);
const rows = await evaluateAll(index, subset as QualitySubset, collection as QualityCollection);
console.log(formatTable(rows));
console.log(`\n${formatPooled(rows)}`);
if (listFailures) for (const row of rows) for (const failure of row.failures) console.log(`${row.language}: ${failure}`);
