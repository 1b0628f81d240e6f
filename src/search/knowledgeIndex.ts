// Full-text search over the knowledge base: one Orama database per language
// (a tokenizer is per database), BM25 ranking with field boosts, and a
// confidence in 0..1 of our own, since Orama's scores are unbounded BM25.
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../i18n/languages.js';
import { loadKnowledgeOrThrow, type KnowledgeBase, type Passage } from '../knowledge/load.js';
import { tokenizerFor, type LanguageTokenizer } from './tokenizer.js';

/** Field boosts, tuned on tests/quality: titles and the questions people ask weigh most. */
export const FIELD_BOOSTS = { title: 2, questions: 1.5, synonyms: 1.5, text: 1 } as const;
const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

export interface SearchHit {
  /** The passage in the language the question was asked in. */
  passage: Passage;
  /** How sure we are that this passage answers the question, 0..1. */
  confidence: number;
  /** The language whose index found it (differs from the passage's when a fallback search found it). */
  foundIn: LanguageCode;
}

interface LanguageIndex {
  language: LanguageCode;
  tokenizer: LanguageTokenizer;
  db: AnyOrama;
  /** Each passage's terms (all fields), for the coverage measure. */
  passageTerms: Map<string, Set<string>>;
  /** In how many passages each term occurs. */
  documentFrequency: Map<string, number>;
  passages: Map<string, Passage>;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i += 1;
  if (shorter.length === longer.length) return shorter.slice(i + 1) === longer.slice(i + 1);
  return shorter.slice(i) === longer.slice(i + 1);
}

/** Close enough to count as the same word: a typo, or one letter of inflection. */
function similar(term: string, candidate: string, minimumLength: number): boolean {
  return [...term].length >= minimumLength && [...candidate].length >= minimumLength && editDistanceAtMostOne(term, candidate);
}

/** At or above: the passage is given as the answer. */
export const ANSWER_THRESHOLD = 0.38;
/** Between this and ANSWER_THRESHOLD: offered as "did you mean". */
export const SUGGESTION_THRESHOLD = 0.3;

export interface ScoringOptions {
  /** Power applied to each term's idf in the coverage measure. */
  idfExponent: number;
}

export const DEFAULT_SCORING: ScoringOptions = { idfExponent: 2 };

export class KnowledgeIndex {
  private constructor(
    private readonly indexes: Map<LanguageCode, LanguageIndex>,
    private readonly scoring: ScoringOptions,
  ) {}

  static async build(knowledge: KnowledgeBase, scoring: ScoringOptions = DEFAULT_SCORING): Promise<KnowledgeIndex> {
    const indexes = new Map<LanguageCode, LanguageIndex>();
    for (const language of LANGUAGE_CODES) {
      const tokenizer = tokenizerFor(language);
      const db = create({
        schema: { id: 'string', topic: 'string', title: 'string', text: 'string', questions: 'string', synonyms: 'string' } as const,
        components: { tokenizer },
      });
      const passages = knowledge.passages[language];
      await insertMultiple(
        db,
        passages.map((p) => ({ id: p.id, topic: p.topic, title: p.title, text: p.text, questions: p.questions.join('\n'), synonyms: p.synonyms.join('\n') })),
      );
      const passageTerms = new Map<string, Set<string>>();
      const documentFrequency = new Map<string, number>();
      for (const p of passages) {
        const terms = new Set(tokenizer.terms([p.title, p.text, ...p.questions, ...p.synonyms].join('\n')));
        passageTerms.set(p.id, terms);
        for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      indexes.set(language, {
        language,
        tokenizer,
        db,
        passageTerms,
        documentFrequency,
        passages: new Map(passages.map((p) => [p.id, p])),
      });
    }
    return new KnowledgeIndex(indexes, scoring);
  }

  /**
   * Ranked passages answering `query`, in `language`. When the query's own
   * language finds nothing convincing, the indexes of languages written in
   * another script are tried with the words in that script (a Russian
   * question naming "Xiasha" in Latin letters), and the passage is returned
   * in `language`. Languages sharing the query's script are not tried: which
   * of them the words belong to is the reply language's decision, not search's.
   */
  async search(query: string, language: LanguageCode, limit = 5): Promise<SearchHit[]> {
    const text = typeof query === 'string' ? query.slice(0, 1000) : '';
    const own = await this.searchIn(this.indexes.get(language)!, text, limit);
    if ((own[0]?.confidence ?? 0) >= ANSWER_THRESHOLD) return own;
    let best = own;
    const ownScript = LANGUAGES[language].script;
    for (const other of LANGUAGE_CODES) {
      if (LANGUAGES[other].script === ownScript) continue;
      const words = onlyScriptOf(text, other);
      if (!/[\p{L}\p{N}]/u.test(words)) continue;
      const hits = await this.searchIn(this.indexes.get(other)!, words, limit);
      if ((hits[0]?.confidence ?? 0) > (best[0]?.confidence ?? 0)) {
        best = hits.map((hit) => ({ ...hit, passage: this.indexes.get(language)!.passages.get(hit.passage.id) ?? hit.passage }));
      }
    }
    return best;
  }

  private async searchIn(index: LanguageIndex, query: string, limit: number): Promise<SearchHit[]> {
    const terms = [...new Set(index.tokenizer.terms(query))];
    if (terms.length === 0) return [];
    const total = index.passages.size;
    // BM25 idf raised to a power: a question is about its rarest words, so those dominate coverage.
    const idf = (df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5)) ** this.scoring.idfExponent;
    const rarest = idf(1);
    // Short words differ by one letter too easily in alphabets; syllabaries and abugidas pack more per letter.
    const minimumLength = ['Ethiopic', 'Devanagari'].includes(LANGUAGES[index.language].script) ? 4 : 5;
    // Each query term, with the vocabulary terms that count as it.
    const expanded = terms.map((term) => {
      if (index.documentFrequency.has(term)) return { term, matches: [term], weight: idf(index.documentFrequency.get(term)!) };
      const close = [...index.documentFrequency.keys()].filter((candidate) => similar(term, candidate, minimumLength));
      const df = Math.max(0, ...close.map((c) => index.documentFrequency.get(c) ?? 0));
      return { term, matches: close, weight: close.length > 0 ? idf(df) : rarest };
    });
    const searchTerms = [...new Set(expanded.flatMap((e) => e.matches))];
    if (searchTerms.length === 0) return [];
    const result = await oramaSearch(index.db, {
      term: searchTerms.join(' '),
      properties: FIELDS,
      boost: FIELD_BOOSTS,
      threshold: 1,
      limit: total,
    });
    const maxScore = result.hits[0]?.score ?? 0;
    const totalWeight = expanded.reduce((sum, e) => sum + e.weight, 0);
    const hits = result.hits.map((hit) => {
      const id = (hit.document as { id: string }).id;
      const passageTerms = index.passageTerms.get(id)!;
      let covered = 0;
      for (const e of expanded) {
        if (passageTerms.has(e.term)) covered += e.weight;
        else if (e.matches.some((m) => passageTerms.has(m))) covered += e.weight * 0.8;
      }
      const coverage = totalWeight > 0 ? covered / totalWeight : 0;
      const relative = maxScore > 0 ? hit.score / maxScore : 0;
      return { passage: index.passages.get(id)!, confidence: coverage * (0.75 + 0.25 * relative), foundIn: index.language };
    });
    hits.sort((a, b) => b.confidence - a.confidence);
    return hits.slice(0, limit);
  }
}

/** Loads the knowledge base (throwing on any problem) and builds its index: what the bot needs to answer. */
export async function loadSearchableKnowledge(directory: string): Promise<{ knowledge: KnowledgeBase; index: KnowledgeIndex }> {
  const knowledge = loadKnowledgeOrThrow(directory);
  return { knowledge, index: await KnowledgeIndex.build(knowledge) };
}

/** The words of a text written in the script a language uses (for cross-language fallback). */
function onlyScriptOf(text: string, language: LanguageCode): string {
  const script = LANGUAGES[language].script;
  const pattern = new RegExp(`[^\\p{Script=${script}}\\p{N}\\s'-]+`, 'gu');
  return text.replace(pattern, ' ');
}
