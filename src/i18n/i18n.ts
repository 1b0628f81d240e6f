// UI strings through i18next, one resource file per language under locales/.
// Knowledge is not here: it lives in knowledge/ and is searched, not translated.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { PROJECT_ROOT } from '../config.js';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type LanguageCode } from './languages.js';

export type Translate = TFunction;

export const LOCALES_DIR = resolve(PROJECT_ROOT, 'locales');

/** Reads `locales/<lng>/translation.json` for every language that has one. */
export function readLocaleResources(dir = LOCALES_DIR): Partial<Record<LanguageCode, Record<string, unknown>>> {
  const resources: Partial<Record<LanguageCode, Record<string, unknown>>> = {};
  for (const code of LANGUAGE_CODES) {
    let raw: string;
    try {
      raw = readFileSync(resolve(dir, code, 'translation.json'), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    resources[code] = JSON.parse(raw) as Record<string, unknown>;
  }
  return resources;
}

/** An i18next instance of its own (not the global one), fully loaded. */
export async function createI18n(dir = LOCALES_DIR): Promise<i18n> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(readLocaleResources(dir)).map(([code, translation]) => [code, { translation }]));
  await instance.init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGE_CODES],
    // Strings go to chat channels, not HTML: escaping is the renderer's job.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/**
 * One translate function per language, made once: i18next's getFixedT makes a
 * new one on every call, and a lookup without options (a button label, the
 * help text) gives the same string every time, since the strings are loaded
 * once at start and never change. Those are looked up once per language and
 * key; a lookup with options (interpolation, plurals) goes to i18next.
 */
export function translatorsFor(instance: i18n): (language: LanguageCode) => Translate {
  const byLanguage = new Map<LanguageCode, Translate>();
  return (language) => {
    let t = byLanguage.get(language);
    if (!t) byLanguage.set(language, (t = withFixedStringsMemoised(instance.getFixedT(language))));
    return t;
  };
}

function withFixedStringsMemoised(t: Translate): Translate {
  const lookUp = t as unknown as (...args: unknown[]) => unknown;
  const fixed = new Map<string, unknown>();
  const memoised = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return lookUp(...args);
    if (!fixed.has(key)) fixed.set(key, lookUp(key));
    return fixed.get(key);
  };
  // getFixedT's function carries its language, namespace and key prefix as properties.
  return Object.assign(memoised, t) as unknown as Translate;
}
