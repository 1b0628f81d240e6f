// `npm run quality`: prints the search quality table (and, with --failures, each miss).
import { loadConfig } from '../src/config.js';
import { loadSearchableKnowledge } from '../src/search/knowledgeIndex.js';
import { evaluateAll, formatTable } from '../tests/quality/evaluate.js';

const { index } = await loadSearchableKnowledge(loadConfig().KNOWLEDGE_DIR);
const rows = await evaluateAll(index);
console.log(formatTable(rows));
if (process.argv.includes('--failures')) for (const row of rows) for (const failure of row.failures) console.log(`${row.language}: ${failure}`);
