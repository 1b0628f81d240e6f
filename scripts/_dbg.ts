import { readFileSync } from 'node:fs';
import { loadSearchableKnowledge } from '../src/search/knowledgeIndex.js';
import { tokenizerFor } from '../src/search/tokenizer.js';
const { index } = await loadSearchableKnowledge('knowledge');
for (const line of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const [lng, query] = line.split('\t') as [string, string];
  const idx = (index as any).indexes.get(lng);
  const terms = [...new Set(tokenizerFor(lng as any).terms(query))];
  console.log(`## ${lng} ${query}\n  terms ${terms.map((t) => `${t}:${idx.documentFrequency.get(t) ?? '-'}`).join(' ')}`);
  const hits = await index.search(query, lng as any, 3);
  for (const h of hits) console.log('  ', h.passage.id, h.confidence.toFixed(3), h.foundIn, [...idx.passageTerms.get(h.passage.id)].filter((t: string) => terms.includes(t)).join(','));
}
