// Generates a large knowledge base in the knowledge/ format for the scale
// benchmark. Its text reads like real text once stop words are removed: a
// vocabulary that grows with the corpus (Heaps' law), word frequencies that
// fall off with rank (Zipf's law), real words spread among made-up words of
// the same script, so a question matches about as many passages as it would
// in a real knowledge base of that size, not most of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { LANGUAGE_CODES, type LanguageCode } from '../../src/i18n/languages.js';
import { loadKnowledgeOrThrow, type KnowledgeBase, type Passage } from '../../src/knowledge/load.js';
import { ANSWER_TYPES, TOPICS, type DocumentFile } from '../../src/knowledge/schema.js';
import { tokenizerFor } from '../../src/search/tokenizer.js';

/** A small fast seeded generator (mulberry32): the same seed gives the same knowledge base. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Languages written without spaces between words. */
const UNSPACED: ReadonlySet<LanguageCode> = new Set(['zh']);

/**
 * Scripts whose graphemes are already syllables (Ethiopic) or consonant
 * clusters with their vowel (Devanagari): a made-up word's pieces are 1–2 of
 * them rather than 2–4 letters.
 */
const SYLLABIC: ReadonlySet<LanguageCode> = new Set(['am', 'hi']);

const HAN = /^\p{Script=Han}+$/u;

/** The scripts of the supported languages: a made-up word takes its pieces from words wholly in its language's own script. */
const SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Devanagari', 'Ethiopic', 'Han'].map((name) => new RegExp(`^(?:\\p{Script=${name}}|\\p{M})+$`, 'u'));

/** Words per part of a generated passage, [fewest, most]; stop words are left out, so these are content words. */
const SHAPE = {
  documentTitle: [3, 6],
  title: [2, 5],
  firstSentence: [12, 24],
  secondSentence: [8, 16],
  questions: [2, 4],
  questionWords: [4, 9],
  synonyms: [0, 3],
} as const satisfies Record<string, readonly [number, number]>;

const average = ([low, high]: readonly [number, number]) => (low + high) / 2;
/** About 55 content words a passage, as the real passages have (title, text, questions and synonyms). */
const WORDS_PER_PASSAGE = average(SHAPE.title) + average(SHAPE.firstSentence) + average(SHAPE.secondSentence) + average(SHAPE.questions) * average(SHAPE.questionWords) + average(SHAPE.synonyms);

/**
 * Ranks above a language's first content word: the most frequent words of
 * real text are stop words (about the first hundred), and the index drops
 * them. Content words follow Zipf's law from there on, 1 / (rank + this), so
 * the commonest content word is in some passages, not in all of them.
 */
const STOP_WORD_RANKS = 100;

/**
 * How often a passage's title, questions and synonyms reuse a word of its own
 * text: a passage is about something, and its title says what.
 */
const REUSE_OF_TEXT_WORDS = 0.5;

/** Every word of a language's passages (titles, texts, questions, synonyms), with repeats, so frequent words stay frequent. */
export function wordPool(knowledge: KnowledgeBase, language: LanguageCode): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const words: string[] = [];
  for (const p of knowledge.passages[language]) {
    for (const text of [p.title, p.text, ...p.questions, ...p.synonyms]) {
      for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
    }
  }
  return words;
}

/** Whether the search would drop `word` as a stop word (or chatter). */
function isStopWord(word: string, language: LanguageCode): boolean {
  return tokenizerFor(language).terms(word).length === 0;
}

/** Draws ranks 0…size-1 with a probability proportional to 1 / (rank + 1 + skipped)^exponent: Zipf's law past the `skipped` top ranks. */
function zipfSampler(size: number, random: () => number, exponent: number, skipped: number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) cumulative[rank] = total += 1 / (rank + 1 + skipped) ** exponent;
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/**
 * A maker of new words that look like the language's own: pieces cut from
 * its real words (a beginning, sometimes a middle, an end) put together; for
 * Chinese, two of its real characters.
 */
function wordMaker(realWords: readonly string[], language: LanguageCode, random: () => number): (failures: number) => string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // The words of the language's own script (most of its words), not the Latin names among them.
  const sources = SCRIPTS.map((script) => realWords.filter((word) => script.test(word))).reduce((most, words) => (words.length > most.length ? words : most));
  if (UNSPACED.has(language)) {
    const characters = [...new Set(sources.flatMap((w) => [...w]))].filter((c) => !isStopWord(c, language));
    return (failures) => Array.from({ length: failures > 1000 ? 3 : 2 }, () => pick(characters)).join('');
  }
  const graphemes = new Intl.Segmenter(language, { granularity: 'grapheme' });
  const [shortest, longest] = SYLLABIC.has(language) ? [1, 2] : [2, 4];
  const beginnings: string[] = [];
  const middles: string[] = [];
  const endings: string[] = [];
  for (const word of sources) {
    const letters = Array.from(graphemes.segment(word.toLocaleLowerCase(language)), (g) => g.segment);
    if (letters.length < 2 * shortest + 1) continue;
    for (let length = shortest; length <= longest && length < letters.length; length += 1) {
      beginnings.push(letters.slice(0, length).join(''));
      endings.push(letters.slice(-length).join(''));
      for (let start = 1; start + length < letters.length; start += 1) middles.push(letters.slice(start, start + length).join(''));
    }
  }
  // Two or three pieces; more when the short combinations run out (after many failures to make a new word).
  return (failures) => {
    const inner = random() < 0.4 || failures > 1000 ? 1 + Math.floor(failures / 2000) : 0;
    return [pick(beginnings), ...Array.from({ length: inner }, () => pick(middles)), pick(endings)].join('');
  };
}

/**
 * A language's vocabulary, most frequent first, `size` words: its real
 * content words, and made-up ones each with search terms no other word has
 * (each adds to the index's vocabulary). The real
 * words keep their order of frequency but are spread over the ranks (one in
 * each stretch of size / real words ranks), as a small text's words are among
 * a large corpus's: some common, most not.
 */
function vocabulary(realWords: readonly string[], size: number, language: LanguageCode, random: () => number): string[] {
  const tokenizer = tokenizerFor(language);
  const frequency = new Map<string, number>();
  for (const word of realWords) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const real = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)!);
  const ranked: (string | undefined)[] = new Array<string | undefined>(Math.max(size, real.length));
  const stretch = ranked.length / real.length;
  real.forEach((word, i) => (ranked[Math.min(ranked.length - 1, Math.floor((i + random()) * stretch))] = word));
  const taken = new Set(real.map((word) => tokenizer.terms(word).join(' ')));
  const makeWord = wordMaker(real, language, random);
  let failures = 0;
  for (let rank = 0; rank < ranked.length; rank += 1) {
    while (ranked[rank] === undefined) {
      const word = makeWord(failures);
      const key = tokenizer.terms(word).join(' ');
      if (key === '' || taken.has(key)) {
        failures += 1;
        continue;
      }
      failures = 0;
      taken.add(key);
      ranked[rank] = word;
    }
  }
  return ranked as string[];
}

export interface GenerateOptions {
  /** Passages per language. */
  passages: number;
  /** Passages per document folder (the loader checks each document's languages against its English file). */
  perDocument?: number;
  seed?: number;
  /** Zipf exponent of the word frequencies (about 1 in real text). */
  zipfExponent?: number;
}

/**
 * A knowledge base of `passages` passages in each language, as the files
 * `<document id>/<language>.yaml` would hold it. Passage ids and topics are
 * shared by the languages, as the loader requires. Each language's words are
 * drawn by Zipf's law from a vocabulary of its real content words and made-up
 * ones, sized by Heaps' law (distinct words ≈ K·√words, K fitted on the real
 * passages), with no stop words: dense content, as the index sees real text.
 */
export function generateKnowledge(real: KnowledgeBase, { passages, perDocument = 100, seed = 9, zipfExponent = 1 }: GenerateOptions): Map<string, Map<LanguageCode, DocumentFile>> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = ([low, high]: readonly [number, number]) => low + Math.floor(random() * (high - low + 1));
  const documentCount = Math.ceil(passages / perDocument);
  const expectedWords = passages * WORDS_PER_PASSAGE + documentCount * average(SHAPE.documentTitle);
  const draws = new Map<LanguageCode, () => string>();
  for (const language of LANGUAGE_CODES) {
    const realWords = wordPool(real, language).filter((word) => !isStopWord(word, language));
    const heapsK = new Set(realWords).size / Math.sqrt(realWords.length);
    const words = vocabulary(realWords, Math.round(heapsK * Math.sqrt(expectedWords)), language, random);
    const rank = zipfSampler(words.length, random, zipfExponent, STOP_WORD_RANKS);
    draws.set(language, () => words[rank()]!);
  }

  const joinWords = (language: LanguageCode, words: readonly string[]): string => {
    if (!UNSPACED.has(language)) return words.join(' ');
    // Chinese words run together, but a Latin word or a number keeps its spaces.
    return words.reduce((text, word, i) => (i > 0 && !(HAN.test(word) && HAN.test(words[i - 1]!)) ? `${text} ${word}` : text + word), '');
  };
  const sentence = (language: LanguageCode, words: readonly string[]): string => {
    const text = joinWords(language, words);
    return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
  };
  const draw = (language: LanguageCode, range: readonly [number, number], reuse: readonly string[] = []): string[] => {
    const next = draws.get(language)!;
    return Array.from({ length: between(range) }, () => (reuse.length > 0 && random() < REUSE_OF_TEXT_WORDS ? pick(reuse) : next()));
  };

  const documents = new Map<string, Map<LanguageCode, DocumentFile>>();
  const width = String(passages).length;
  for (let first = 0; first < passages; first += perDocument) {
    const documentId = `generated-${String(first / perDocument + 1).padStart(4, '0')}`;
    const count = Math.min(perDocument, passages - first);
    const skeleton = Array.from({ length: count }, (_, i) => ({ id: `passage-${String(first + i + 1).padStart(width, '0')}`, topic: pick(TOPICS), answers: [pick(ANSWER_TYPES)] }));
    const files = new Map<LanguageCode, DocumentFile>();
    for (const language of LANGUAGE_CODES) {
      files.set(language, {
        document: { id: documentId, language, title: sentence(language, draw(language, SHAPE.documentTitle)) },
        passages: skeleton.map(({ id, topic, answers }) => {
          const opening = draw(language, SHAPE.firstSentence);
          const closing = draw(language, SHAPE.secondSentence);
          const own = [...opening, ...closing];
          return {
            id,
            topic,
            // The kinds of question a passage answers live in the original's (English) file only.
            ...(language === 'en' ? { answers } : {}),
            title: sentence(language, draw(language, SHAPE.title, own)),
            text: `${sentence(language, opening)}. ${sentence(language, closing)}.`,
            questions: Array.from({ length: between(SHAPE.questions) }, () => `${sentence(language, draw(language, SHAPE.questionWords, own))}?`),
            synonyms: draw(language, SHAPE.synonyms, own),
          };
        }),
      });
    }
    documents.set(documentId, files);
  }
  return documents;
}

/**
 * For each question, how many passages hold at least one of its terms (in
 * their title, text, questions or synonyms, as the index reads them): the
 * share of the base a search has to consider. Also the number of distinct
 * terms of the passages, the size of the index's vocabulary.
 */
export function questionReach(passages: readonly Passage[], questions: readonly string[], language: LanguageCode): { distinctTerms: number; passagesMatched: number[] } {
  const tokenizer = tokenizerFor(language);
  const postings = new Map<string, number[]>();
  passages.forEach((p, i) => {
    for (const term of new Set(tokenizer.terms([p.title, p.text, ...p.questions, ...p.synonyms].join('\n')))) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const passagesMatched = questions.map((question) => {
    const matched = new Uint8Array(passages.length);
    let count = 0;
    for (const term of new Set(tokenizer.terms(question))) {
      for (const i of postings.get(term) ?? []) if (!matched[i]) count += matched[i] = 1;
    }
    return count;
  });
  return { distinctTerms: postings.size, passagesMatched };
}

/** A generated knowledge base as the loader reads it back from its files (written to a temporary folder, then removed). */
export function loadGenerated(documents: Map<string, Map<LanguageCode, DocumentFile>>): KnowledgeBase {
  const directory = mkdtempSync(join(tmpdir(), 'brics-generated-knowledge-'));
  try {
    writeKnowledge(directory, documents);
    return loadKnowledgeOrThrow(directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Writes a generated knowledge base under `root` (one folder per document, one YAML file per language). */
export function writeKnowledge(root: string, documents: Map<string, Map<LanguageCode, DocumentFile>>): void {
  for (const [id, files] of documents) {
    const dir = join(root, id);
    mkdirSync(dir, { recursive: true });
    for (const [language, file] of files) writeFileSync(join(dir, `${language}.yaml`), stringify(file, { lineWidth: 0 }));
  }
}
