// The checked knowledge and what the index derives from it, kept on disk between
// starts: reading them back skips the YAML parsing, the schema checks, the
// tokenizing and Orama's counting (most of the start-up after the imports).
// The file is keyed by a fingerprint of the knowledge's files, the running code
// and the Node version (its ICU segments words); anything else (a missing,
// stale, damaged or unwritable cache) means building as without one.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageCode } from '../i18n/languages.js';
import type { KnowledgeBase, Passage, SourceDocument } from '../knowledge/load.js';
import type { LanguageTerms } from './knowledgeIndex.js';

/** Bumped when the file's layout changes (the code fingerprint covers what the layout holds). */
const FORMAT = 1;
export const KNOWLEDGE_CACHE_FILE = 'knowledge-cache.json';

/** Put in place by the build (esbuild `define`); absent under tsx and jest. */
declare const __BUNDLE__: object | undefined;

/**
 * The folder of the running code: src/ under tsx and jest; once built, dist/,
 * where the bundle keeps every file it is made of (its entry and main.js).
 */
const CODE_DIR = typeof __BUNDLE__ === 'undefined' ? join(dirname(fileURLToPath(import.meta.url)), '..') : dirname(fileURLToPath(import.meta.url));

export interface CachedKnowledge {
  knowledge: KnowledgeBase;
  terms: Map<LanguageCode, LanguageTerms>;
}

/** Every file under `dir` (sorted, recursively) whose name `keep` accepts, its relative path and bytes into `hash`. */
function hashFiles(hash: ReturnType<typeof createHash>, dir: string, keep: (name: string) => boolean, prefix = ''): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashFiles(hash, path, keep, `${prefix}${entry.name}/`);
    else if (entry.isFile() && keep(entry.name)) {
      const bytes = readFileSync(path);
      hash.update(`${prefix}${entry.name}\0${bytes.length}\0`).update(bytes);
    }
  }
}

let codeVersion: string | undefined;

/**
 * A hash of the running code (the bundle, which holds the packages it was built
 * with, or the sources) and the packages' lockfile: a change to either
 * invalidates the cache. Source maps are left out: they change no behaviour.
 */
function currentCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  hashFiles(hash, CODE_DIR, (name) => /\.(js|mjs|ts)$/.test(name) && !name.endsWith('.d.ts'));
  try {
    hash.update(readFileSync(join(CODE_DIR, '..', 'package-lock.json')));
  } catch {
    // No lockfile beside the code: the code alone names the version.
  }
  return (codeVersion = hash.digest('hex'));
}

/**
 * What the cache is keyed by: the knowledge folder's files (names and bytes),
 * the code, the Node version and its ICU (word segmentation), the layout.
 * Throws when the folder cannot be read (the loader then says why).
 */
export function knowledgeFingerprint(knowledgeDir: string): string {
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT}\0node ${process.versions.node}\0icu ${process.versions.icu ?? ''}\0code ${currentCodeVersion()}\0`);
  hashFiles(hash, knowledgeDir, () => true);
  return hash.digest('hex');
}

interface Header {
  format: number;
  fingerprint: string;
  /** sha256 of the body: a file changed by hand or cut short is not read. */
  checksum: string;
}

/** Passages refer to their document by its number in `documents` (each language's document once, as the loader shares it). */
interface Body {
  documents: SourceDocument[];
  languageDocuments: Partial<Record<LanguageCode, SourceDocument[]>>;
  passages: Record<LanguageCode, Array<Omit<Passage, 'document'> & { document: number }>>;
  terms: Array<[LanguageCode, LanguageTerms]>;
}

/** The cached knowledge and terms for `fingerprint`, or null when there is none that matches (or it cannot be read). */
export function readKnowledgeCache(cacheDir: string, fingerprint: string): CachedKnowledge | null {
  let text: string;
  try {
    text = readFileSync(join(cacheDir, KNOWLEDGE_CACHE_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const newline = text.indexOf('\n');
    if (newline < 0) return null;
    const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
    if (header.format !== FORMAT || header.fingerprint !== fingerprint) return null;
    const bodyText = text.slice(newline + 1);
    if (createHash('sha256').update(bodyText).digest('hex') !== header.checksum) return null;
    const body = JSON.parse(bodyText) as Body;
    const passages = Object.fromEntries(
      Object.entries(body.passages).map(([language, list]) => {
        const documents = body.languageDocuments[language as LanguageCode] ?? [];
        return [language, list.map((passage) => ({ ...passage, document: documents[passage.document]! }))];
      }),
    ) as Record<LanguageCode, Passage[]>;
    return { knowledge: { passages, documents: body.documents }, terms: new Map(body.terms) };
  } catch {
    return null;
  }
}

/**
 * Keeps the knowledge and terms for `fingerprint` (written aside, then renamed
 * into place: a reader never sees half a file). Returns the error instead of
 * throwing: a cache that cannot be written only costs the next start its time.
 */
export function writeKnowledgeCache(cacheDir: string, fingerprint: string, cached: CachedKnowledge): Error | null {
  const temporary = join(cacheDir, `${KNOWLEDGE_CACHE_FILE}.${process.pid}.tmp`);
  try {
    const languageDocuments: Body['languageDocuments'] = {};
    const passages = Object.fromEntries(
      Object.entries(cached.knowledge.passages).map(([language, list]) => {
        const documents = (languageDocuments[language as LanguageCode] = [] as SourceDocument[]);
        return [
          language,
          list.map((passage) => {
            let number = documents.indexOf(passage.document);
            if (number < 0) number = documents.push(passage.document) - 1;
            return { ...passage, document: number };
          }),
        ];
      }),
    ) as Body['passages'];
    const body: Body = { documents: cached.knowledge.documents, languageDocuments, passages, terms: [...cached.terms] };
    const bodyText = JSON.stringify(body);
    const header: Header = { format: FORMAT, fingerprint, checksum: createHash('sha256').update(bodyText).digest('hex') };
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, `${JSON.stringify(header)}\n${bodyText}`, { mode: 0o600 });
    renameSync(temporary, join(cacheDir, KNOWLEDGE_CACHE_FILE));
    return null;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there, or nothing can be.
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}
