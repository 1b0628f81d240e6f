// Which supported language a message is written in, when the message itself
// makes that clear. Script ranges settle most cases (Han, Cyrillic,
// Devanagari, Ethiopic, Persian letters); statistics (tinyld) only choose
// between languages that share a script, and only for a real sentence.
import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';
import { DEFAULT_LANGUAGE, type LanguageCode } from './languages.js';

type Tinyld = typeof import('tinyld');
let tinyld: Tinyld | undefined;

/**
 * tinyld, loaded on the first message that needs statistics rather than at
 * start: its models take a third of a second to load, most of the start-up
 * after botbuilder. Its CommonJS build loads synchronously, so detection stays
 * a plain function. `loadLanguageStatistics` loads it ahead, once the bot is ready.
 */
function statistics(): Tinyld {
  return (tinyld ??= createRequire(import.meta.url)('tinyld') as Tinyld);
}

export function loadLanguageStatistics(): void {
  statistics();
}

const SCRIPTS: [LanguageCode | 'arabic-script' | 'latin', RegExp][] = [
  ['zh', /\p{Script=Han}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['am', /\p{Script=Ethiopic}/gu],
  ['arabic-script', /\p{Script=Arabic}/gu],
  ['latin', /\p{Script=Latin}/gu],
];

/** Letters only Persian uses, and letters (or forms) only Arabic uses. */
const PERSIAN_LETTERS = /[پچژگکی]/gu;
const ARABIC_LETTERS = /[ةيكىأإؤئ]/gu;

/** isiZulu words and prefixes frequent in questions (tinyld has no isiZulu model). */
const ZULU_MARKERS = /\b(?:ngi\w+|\w+phi|ngo|nge|unyaka|inyanga|usuku|isikhathi|\w*sikhungo|uku\w+|yini|kanjani|kuphi|nini|ngubani|kungani|ingabe|ngabe|sawubona|ngiyabonga|ngicela|sicela|ukuthi|futhi|kusuka|kuya|ukusuka|ichweba|izindawo|amazwe|ezikhethekile|kakhulu|yimaphi|yiziphi|yiliphi|ubani|iyiphi|lapho|imizuzu|ibhanoyi|isikhumulo|kangakanani|izinhlelo|ukuhweba|imikhiqizo|ezomnotho|ukubambisana)\b/giu;

/**
 * The shape of an isiZulu word, which no other Latin-script language here
 * shares: a lower-case concord or class prefix on a name (eQiantang,
 * ku-BRICS, i-high-tech), the clicks and laterals (hl, dl, nq, nx, ngq, bh,
 * kh), or a long class prefix on a word ending in a vowel (ukuthumela,
 * izimpahla, ezikhethekile).
 */
const ZULU_WORD = [
  /^(?:e|i|u|o|a|ku|ka|kwa|se|sa|ne|na|nge|nga|ngo|we|wa|ye|ya|yi|le|lo|za|zi|la|li|si|ba|be|bo|emi|ezi|esi)-?\p{Lu}/u,
  /^(?:i|u|ku|ka|se|sa|ne|na|nge|nga|ngo|no|ye|ya|yi|we|wa|le|za|la)-\p{L}/u,
  // The same at the start of a sentence, capitalised: "I-Qiantang", "Ku-BRICS".
  /^(?:I|U|E|Ku|Ka|Kwa|Se|Ne|Nge|Nga|Ngo|Ye|Yi|Le|Za|Zi)-\p{L}/u,
  /(?:hl|dl|hh|ngq|nq|nx|bh|kh)[aeiou]/u,
  /^(?:uku|ama|izi|isi|imi|umu|aba|ezi|esi|emi|lezi|lesi|leli|kwe|ngi|ngo|nge|nga|yiz|siz|bez|kuz|ye|we|lwe)\p{L}{3,}[aeiou]$/u,
];

/** Indonesian words that hold most sentences together. */
const INDONESIAN_WORDS = new Set(['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'ada', 'apa', 'apakah', 'bisa', 'akan', 'sudah', 'tidak', 'berapa', 'kapan', 'mana', 'bagaimana', 'siapa', 'juga', 'atau', 'pada', 'dalam', 'saja', 'kami', 'kita', 'saya', 'mereka', 'dimana', 'karena', 'sebagai', 'oleh', 'bagi', 'lebih', 'sangat', 'belum', 'masih', 'harus', 'mau', 'tentang']);

function looksZulu(word: string): boolean {
  return ZULU_WORD.some((pattern) => pattern.test(word));
}

const LATIN_CANDIDATES = ['en', 'pt', 'id', 'af'] as const;

const SCRIPT_WORDS: Record<'hi' | 'am', RegExp> = { hi: /\p{Script=Devanagari}+/gu, am: /\p{Script=Ethiopic}+/gu };

function wordsIn(text: string, language: 'hi' | 'am'): number {
  return count(text, SCRIPT_WORDS[language]);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The language of `text` when it is clear, else null. "Clear" means a script
 * only one supported language uses, or a sentence of at least three words
 * that a statistical model assigns with a margin.
 */
export function detectLanguage(text: string): LanguageCode | null {
  if (text.length > MEMOISED_TEXT_CHARACTERS) return detectUnmemoised(text);
  const known = recentlyDetected.get(text);
  if (known) return known.language;
  const language = detectUnmemoised(text);
  recentlyDetected.set(text, { language });
  return language;
}

/**
 * The same text gets the same answer, and the same texts come often: a
 * tapped follow-up or example question, the greetings. The most recently
 * used distinct texts (the bot looks at a message's first 500 characters) are kept,
 * in memory only: about 1 MB at most.
 */
const MEMOISED_TEXTS = 1000;
const MEMOISED_TEXT_CHARACTERS = 500;
const recentlyDetected = new LRUCache<string, { language: LanguageCode | null }>({ max: MEMOISED_TEXTS });

function detectUnmemoised(text: string): LanguageCode | null {
  const counts = SCRIPTS.map(([name, pattern]) => [name, count(text, pattern)] as const);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  // Two words in Devanagari or Ethiopic make the message Hindi or Amharic, however many English words it mixes
  // in ("special inbound items की joint supervision से क्या बदला?"): no other language here writes them.
  for (const language of ['hi', 'am'] as const) if (wordsIn(text, language) >= 2) return language;
  const [dominant, letters] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  // Latin names inside another script (下沙 Xiasha, Сяша (Xiasha)) do not change the language.
  if (dominant !== 'latin' && dominant !== 'arabic-script') return dominant;
  if (dominant === 'arabic-script') {
    const persian = count(text, PERSIAN_LETTERS);
    const arabic = count(text, ARABIC_LETTERS);
    if (persian > arabic) return 'fa';
    if (arabic > persian) return 'ar';
    return letters >= 8 ? detectAmong(text, ['ar', 'fa']) : null;
  }
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 3) return null;
  const zulu = count(text, ZULU_MARKERS);
  if (zulu >= 2 || zulu / words.length >= 0.2) return 'zu';
  // tinyld has no isiZulu model and reads it as Indonesian or English: the word shapes decide first.
  const bare = words.map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const zuluShaped = bare.filter(looksZulu).length;
  const indonesian = bare.filter((word) => INDONESIAN_WORDS.has(word.toLowerCase())).length;
  if (zuluShaped + zulu >= 2 && zuluShaped + zulu > indonesian) return 'zu';
  return detectAmong(text, LATIN_CANDIDATES);
}

function detectAmong(text: string, candidates: readonly LanguageCode[]): LanguageCode | null {
  const ranked = statistics().detectAll(text, { only: [...candidates] });
  const [first, second] = ranked;
  if (!first) return null;
  // A near tie is not "clear": leave it to the person's choice or the channel.
  if (second && first.accuracy < second.accuracy * 1.5) return null;
  return first.lang as LanguageCode;
}

export interface ReplyLanguageInputs {
  /** What the person wrote, after normalisation. */
  text: string;
  /** The language they chose with /language, if any. */
  chosen: LanguageCode | null;
  /** A weaker sign from the words themselves (a greeting such as "olá"), below the person's choice. */
  textHint?: LanguageCode | null;
  /** What the channel says (locale, Teams clientInfo, Telegram language_code). */
  channelHint: LanguageCode | null;
}

/**
 * The reply language, in order: the message's own language when clear; the
 * person's choice; a weaker sign from the words; the channel's hint; English.
 */
export function resolveReplyLanguage({ text, chosen, textHint, channelHint }: ReplyLanguageInputs): LanguageCode {
  return detectLanguage(text) ?? chosen ?? textHint ?? channelHint ?? DEFAULT_LANGUAGE;
}
