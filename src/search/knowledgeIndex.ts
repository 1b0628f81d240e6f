// Full-text search over the knowledge base: one Orama database per language
// (a tokenizer is per database), BM25 ranking with field boosts, and a
// confidence in 0..1 of our own, since Orama's scores are unbounded BM25.
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import { LANGUAGE_CODES, LANGUAGES, type Language, type LanguageCode } from '../i18n/languages.js';
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
  /** The language whose index matched most of it (another than the passage's when the question's words in another script did). */
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

/**
 * One letter added or dropped at either end: the commonest inflection and
 * clitic difference a stemmer leaves ("کاناله"/"کانال", "لبريكس"/"بريكس",
 * "hlolwa"/"hlola" is not one, but "mpahla"/"pahla" is).
 */
function affixVariant(a: string, b: string, minimumLength: number): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length !== 1 || [...shorter].length < minimumLength) return false;
  return longer.startsWith(shorter) || longer.endsWith(shorter);
}

/**
 * A typo: one letter substituted, inserted, dropped or two neighbours
 * swapped. Only for long words, where one letter rarely makes another word
 * (in short ones it does: "फ़ोन"/"ज़ोन", "badan"/"bahan", "impost"/"import").
 */
function typoVariant(a: string, b: string, minimumLength: number): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (Math.min(x.length, y.length) < minimumLength || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  const tail = (s: string[], from: number) => s.slice(from).join('');
  if (x.length === y.length) {
    if (tail(x, i + 1) === tail(y, i + 1)) return true; // substitution
    return x[i] === y[i + 1] && x[i + 1] === y[i] && tail(x, i + 2) === tail(y, i + 2); // transposition
  }
  return x.length < y.length ? tail(x, i) === tail(y, i + 1) : tail(x, i + 1) === tail(y, i);
}

/** Length of the common ending of two words, in characters. */
function commonSuffixLength(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n += 1;
  return n;
}

/** Languages that write compounds as one word: a compound is matched by its head (the last part). */
const COMPOUNDING: ReadonlySet<LanguageCode> = new Set(['af']);
/** The shortest shared head that counts ("spoorstasie" of "snelspoorstasie" and "hoëspoedspoorstasie"). */
const MINIMUM_COMPOUND_HEAD = 6;

/** How strongly a vocabulary term stands for a query term it is not identical to. */
const VARIANT_STRENGTH = 0.8;

/**
 * At or above: the passage is given as the answer. Set in the gap between the
 * unanswerable and the answerable questions of tests/quality (docs/quality.md):
 * a question half of whose weight the knowledge does not know stays below it.
 */
export const ANSWER_THRESHOLD = 0.485;
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
   * Ranked passages answering `query`, in `language`. Words written in
   * another script than the language's, and unknown to its index, are looked
   * up in the index of a language written in that script (a Russian question
   * naming "Xiasha" in Latin letters, an English question asked in a Chinese
   * conversation), and count towards the same confidence as the rest of the
   * question; the passage is returned in `language`. Words in the language's
   * own script are only looked up in its own index: which of the languages
   * sharing a script they belong to is the reply language's decision.
   */
  async search(query: string, language: LanguageCode, limit = 5): Promise<SearchHit[]> {
    const text = typeof query === 'string' ? query.slice(0, 1000) : '';
    const own = this.indexes.get(language)!;
    const { ownText, foreign } = this.splitByScript(text, own);
    const terms = this.resolve(own, own.tokenizer.terms(ownText));
    for (const [script, words] of foreign) {
      // The language of that script whose index knows most of the words.
      let best: { index: LanguageIndex; terms: string[]; known: number } | null = null;
      for (const other of LANGUAGE_CODES) {
        if (LANGUAGES[other].script !== script) continue;
        const index = this.indexes.get(other)!;
        const otherTerms = [...new Set(index.tokenizer.terms(words))];
        const known = otherTerms.filter((term) => index.documentFrequency.has(term)).length;
        if (!best || known > best.known) best = { index, terms: otherTerms, known };
      }
      if (best) terms.push(...this.resolve(best.index, best.terms));
    }
    return this.rank(own, terms, limit);
  }

  /** Separates the words of `text` that the language's own index should read from those another script's index should. */
  private splitByScript(text: string, own: LanguageIndex): { ownText: string; foreign: Map<Script, string> } {
    const ownScript = LANGUAGES[own.language].script;
    const foreign = new Map<Script, string>();
    let ownText = '';
    for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
      const script = isWordLike ? scriptOf(segment) : null;
      const knownHere = () => own.tokenizer.terms(segment).every((term) => own.documentFrequency.has(term));
      if (script === null || script === ownScript || knownHere()) {
        ownText += segment;
      } else {
        ownText += ' ';
        foreign.set(script, `${foreign.get(script) ?? ''} ${segment}`);
      }
    }
    return { ownText, foreign };
  }

  /** Each query term with its weight and the passages of `index` that contain it or a variant of it. */
  private resolve(index: LanguageIndex, queryTerms: string[]): QueryTerm[] {
    queryTerms = joinSplitWords(index, queryTerms);
    const total = index.passages.size;
    // BM25 idf raised to a power: a question is about its rarest words, so those dominate coverage.
    const idf = (df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5)) ** this.scoring.idfExponent;
    const rarest = idf(1);
    // Syllabaries and abugidas pack more into a character than alphabets do.
    const dense = ['Ethiopic', 'Devanagari'].includes(LANGUAGES[index.language].script);
    const affixMinimum = dense ? 3 : 4;
    const typoMinimum = dense ? 5 : 7;
    const compounding = COMPOUNDING.has(index.language);
    return [...new Set(queryTerms)].map((term) => {
      const strength = new Map<string, number>();
      const addPassagesWith = (vocabulary: string[], value: number) => {
        for (const [id, terms] of index.passageTerms) {
          if (vocabulary.some((v) => terms.has(v))) strength.set(id, Math.max(strength.get(id) ?? 0, value));
        }
      };
      const df = index.documentFrequency.get(term);
      if (df !== undefined) {
        // A stemmer can cut a word's forms differently ("Цяньтан"/"Цяньтану"), so its
        // one-letter variants count too, and the word weighs as common as its commonest form.
        const forms = [...index.documentFrequency.keys()].filter((candidate) => candidate !== term && affixVariant(term, candidate, affixMinimum + 1));
        addPassagesWith(forms, VARIANT_STRENGTH);
        addPassagesWith([term], 1);
        const commonest = Math.max(df, ...forms.map((v) => index.documentFrequency.get(v)!));
        return { index, weight: idf(commonest), strength, vocabulary: [term, ...forms] };
      }
      const variants = [...index.documentFrequency.keys()].filter(
        (candidate) =>
          affixVariant(term, candidate, affixMinimum) ||
          typoVariant(term, candidate, typoMinimum) ||
          (compounding && commonSuffixLength(term, candidate) >= MINIMUM_COMPOUND_HEAD),
      );
      if (variants.length === 0) {
        // A Han word or bigram the knowledge lacks (每年, 邮箱) is already counted
        // through its characters, which are terms of their own.
        return { index, weight: HAN_WORD.test(term) ? 0 : rarest, strength, vocabulary: [] };
      }
      addPassagesWith(variants, VARIANT_STRENGTH);
      return { index, weight: idf(Math.max(...variants.map((v) => index.documentFrequency.get(v)!))), strength, vocabulary: variants };
    });
  }

  /**
   * Confidence per passage: the weighted share of the query's terms it
   * contains (coverage), scaled by its BM25 score relative to the best one.
   */
  private async rank(own: LanguageIndex, terms: QueryTerm[], limit: number): Promise<SearchHit[]> {
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
    if (terms.length === 0 || totalWeight <= 0) return [];
    // BM25 from each index the terms were read in, relative to its best passage, mixed by the terms' weight there.
    const relative = new Map<string, number>();
    const groups = new Map<LanguageIndex, QueryTerm[]>();
    for (const term of terms) groups.set(term.index, [...(groups.get(term.index) ?? []), term]);
    for (const [index, group] of groups) {
      const vocabulary = [...new Set(group.flatMap((t) => t.vocabulary))];
      if (vocabulary.length === 0) continue;
      const share = group.reduce((sum, t) => sum + t.weight, 0) / totalWeight;
      const result = await oramaSearch(index.db, { term: vocabulary.join(' '), properties: FIELDS, boost: FIELD_BOOSTS, threshold: 1, limit: index.passages.size });
      const best = result.hits[0]?.score ?? 0;
      if (best <= 0) continue;
      for (const hit of result.hits) {
        const id = (hit.document as { id: string }).id;
        relative.set(id, (relative.get(id) ?? 0) + share * (hit.score / best));
      }
    }
    const hits: SearchHit[] = [];
    for (const [id, passage] of own.passages) {
      const covered = new Map<LanguageIndex, number>();
      for (const term of terms) {
        const s = term.strength.get(id);
        if (s) covered.set(term.index, (covered.get(term.index) ?? 0) + term.weight * s);
      }
      const sum = [...covered.values()].reduce((a, b) => a + b, 0);
      if (sum <= 0) continue;
      const foundIn = [...covered.entries()].sort((a, b) => b[1] - a[1])[0]![0].language;
      const coverage = sum / totalWeight;
      hits.push({ passage, confidence: coverage * (0.75 + 0.25 * (relative.get(id) ?? 0)), foundIn });
    }
    hits.sort((a, b) => b.confidence - a.confidence);
    return hits.slice(0, limit);
  }
}

type Script = Language['script'];

/**
 * Two neighbouring terms the index knows better as one word than apart:
 * people split or join words differently ("چیان تانگ" for
 * "چیان‌تانگ", "sea port" for "seaport", "Jiang Hai" for "Jianghai").
 */
function joinSplitWords(index: LanguageIndex, terms: string[]): string[] {
  const df = (term: string) => index.documentFrequency.get(term) ?? 0;
  const result: string[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    const next = terms[i + 1];
    if (next !== undefined && df(terms[i]! + next) > Math.max(df(terms[i]!), df(next))) {
      result.push(terms[i]! + next);
      i += 1;
    } else result.push(terms[i]!);
  }
  return result;
}

interface QueryTerm {
  /** The index the term was read in. */
  index: LanguageIndex;
  /** Its share of the question: BM25 idf raised to a power; a word the knowledge lacks weighs as the rarest. */
  weight: number;
  /** Passage id → how much of the term it holds (1 the term itself, less a variant of it). */
  strength: Map<string, number>;
  /** The index's own terms standing for it, handed to Orama for BM25 ranking. */
  vocabulary: string[];
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const SCRIPTS: readonly Script[] = ['Latin', 'Han', 'Cyrillic', 'Devanagari', 'Arabic', 'Ethiopic'];
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** The script a word is written in, among those the supported languages use (null for digits and others). */
function scriptOf(word: string): Script | null {
  for (const [script, pattern] of SCRIPT_PATTERNS) if (pattern.test(word)) return script;
  return null;
}

/** Loads the knowledge base (throwing on any problem) and builds its index: what the bot needs to answer. */
export async function loadSearchableKnowledge(directory: string): Promise<{ knowledge: KnowledgeBase; index: KnowledgeIndex }> {
  const knowledge = loadKnowledgeOrThrow(directory);
  return { knowledge, index: await KnowledgeIndex.build(knowledge) };
}
