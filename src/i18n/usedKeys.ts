// The UI string keys the code uses, checked against English at start: a key
// missing from English would reach people as the raw key (i18next falls back
// to English, then to the key itself).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { i18n } from 'i18next';
import { TOPICS } from '../knowledge/kinds.js';
import { SUPPLIED_WEB_CHAT_KEY_NAMES } from '../web/strings.js';

/** The folder the running code is in: src/ under tsx and jest, dist/ once built. */
const CODE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every key written out in the code: a 'quoted' `namespace.key` whose namespace is
 * one of English's top-level groups (file names such as `webchat.js` aside),
 * plus the keys the code builds from data (topics, Web Chat's strings).
 */
export function keysUsedInCode(namespaces: readonly string[], codeDir = CODE_DIR): string[] {
  // Quoted as code quotes keys; backticks are left to comments and built keys (listed below).
  const literal = new RegExp(`['"]((?:${namespaces.join('|')})\\.[A-Za-z0-9_.]+)['"]`, 'g');
  const keys = new Set<string>([...TOPICS.map((topic) => `topics.${topic}`), ...SUPPLIED_WEB_CHAT_KEY_NAMES.map((name) => `webchat.ui.${name}`)]);
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(literal)) {
          const key = match[1] as string;
          if (!/\.(js|css|json|ts|html|png|svg)$/.test(key)) keys.add(key);
        }
      }
    }
  };
  visit(codeDir);
  return [...keys].sort();
}

/** Throws, naming them, when keys the code uses are missing from English (plural forms count as the key). */
export function checkKeysUsedInCode(strings: i18n, codeDir = CODE_DIR): void {
  const english = strings.getResourceBundle('en', 'translation') as Record<string, unknown> | undefined;
  const namespaces = Object.keys(english ?? {});
  const exists = (key: string) => ['', '_one', '_other'].some((suffix) => strings.exists(`${key}${suffix}`, { lng: 'en', fallbackLng: false }));
  const missing = keysUsedInCode(namespaces, codeDir).filter((key) => !exists(key));
  if (missing.length > 0) throw new Error(`locales/en/translation.json lacks UI string(s) the code uses: ${missing.join(', ')}`);
}
