// The bot's translate functions, one per language with its fixed strings
// looked up once, say exactly what i18next says, interpolated strings included.
import { describe, expect, it } from '@jest/globals';
import { createI18n, readLocaleResources, translatorsFor } from '../src/i18n/i18n.js';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';

/** Every key of a resource, dotted (plural forms by their base key). */
function keysOf(resource: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('translate functions made once per language', () => {
  it('give every string of every language as i18next gives it, each time', async () => {
    const i18n = await createI18n();
    const translators = translatorsFor(i18n);
    const keys = [...new Set(keysOf(readLocaleResources().en!))];
    expect(keys.length).toBeGreaterThan(20);
    for (const language of LANGUAGE_CODES) {
      const t = translators(language);
      expect(translators(language)).toBe(t);
      const reference = i18n.getFixedT(language);
      for (const key of keys) {
        expect(t(key)).toBe(reference(key));
        expect(t(key)).toBe(reference(key));
      }
    }
  });

  it('interpolate and choose plural forms on every call', async () => {
    const i18n = await createI18n();
    const t = translatorsFor(i18n)('ru');
    const reference = i18n.getFixedT('ru');
    for (const count of [1, 2, 5, 21]) expect(t('error.rateLimited', { count })).toBe(reference('error.rateLimited', { count }));
    expect(t('error.rateLimited', { count: 1 })).not.toBe(t('error.rateLimited', { count: 5 }));
    expect(t('answer.source', { title: 'T', author: 'A', date: 'D' })).toContain('T');
  });
});
