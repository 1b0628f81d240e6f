// The UI string keys the code uses, checked against English at start: a key
// missing from English would reach people as the raw key (i18next falls back
// to English, then to the key itself). The keys are read from the sources:
// under tsx and jest at start, and by the build (scripts/build.ts), which
// refuses to build without them and writes the list into the bundle, so that
// the deployed bot checks them without reading (or having) any source.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { i18n } from 'i18next';
import { TOPICS } from '../knowledge/kinds.js';
import { SUPPLIED_WEB_CHAT_KEY_NAMES } from '../web/strings.js';

/** Put in place by the build (esbuild `define`): what it read from the sources. Absent under tsx and jest. */
declare const __BUNDLE__: { uiKeyLiterals: readonly string[] } | undefined;

/** The sources' folder: src/ under tsx and jest (in the bundle, the build's list stands in for it). */
const SOURCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every quoted `group.key` literal in the TypeScript under `dir`, whatever
 * the group (which of them are UI string groups is English's to say, at
 * start), file names such as `webchat.js` aside.
 */
export function quotedKeysInSources(dir = SOURCE_DIR): string[] {
  // Quoted as code quotes keys; backticks are left to comments and built keys (see keysUsedInCode).
  const literal = /['"]([A-Za-z][A-Za-z0-9_]*\.[A-Za-z0-9_.]+)['"]/g;
  const keys = new Set<string>();
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(literal)) {
          const key = match[1] as string;
          if (!/\.(js|css|json|ts|html|png|svg)$/.test(key)) keys.add(key);
        }
      }
    }
  };
  visit(dir);
  return [...keys].sort();
}

/** The quoted literals of the running code: the build's list in the bundle, else read from the sources now. */
function quotedKeysOfThisCode(): readonly string[] {
  return typeof __BUNDLE__ === 'undefined' ? quotedKeysInSources() : __BUNDLE__.uiKeyLiterals;
}

/**
 * Every key the code uses: a quoted `namespace.key` whose namespace is one of
 * English's top-level groups, plus the keys the code builds from data (topics,
 * Web Chat's strings).
 */
export function keysUsedInCode(namespaces: readonly string[], quoted: readonly string[] = quotedKeysOfThisCode()): string[] {
  const groups = new Set(namespaces);
  const keys = new Set<string>([...TOPICS.map((topic) => `topics.${topic}`), ...SUPPLIED_WEB_CHAT_KEY_NAMES.map((name) => `webchat.ui.${name}`)]);
  for (const key of quoted) if (groups.has(key.slice(0, key.indexOf('.')))) keys.add(key);
  return [...keys].sort();
}

/** Throws, naming them, when keys the code uses are missing from English (plural forms count as the key). */
export function checkKeysUsedInCode(strings: i18n, quoted: readonly string[] = quotedKeysOfThisCode()): void {
  const english = strings.getResourceBundle('en', 'translation') as Record<string, unknown> | undefined;
  const namespaces = Object.keys(english ?? {});
  const exists = (key: string) => ['', '_one', '_other'].some((suffix) => strings.exists(`${key}${suffix}`, { lng: 'en', fallbackLng: false }));
  const missing = keysUsedInCode(namespaces, quoted).filter((key) => !exists(key));
  if (missing.length > 0) throw new Error(`locales/en/translation.json lacks UI string(s) the code uses: ${missing.join(', ')}`);
}
