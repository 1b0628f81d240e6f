// UI strings: every language has every key, the plural forms its grammar
// needs, and the same interpolation variables as English.
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n, LOCALES_DIR, readLocaleResources } from '../src/i18n/i18n.js';
import { checkKeysUsedInCode, keysUsedInCode } from '../src/i18n/usedKeys.js';
import { LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const resources = readLocaleResources();

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') entries.set(path, child);
    else for (const [k, v] of flatten(child, path)) entries.set(k, v);
  }
  return entries;
}

const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/** Keys without plural suffixes, each with the variables of its forms. */
function shape(language: LanguageCode): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [key, text] of flatten(resources[language])) {
    const base = key.replace(PLURAL, '');
    result.set(base, [...new Set([...(result.get(base) ?? []), ...variables(text)])].sort());
  }
  return result;
}

describe('UI strings', () => {
  const english = shape('en');

  it.each(LANGUAGE_CODES)('%s has every key of English, with the same variables', (language) => {
    expect(resources[language]).toBeDefined();
    const translated = shape(language);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, vars] of english) expect({ key, vars: translated.get(key) }).toEqual({ key, vars });
  });

  it.each(LANGUAGE_CODES)('%s has the plural forms its grammar needs, each a full sentence with the count', (language) => {
    const flat = flatten(resources[language]);
    const pluralBases = [...flatten(resources.en).keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of new Set(pluralBases)) {
      for (const category of categories) {
        const form = flat.get(`${base}_${category}`);
        expect({ key: `${base}_${category}`, present: typeof form === 'string' && form.includes('{{count}}') }).toEqual({ key: `${base}_${category}`, present: true });
      }
    }
  });

  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('%s is translated, not copied from English', (language) => {
    const flat = flatten(resources[language]);
    expect(flat.get('welcome.personal')).not.toBe(flatten(resources.en).get('welcome.personal'));
    expect(flat.get('fallback.noAnswer')).not.toBe(flatten(resources.en).get('fallback.noAnswer'));
  });
});

describe('the start-up check of UI strings', () => {
  it('finds the keys the code uses, written out and built from data', () => {
    const keys = keysUsedInCode(Object.keys(resources.en ?? {}));
    for (const key of ['error.turn', 'smalltalk.greeting', 'feedback.commentThanks', 'topics.access', 'webchat.ui.placeholder', 'webchat.widget.open']) expect(keys).toContain(key);
    expect(keys).not.toContain('webchat.js');
  });

  it('passes with the real strings, and names a key the code uses that English lacks', async () => {
    const real = await createI18n(LOCALES_DIR);
    expect(() => checkKeysUsedInCode(real)).not.toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    try {
      cpSync(LOCALES_DIR, dir, { recursive: true });
      const english = JSON.parse(readFileSync(join(dir, 'en', 'translation.json'), 'utf8'));
      delete english.error.turn;
      delete english.topics.plans;
      writeFileSync(join(dir, 'en', 'translation.json'), JSON.stringify(english));
      const lacking = await createI18n(dir);
      expect(() => checkKeysUsedInCode(lacking)).toThrow(/lacks UI string\(s\) the code uses: error\.turn, topics\.plans$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
