// Reads knowledge/: one folder per source document, one YAML file per
// language (`<lng>.yaml`), optionally the original text (`source.<lng>.txt`).
// Every problem is reported with its file and line; nothing is guessed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { LANGUAGE_CODES, type LanguageCode } from '../i18n/languages.js';
import { ANSWER_TYPES, documentFileSchema, type AnswerType, type Topic } from './schema.js';
import { splitSentences } from './sentences.js';

export { splitSentences };

export interface SourceDocument {
  id: string;
  language: LanguageCode;
  title: string;
  author?: string;
  publisher?: string;
  /** The date as the source gives it (translated, no year added when the source gives none). */
  date?: string;
  /** Publication date, ISO (YYYY-MM-DD), from the original's metadata. */
  published?: string;
  /** Where the original can be read, from the original's metadata. */
  url?: string;
}

/** One passage in one language, with the document it comes from. */
export interface Passage {
  id: string;
  topic: Topic;
  language: LanguageCode;
  title: string;
  text: string;
  questions: string[];
  synonyms: string[];
  /** The kinds of question it answers (from the original's file, the same in every language). */
  answers: AnswerType[];
  document: SourceDocument;
}

export interface KnowledgeProblem {
  file: string;
  line: number;
  message: string;
}

export interface KnowledgeBase {
  /** Passages of each language, in document and file order. */
  passages: Record<LanguageCode, Passage[]>;
  /** Each document's metadata as its English original gives it, in folder order. */
  documents: SourceDocument[];
}

export interface LoadResult {
  knowledge: KnowledgeBase;
  problems: KnowledgeProblem[];
}

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

export function formatProblem(problem: KnowledgeProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

interface ParsedFile {
  file: string;
  language: LanguageCode;
  documentId: string;
  document: SourceDocument;
  passages: Array<Omit<Passage, 'language' | 'document' | 'answers'> & { answers?: AnswerType[]; line: number }>;
}

/** The YAML parser, loaded on first use: a start that reads the knowledge from its cache never needs it. */
let yamlParser: typeof import('yaml') | undefined;
const yamlModule = () => (yamlParser ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A knowledge file's text, or null with a problem at the line of the first
 * fault: bytes that are not UTF-8 (Node's reader would turn them into U+FFFD
 * silently) or a NUL character (no text has one; a binary file or a bad paste does).
 */
export function readKnowledgeText(path: string, displayPath: string, problems: KnowledgeProblem[]): string | null {
  const bytes = readFileSync(path);
  const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    problems.push({ file: displayPath, line: lineAt(lenient, Math.max(0, lenient.indexOf('\ufffd'))), message: 'not valid UTF-8: save the file as UTF-8' });
    return null;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    problems.push({ file: displayPath, line: lineAt(text, nul), message: 'contains a NUL character: a text file never does' });
    return null;
  }
  return text;
}

function parseFile(path: string, displayPath: string, problems: KnowledgeProblem[]): ParsedFile | null {
  const { LineCounter, parseDocument, isNode } = yamlModule();
  const lineCounter = new LineCounter();
  const source = readKnowledgeText(path, displayPath, problems);
  if (source === null) return null;
  const yaml = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (yaml.errors.length > 0) {
    for (const error of yaml.errors) {
      problems.push({ file: displayPath, line: error.linePos?.[0]?.line ?? 1, message: `not valid YAML: ${error.message.split('\n')[0]}` });
    }
    return null;
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = yaml.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const parsed = documentFileSchema.safeParse(yaml.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file: displayPath, line: lineOf(issue.path), message: `${issue.path.join('.') || 'file'} ${issue.message}` });
    }
    return null;
  }
  const { document, passages } = parsed.data;
  return {
    file: displayPath,
    language: document.language,
    documentId: document.id,
    document,
    passages: passages.map((passage, index) => ({ ...passage, line: lineOf(['passages', index]) })),
  };
}

function checkAgainstOriginal(dir: string, displayDir: string, english: ParsedFile, problems: KnowledgeProblem[]): void {
  let original: string | null;
  try {
    original = readKnowledgeText(join(dir, 'source.en.txt'), `${displayDir}/source.en.txt`, problems);
  } catch {
    return;
  }
  if (original === null) return;
  const flat = original.replace(/\s+/g, ' ');
  const passageText = english.passages.map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
  for (const passage of english.passages) {
    for (const sentence of splitSentences(passage.text, 'en')) {
      if (!flat.includes(sentence)) {
        problems.push({ file: english.file, line: passage.line, message: `passage "${passage.id}" has a sentence that is not in source.en.txt verbatim: "${sentence.slice(0, 60)}…"` });
      }
    }
  }
  const lines = original.split('\n');
  lines.forEach((line, index) => {
    for (const sentence of splitSentences(line, 'en')) {
      if (english.document.author && sentence === `By ${english.document.author}`) continue; // the byline is metadata
      if (!passageText.includes(sentence)) {
        problems.push({ file: `${displayDir}/source.en.txt`, line: index + 1, message: `sentence not in any passage of en.yaml: "${sentence.slice(0, 60)}…"` });
      }
    }
  });
}

/**
 * Loads and checks the whole knowledge base. Never throws for content
 * problems: they are returned, each with file and line.
 */
export function loadKnowledge(root: string): LoadResult {
  const problems: KnowledgeProblem[] = [];
  const passages = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, [] as Passage[]])) as Record<LanguageCode, Passage[]>;
  const documents: SourceDocument[] = [];
  const seenPassageIds = new Map<string, string>();
  const display = (path: string) => relative(process.cwd(), path) || path;

  let folders: string[];
  try {
    folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
  } catch {
    return { knowledge: { passages, documents }, problems: [{ file: display(root), line: 1, message: 'knowledge folder not found' }] };
  }
  if (folders.length === 0) problems.push({ file: display(root), line: 1, message: 'no document folders' });

  for (const folder of folders) {
    const dir = join(root, folder);
    const displayDir = display(dir);
    const files = new Map<LanguageCode, ParsedFile>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort()) {
      const code = name.replace(/\.ya?ml$/, '');
      const displayPath = `${displayDir}/${name}`;
      if (!(LANGUAGE_CODES as readonly string[]).includes(code)) {
        problems.push({ file: displayPath, line: 1, message: `file name must be a supported language code (${LANGUAGE_CODES.join(', ')})` });
        continue;
      }
      const parsed = parseFile(join(dir, name), displayPath, problems);
      if (!parsed) continue;
      if (parsed.language !== code) problems.push({ file: displayPath, line: 1, message: `document.language is "${parsed.language}" but the file is ${name}` });
      if (parsed.documentId !== folder) problems.push({ file: displayPath, line: 1, message: `document.id is "${parsed.documentId}" but the folder is ${folder}` });
      files.set(code as LanguageCode, parsed);
    }

    const english = files.get('en');
    if (!english) {
      problems.push({ file: `${displayDir}/en.yaml`, line: 1, message: 'missing: every document needs its English original' });
      continue;
    }
    checkAgainstOriginal(dir, displayDir, english, problems);
    const reference = english.passages.map((p) => ({ id: p.id, topic: p.topic, answers: p.answers ?? [] }));
    for (const passage of english.passages) {
      if (!passage.answers) problems.push({ file: english.file, line: passage.line, message: `passage "${passage.id}" needs \`answers\`: the kinds of question it answers (one or more of ${ANSWER_TYPES.join(', ')})` });
    }
    for (const code of LANGUAGE_CODES) {
      if (!files.has(code)) problems.push({ file: `${displayDir}/${code}.yaml`, line: 1, message: `missing: ${code} translation of this document` });
    }

    for (const [code, file] of files) {
      const ids = new Set<string>();
      for (const passage of file.passages) {
        if (ids.has(passage.id)) problems.push({ file: file.file, line: passage.line, message: `duplicate passage id "${passage.id}"` });
        ids.add(passage.id);
        const expected = reference.find((r) => r.id === passage.id);
        if (!expected) problems.push({ file: file.file, line: passage.line, message: `passage "${passage.id}" is not in en.yaml` });
        else if (expected.topic !== passage.topic) problems.push({ file: file.file, line: passage.line, message: `passage "${passage.id}" has topic "${passage.topic}" but "${expected.topic}" in en.yaml` });
        if (code !== 'en' && passage.answers) problems.push({ file: file.file, line: passage.line, message: `passage "${passage.id}": \`answers\` belongs in en.yaml only (it holds for every language)` });
      }
      for (const { id } of reference) {
        if (!ids.has(id)) problems.push({ file: file.file, line: 1, message: `passage "${id}" is missing (it is in en.yaml)` });
      }
      // Publication date and address are the original's, whatever the language.
      const { published, url } = english.document;
      const document: SourceDocument = { ...file.document, ...(published ? { published } : {}), ...(url ? { url } : {}) };
      for (const passage of file.passages) {
        const { line: _line, answers: _answers, ...rest } = passage;
        passages[code].push({ ...rest, answers: reference.find((r) => r.id === passage.id)?.answers ?? [], language: code, document });
      }
    }

    for (const passage of english.passages) {
      const earlier = seenPassageIds.get(passage.id);
      if (earlier) problems.push({ file: english.file, line: passage.line, message: `passage id "${passage.id}" is already used in ${earlier}` });
      seenPassageIds.set(passage.id, english.file);
    }
    documents.push({ ...english.document });
  }
  return { knowledge: { passages, documents }, problems };
}

/** Loads the knowledge base or throws a KnowledgeError listing every problem. */
export function loadKnowledgeOrThrow(root: string): KnowledgeBase {
  const { knowledge, problems } = loadKnowledge(root);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return knowledge;
}
