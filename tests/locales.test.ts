// UI strings: every language has every key, the plural forms its grammar
// needs, and the same interpolation variables as English.
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n, LOCALES_DIR, readLocaleResources } from '../src/i18n/i18n.js';
import { checkKeysUsedInCode, keysUsedInCode, quotedKeysInSources } from '../src/i18n/usedKeys.js';
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

/** True when a plural category holds one number alone among 0…1000 (Arabic "one" is 1, "two" is 2). */
function singleNumberCategory(language: string, category: string): boolean {
  const rules = new Intl.PluralRules(language);
  let numbers = 0;
  for (let n = 0; n <= 1000 && numbers < 2; n += 1) if (rules.select(n) === category) numbers += 1;
  return numbers === 1;
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

  it.each(LANGUAGE_CODES)('%s has the plural forms its grammar needs, each a full sentence with the count (or the one number its form stands for)', (language) => {
    const flat = flatten(resources[language]);
    const pluralBases = [...flatten(resources.en).keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of new Set(pluralBases)) {
      for (const category of categories) {
        const form = flat.get(`${base}_${category}`);
        // Arabic's "one" and "two" are the numbers 1 and 2 alone: "مصدر واحد", "مصدرين" say them without a figure.
        const saysItsNumber = typeof form === 'string' && (form.includes('{{count}}') || singleNumberCategory(language, category));
        expect({ key: `${base}_${category}`, present: saysItsNumber }).toEqual({ key: `${base}_${category}`, present: true });
      }
    }
  });

  it('lets only a category of one number alone drop the count: Arabic "one", not Russian "one" (which holds 21)', () => {
    expect(singleNumberCategory('ar', 'one')).toBe(true);
    expect(singleNumberCategory('ar', 'two')).toBe(true);
    expect(singleNumberCategory('ar', 'few')).toBe(false);
    expect(singleNumberCategory('ru', 'one')).toBe(false);
    expect(singleNumberCategory('hi', 'one')).toBe(false);
  });

  it('Afrikaans addresses the person formally (u) throughout, never with jy / jou', () => {
    const informal = [...flatten(resources.af)].filter(([, text]) => /(^|[^\p{L}])(jy|jou|jouself)(?![\p{L}])/iu.test(text)).map(([key]) => key);
    expect(informal).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('%s is translated, not copied from English', (language) => {
    const flat = flatten(resources[language]);
    expect(flat.get('welcome.personal')).not.toBe(flatten(resources.en).get('welcome.personal'));
    expect(flat.get('fallback.noAnswer')).not.toBe(flatten(resources.en).get('fallback.noAnswer'));
  });
});

describe('wording the translation review asked for', () => {
  const strings = (language: LanguageCode): [string, string][] => [...flatten(resources[language])];

  it('names the Center in Chinese by its official name, and BRICS zones 特殊经济区, never 经济特区 (China’s own SEZs)', () => {
    const zh = flatten(resources.zh);
    for (const key of ['welcome.personal', 'welcome.group', 'help.text', 'webchat.page.subtitle']) expect({ key, text: zh.get(key) }).toEqual({ key, text: expect.stringContaining('金砖国家特殊经济区中国合作中心') });
    expect(strings('zh').filter(([, text]) => text.includes('经济特区'))).toEqual([]);
    expect(zh.get('help.text')).toContain('跨境电商进口退货中心仓');
  });

  it('writes Persian with Persian digits and “گفت‌وگو” (with its half-space)', () => {
    const withoutVariables = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
    expect(strings('fa').filter(([, text]) => /[0-9]/.test(withoutVariables(text)))).toEqual([]);
    expect(flatten(resources.fa).get('help.text')).toContain('۲۰۲۷');
    expect(strings('fa').filter(([, text]) => /گفتگو|گفت و گو/.test(text))).toEqual([]);
    expect(flatten(resources.fa).get('webchat.widget.open')).toContain('گفت\u200cوگو');
  });
});

describe('the start-up check of UI strings', () => {
  it('finds the keys the code uses, written out and built from data', () => {
    const keys = keysUsedInCode(Object.keys(resources.en ?? {}));
    for (const key of ['error.turn', 'smalltalk.greeting', 'feedback.commentThanks', 'topics.access', 'webchat.ui.placeholder', 'webchat.widget.open']) expect(keys).toContain(key);
    expect(keys).not.toContain('webchat.js');
  });

  it('reads the quoted keys from the sources, whatever their group, file names aside (the list the build puts in the bundle)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "t('error.turn'); t(\"help.text\"); import x from './x.js'; const page = 'webchat.css'; // `fallback.comment`\n");
      cpSync(join(dir, 'a.ts'), join(dir, 'b.d.ts'));
      expect(quotedKeysInSources(dir)).toEqual(['error.turn', 'help.text']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(quotedKeysInSources()).toContain('error.turn');
  });

  it('keeps, of a list of quoted keys, those of English\'s groups, with the keys built from data', () => {
    const keys = keysUsedInCode(['error', 'topics', 'webchat'], ['error.turn', 'os.tmpdir', 'help.text']);
    expect(keys).toContain('error.turn');
    expect(keys).toContain('topics.plans');
    expect(keys).toContain('webchat.ui.placeholder');
    expect(keys).not.toContain('os.tmpdir');
    expect(keys).not.toContain('help.text');
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
      // As the bundle checks: with the list the build read from the sources.
      expect(() => checkKeysUsedInCode(lacking, quotedKeysInSources())).toThrow(/lacks UI string\(s\) the code uses: error\.turn, topics\.plans$/);
      expect(() => checkKeysUsedInCode(real, quotedKeysInSources())).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
