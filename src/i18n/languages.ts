// The one table of languages the bot answers in. Everything that varies by
// language (reply language, search, rendering, Web Chat) reads it from here.

export const LANGUAGE_CODES = ['en', 'zh', 'ru', 'pt', 'hi', 'ar', 'fa', 'id', 'am', 'zu', 'af'] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** Stemmers shipped by `@orama/stemmers`, by their export name. */
export type OramaStemmerName = 'english' | 'russian' | 'portuguese' | 'indian' | 'arabic' | 'indonesian';

/** Stop-word lists shipped by `@orama/stopwords`, by their export name. */
export type OramaStopWordsName = OramaStemmerName | 'mandarin';

export interface Language {
  code: LanguageCode;
  /** The language's name in itself, as shown on buttons and in the picker. */
  nativeName: string;
  englishName: string;
  direction: 'ltr' | 'rtl';
  /** Locale Web Chat is given for its own UI strings. */
  webChatLocale: string;
  stemmer: OramaStemmerName | null;
  stopWords: OramaStopWordsName | null;
  /**
   * The writing system that, when it dominates a message, settles its
   * language without statistics (Latin and Arabic script are shared, so those
   * need more than the script).
   */
  script: 'Latin' | 'Han' | 'Cyrillic' | 'Devanagari' | 'Arabic' | 'Ethiopic';
}

export const LANGUAGES: Readonly<Record<LanguageCode, Language>> = Object.freeze({
  en: { code: 'en', nativeName: 'English', englishName: 'English', direction: 'ltr', webChatLocale: 'en-US', stemmer: 'english', stopWords: 'english', script: 'Latin' },
  zh: { code: 'zh', nativeName: '中文（简体）', englishName: 'Chinese (Simplified)', direction: 'ltr', webChatLocale: 'zh-CN', stemmer: null, stopWords: 'mandarin', script: 'Han' },
  ru: { code: 'ru', nativeName: 'Русский', englishName: 'Russian', direction: 'ltr', webChatLocale: 'ru-RU', stemmer: 'russian', stopWords: 'russian', script: 'Cyrillic' },
  pt: { code: 'pt', nativeName: 'Português (Brasil)', englishName: 'Portuguese (Brazil)', direction: 'ltr', webChatLocale: 'pt-BR', stemmer: 'portuguese', stopWords: 'portuguese', script: 'Latin' },
  hi: { code: 'hi', nativeName: 'हिन्दी', englishName: 'Hindi', direction: 'ltr', webChatLocale: 'hi-IN', stemmer: 'indian', stopWords: 'indian', script: 'Devanagari' },
  ar: { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', direction: 'rtl', webChatLocale: 'ar-EG', stemmer: 'arabic', stopWords: 'arabic', script: 'Arabic' },
  fa: { code: 'fa', nativeName: 'فارسی', englishName: 'Persian', direction: 'rtl', webChatLocale: 'fa-IR', stemmer: null, stopWords: null, script: 'Arabic' },
  id: { code: 'id', nativeName: 'Bahasa Indonesia', englishName: 'Indonesian', direction: 'ltr', webChatLocale: 'id-ID', stemmer: 'indonesian', stopWords: 'indonesian', script: 'Latin' },
  am: { code: 'am', nativeName: 'አማርኛ', englishName: 'Amharic', direction: 'ltr', webChatLocale: 'am-ET', stemmer: null, stopWords: null, script: 'Ethiopic' },
  zu: { code: 'zu', nativeName: 'isiZulu', englishName: 'isiZulu', direction: 'ltr', webChatLocale: 'zu-ZA', stemmer: null, stopWords: null, script: 'Latin' },
  af: { code: 'af', nativeName: 'Afrikaans', englishName: 'Afrikaans', direction: 'ltr', webChatLocale: 'af-ZA', stemmer: null, stopWords: null, script: 'Latin' },
});

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/**
 * Reduces a channel's locale hint (`pt-BR`, `zh-Hans`, `pt_br`, `AR`) to a
 * supported language, or null when the bot does not speak it.
 */
export function toSupportedLanguage(locale: unknown): LanguageCode | null {
  if (typeof locale !== 'string') return null;
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguageCode(primary) ? primary : null;
}
