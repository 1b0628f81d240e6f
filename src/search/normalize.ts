// Text normalisation shared by indexing and querying, so both sides of a
// match see the same characters: NFKC, lower case, one form per letter where
// scripts offer several, ASCII digits.
import { LANGUAGES, type LanguageCode } from '../i18n/languages.js';
import { LOANWORDS } from './loanwords.js';

/** Arabic-Indic, Persian and Devanagari digits → 0-9 (each block runs zero to nine). */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/** Arabic-script letters people type interchangeably, per language. */
function unifyArabicScript(text: string, language: LanguageCode): string {
  let result = text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '') // harakat, superscript alef, tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef with hamza or madda → alef
    .replace(/\u0629/g, '\u0647') // teh marbuta → heh
    .replace(/\u200c/g, ''); // zero-width non-joiner (Persian half-space)
  if (language === 'fa') {
    result = result.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9'); // Arabic yeh/kaf → Persian
  } else {
    result = result.replace(/[\u06cc\u0649]/g, '\u064a').replace(/\u06a9/g, '\u0643'); // Persian yeh/kaf → Arabic
  }
  return result;
}

/**
 * Devanagari: the nukta (फ़/फ, ज़/ज) and candrabindu/anusvara (कहाँ/कहां) are
 * written or left out at will in loanwords and everyday typing, and a long
 * vowel sign often typed short (दूर/दुर, कितनी/कितनि): ी is read as ि, ू as ु.
 */
function unifyDevanagari(text: string): string {
  return text.replace(/\u093c/g, '').replace(/\u0901/g, '\u0902').replace(/\u0940/g, '\u093f').replace(/\u0942/g, '\u0941');
}

/**
 * Ethiopic: Amharic writes one sound with several letters (ሀ/ሐ/ኀ, ሰ/ሠ, አ/ዐ,
 * ጸ/ፀ, ሀ/ሃ, አ/ኣ, and ው/ዉ), and people type whichever comes first ("ሰዓት"/"ሰአት",
 * "ዓመት"/"አመት"). Each row of eight syllables maps onto its first spelling's row.
 */
const ETHIOPIC_ROWS: ReadonlyArray<[from: number, to: number]> = [
  [0x1210, 0x1200], // ሐ → ሀ
  [0x1280, 0x1200], // ኀ → ሀ
  [0x1220, 0x1230], // ሠ → ሰ
  [0x12d0, 0x12a0], // ዐ → አ
  [0x1340, 0x1338], // ፀ → ጸ
];

function unifyEthiopic(text: string): string {
  return text
    .replace(/[ሐ-ሗኀ-ኇሠ-ሧዐ-ዖፀ-ፇ]/g, (letter) => {
      const code = letter.charCodeAt(0);
      const [from, to] = ETHIOPIC_ROWS.find(([start]) => code >= start && code < start + 8)!;
      return String.fromCharCode(to + code - from);
    })
    .replace(/\u1203/g, '\u1200') // ሃ → ሀ
    .replace(/\u12a3/g, '\u12a0') // ኣ → አ
    .replace(/\u12c9/g, '\u12cd') // ዉ → ው ("ነዉ" for "ነው": the u-order letter typed for the final w)
    // Before ያ the i-order and the bare consonant sound alike, and both are typed: "ጣቢያ"/"ጣብያ" (a station).
    .replace(/[\u1200-\u1357](?=ያ)/g, (letter) => {
      const code = letter.charCodeAt(0);
      return (code - 0x1200) % 8 === 2 ? String.fromCharCode(code + 3) : letter;
    });
}

/**
 * British spellings to American ones (centre/center, organisation/organization,
 * harbour/harbor). Applied to passages and questions alike, so a word it
 * changes needlessly (promise/promize) still meets itself.
 */
function americanSpelling(text: string): string {
  return text
    .replace(/\b(\p{L}{2,})tre(s?)\b/gu, '$1ter$2')
    .replace(/\b(\p{L}{2,})is(ation|ations|e|es|ed|ing)\b/gu, '$1iz$2')
    .replace(/\b(\p{L}{3,})our(s?)\b/gu, '$1or$2');
}

/** Each language's loanwords, normalised like the text they are looked for in, as one pattern of whole words. */
const loanwordPatterns = new Map<LanguageCode, { pattern: RegExp; native: Map<string, string> } | null>();

/** The English plural "-s" as Devanagari writes it on a loanword: a virama and स. */
const ENGLISH_PLURAL = '\u094d\u0938';

function readLoanwords(text: string, language: LanguageCode, unify: (text: string) => string): string {
  let table = loanwordPatterns.get(language);
  if (table === undefined) {
    const words = LOANWORDS[language];
    const native = new Map(Object.entries(words ?? {}).map(([loan, word]) => [unify(loan.toLowerCase()), unify(word)]));
    const alternatives = [...native.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Whole words only: no letter or vowel sign on either side (\b knows only ASCII); the English plural
    // written on ("ऑपरेशन्स", "लेवल्स") reads as the word.
    table = native.size > 0 ? { pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives.join('|')})(?:${ENGLISH_PLURAL})?(?![\\p{L}\\p{M}])`, 'gu'), native } : null;
    loanwordPatterns.set(language, table);
  }
  return table ? text.replace(table.pattern, (loan) => table.native.get(loan) ?? table.native.get(loan.slice(0, -ENGLISH_PLURAL.length)) ?? loan) : text;
}

export function normalizeForSearch(text: string, language: LanguageCode): string {
  let result = asciiDigits(text.normalize('NFKC').toLowerCase());
  const script = LANGUAGES[language].script;
  if (script === 'Arabic') result = unifyArabicScript(result, language);
  if (script === 'Devanagari') result = unifyDevanagari(result);
  result = readLoanwords(result, language, script === 'Devanagari' ? unifyDevanagari : (word) => word);
  if (script === 'Ethiopic') result = unifyEthiopic(result);
  // Russian writes ё as е more often than not ("ещё"/"еще", "даёт"/"дает").
  if (script === 'Cyrillic') result = result.replace(/ё/g, 'е');
  if (language === 'en') result = americanSpelling(result);
  if (script === 'Latin') {
    // Accents are often left out when typing (aeroporto/aeroporto, ‘é’/‘e’).
    result = result.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  }
  // Typographic quotes and apostrophes → ASCII, so “gateway hub” and Hangzhou’s tokenise alike.
  return result.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
}

/** List numbering (in any script's digits: "۳. ", "३) "), quote marks and bullets pasted in front of a question ("6. ", "> ", "(2) ", "• "). */
const LEADING_MARKS = /^[\s>•·*\-–—"'“”«»„]*(?:\(?\p{Nd}{1,3}[.)\]:]\s*(?=\P{Nd})|[a-z][.)]\s+)?[\s>•·*\-–—"'“”«»„]*/iu;
/**
 * A mention of the bot typed before the question ("@BRICS Bot where is the centre", "@brics_partner_bot 中心在哪"):
 * the handle, and the words after it up to a closing "Bot" within three (a display name). Without a "Bot" only the
 * handle goes: the words after it may be the question's own ("@Bot Where is it?").
 */
const LEADING_MENTION = /^@[\p{L}\p{N}_.-]{1,64}(?:(?:\s+[\p{L}\p{N}_.-]{1,64}){0,3}?\s+bot(?![\p{L}\p{N}_]))?[\s,:;-]*/iu;
/** Markup people paste with a question: HTML tags (bounded, so the pattern stays linear), Markdown emphasis and code marks. */
const MARKUP = /<\/?[a-z][^<>]{0,200}>|[*_`~]{1,3}/giu;

/**
 * The question itself, without what was pasted around it: list numbering,
 * quotes, bullets, markup and a leading mention of the bot. Search reads this; digits inside the question
 * ("2027", "30 minutes") stay.
 */
/**
 * A reply's or a forward's marker typed or pasted before a subject line ("Re: the new Center - where is it?",
 * "رد: موضوع القطار - …", "回复：…"): in Latin letters "Re", "Fwd", "Fw", "AW", "Antw", "Res", "Resp"; Russian
 * "Отв"; Arabic "رد"; Chinese 回复 and 答复. Arabic "رد" is also the knowledge's word for sending goods back.
 */
const REPLY_MARK = /^(?:re|fwd?|aw|antw|resp?|отв|رد|回复|答复)\s*[:：]\s*/iu;

export function stripPastedMarks(question: string): string {
  const text = question.replace(MARKUP, ' ').replace(LEADING_MARKS, '').replace(LEADING_MENTION, '').replace(REPLY_MARK, '');
  // Closing quotes, trimmed by hand: a regex anchored at the end would be quadratic on a long run of quotes.
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text[end - 1]!)) end -= 1;
  return text.slice(0, end).trim();
}

const CLOSING_MARKS = new Set(['"', '“', '”', '«', '»', '„', ' ', '\t', '\n']);
