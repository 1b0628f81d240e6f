// `npm run knowledge:check [folder]`: validates the knowledge base and prints
// `file:line: problem` for each problem; exits 1 when there is any.
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { LANGUAGE_CODES } from '../i18n/languages.js';
import { formatProblem, loadKnowledge } from './load.js';

const folder = process.argv[2] ? resolve(process.argv[2]) : loadConfig().KNOWLEDGE_DIR;
const { knowledge, problems } = loadKnowledge(folder);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in ${folder}`);
  process.exit(1);
}
const counts = LANGUAGE_CODES.map((code) => `${code} ${knowledge.passages[code].length}`).join(', ');
console.log(`Knowledge OK: ${knowledge.documents.length} document(s); passages per language: ${counts}`);
