// Generates a large knowledge base in the knowledge/ format for the scale
// benchmark: the real passages' words, recombined by a seeded generator, so
// the tokenizers and stemmers see realistic words in every language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { LANGUAGE_CODES, type LanguageCode } from '../../src/i18n/languages.js';
import type { KnowledgeBase } from '../../src/knowledge/load.js';
import { ANSWER_TYPES, TOPICS, type DocumentFile } from '../../src/knowledge/schema.js';

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

/** Every word of a language's real passages (titles, texts, questions, synonyms), with repeats, so frequent words stay frequent. */
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

export interface GenerateOptions {
  /** Passages per language. */
  passages: number;
  /** Passages per document folder (the loader checks each document's languages against its English file). */
  perDocument?: number;
  seed?: number;
}

/**
 * A knowledge base of `passages` passages in each language, as the files
 * `<document id>/<language>.yaml` would hold it. Passage ids and topics are
 * shared by the languages, as the loader requires; the words of each language
 * are drawn from its own real passages.
 */
export function generateKnowledge(real: KnowledgeBase, { passages, perDocument = 100, seed = 9 }: GenerateOptions): Map<string, Map<LanguageCode, DocumentFile>> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pools = new Map(LANGUAGE_CODES.map((code) => [code, wordPool(real, code)]));
  const sentence = (language: LanguageCode, low: number, high: number) => {
    const pool = pools.get(language)!;
    const words = Array.from({ length: between(low, high) }, () => pick(pool));
    return words.join(UNSPACED.has(language) ? '' : ' ');
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
        document: { id: documentId, language, title: sentence(language, 3, 6) },
        passages: skeleton.map(({ id, topic, answers }) => ({
          id,
          topic,
          // The kinds of question a passage answers live in the original's (English) file only.
          ...(language === 'en' ? { answers } : {}),
          title: sentence(language, 2, 5),
          text: `${sentence(language, 12, 24)}. ${sentence(language, 8, 16)}.`,
          questions: Array.from({ length: between(2, 4) }, () => `${sentence(language, 4, 9)}?`),
          synonyms: Array.from({ length: between(0, 3) }, () => pick(pools.get(language)!)),
        })),
      });
    }
    documents.set(documentId, files);
  }
  return documents;
}

/** Writes a generated knowledge base under `root` (one folder per document, one YAML file per language). */
export function writeKnowledge(root: string, documents: Map<string, Map<LanguageCode, DocumentFile>>): void {
  for (const [id, files] of documents) {
    const dir = join(root, id);
    mkdirSync(dir, { recursive: true });
    for (const [language, file] of files) writeFileSync(join(dir, `${language}.yaml`), stringify(file, { lineWidth: 0 }));
  }
}
