import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import { loadSearchableKnowledge } from '../src/search/knowledgeIndex.js';
import { readQualitySet } from '../tests/quality/evaluate.js';
const { index } = await loadSearchableKnowledge('knowledge');
const rows: [string, number, string][] = [];
for (const l of LANGUAGE_CODES) {
  const set = readQualitySet(l);
  for (const a of set.answerable) { const h = await index.search(a.question, l, 3); rows.push(['A' + (h[0]?.passage.id === a.expect ? '+' : '-'), h[0]?.confidence ?? 0, l + ' ' + a.question]); }
  for (const u of set.unanswerable) { const h = await index.search(u, l, 3); rows.push(['U', h[0]?.confidence ?? 0, l + ' ' + u]); }
}
rows.sort((a, b) => a[1] - b[1]);
for (const r of rows) if (r[1] > 0.2 && r[1] < 0.75) console.log(r[0], r[1].toFixed(3), r[2]);
