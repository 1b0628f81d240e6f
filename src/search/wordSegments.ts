// Intl.Segmenter's words of a text, the same segments, with each space-separated
// piece segmented once: V8 answers each step of a segment iterator through ICU,
// about 3 µs a segment on this machine, and the search segments every question
// five or six times (question words, scripts, terms, BM25), the same words again
// and again. Tests check the result against Intl.Segmenter's own.
//
// Why pieces between spaces can be segmented alone: in Unicode's word boundary
// rules (UAX #29, which ICU follows) a space always ends a word and begins one,
// except that spaces stay together (WB3d) and a mark or format character after
// a space joins the space (WB4); a text with such a character after a space is
// segmented whole by Intl.Segmenter.

export interface WordSegment {
  segment: string;
  /** Where the segment starts in the text (UTF-16 units). */
  index: number;
  /** A word (letters or numbers), not spaces or punctuation. */
  isWordLike: boolean;
}

/** A piece's segments: their texts, and which are words. */
interface Segments {
  texts: string[];
  wordLike: boolean[];
}

/** What is remembered of a piece that is one word, the commonest case: the piece itself is the segment. */
const ONE_WORD = 1;

/**
 * Pieces a segmenter remembers (cleared when full): more than people's questions use (the bench's 433
 * questions leave 200-400 in each language's segmenters, 1,600 in the one for scripts, which reads them all).
 * About 0.5 MB at most each, and there are 23 (a tokenizer's and the question reader's per language, and
 * the one for scripts): a flood of made-up words costs little memory.
 */
const PIECE_CACHE_SIZE = 5_000;
/** Longer pieces are segmented each time (a run of unspaced text, a pasted link): seldom the same twice. */
const LONGEST_CACHED_PIECE = 32;
/**
 * What joins a space before it (UAX #29's Extend and Format, WB4): marks, format characters (ZWJ, ZWNJ,
 * tags), the halfwidth kana sound marks and the emoji skin tones. Only looked for after a space, beyond ASCII.
 */
const JOINS_A_SPACE = /^[\p{M}\p{Cf}\uff9e\uff9f\u{1f3fb}-\u{1f3ff}]/u;
/**
 * Scripts written without spaces, segmented with a dictionary: a piece of them
 * longer than a word or two (the index's terms: 下沙, 港口) is a phrase or a
 * whole question, and is segmented each time.
 */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LONGEST_CACHED_UNSPACED_PIECE = 4;

/**
 * A piece that is one word of an alphabet UAX #29 keeps whole (ALetter: Latin, Cyrillic, Greek, Arabic,
 * Devanagari, Ethiopic letters; WB4 marks and ZWNJ inside it; WB8-10 ASCII digits with them), and at most
 * one mark of punctuation after it, which is a segment of its own (WB6, WB7, WB11, WB12 join it only to a
 * letter or digit after it): its segments are known without asking ICU. A knowledge base of 10,000
 * passages has more distinct pieces than a segmenter remembers, and ICU was a fifth of its build.
 */
const ALPHABETS = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Arabic}\\p{Script=Devanagari}\\p{Script=Ethiopic}';
const PLAIN_WORD = new RegExp(
  `^(?:(?=\\p{L})[${ALPHABETS}]|[0-9])(?:(?=[\\p{L}\\p{M}])[${ALPHABETS}\\p{Script=Inherited}]|[0-9\\u200c])*([,.;:!?)\\u060c\\u061b\\u061f\\u0964\\u0965\\u1361-\\u1368])?$`,
  'u',
);

const caches = new WeakMap<Intl.Segmenter, Map<string, Segments | typeof ONE_WORD>>();

function segmentsOf(segmenter: Intl.Segmenter, text: string): Segments {
  const plain = PLAIN_WORD.exec(text);
  if (plain) return plain[1] === undefined ? { texts: [text], wordLike: [true] } : { texts: [text.slice(0, -1), plain[1]], wordLike: [true, false] };
  const texts: string[] = [];
  const wordLike: boolean[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    texts.push(segment);
    wordLike.push(isWordLike === true);
  }
  return { texts, wordLike };
}

function intlSegments(segmenter: Intl.Segmenter, text: string): WordSegment[] {
  return Array.from(segmenter.segment(text), ({ segment, index, isWordLike }) => ({ segment, index, isWordLike: isWordLike === true }));
}

/** The segments of `text`, as `[...segmenter.segment(text)]` gives them (a word segmenter's). */
export function wordSegments(segmenter: Intl.Segmenter, text: string): WordSegment[] {
  let cache = caches.get(segmenter);
  if (!cache) caches.set(segmenter, (cache = new Map()));
  const result: WordSegment[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    let end = at;
    if (text.charCodeAt(at) === SPACE) {
      while (end < length && text.charCodeAt(end) === SPACE) end += 1;
      if (end < length && text.charCodeAt(end) > 0x7f && JOINS_A_SPACE.test(text.slice(end, end + 2))) return intlSegments(segmenter, text);
      result.push({ segment: text.slice(at, end), index: at, isWordLike: false });
      at = end;
      continue;
    }
    while (end < length && text.charCodeAt(end) !== SPACE) end += 1;
    const piece = text.slice(at, end);
    let segments = cache.get(piece);
    if (segments === undefined) {
      if (piece.length <= LONGEST_CACHED_UNSPACED_PIECE || (piece.length <= LONGEST_CACHED_PIECE && !UNSPACED_SCRIPT.test(piece))) {
        // A copy of its own: V8 keeps a longer slice (and the segments cut from it) as a view of the whole text.
        const kept = piece.length < 13 ? piece : [...piece].join('');
        const found = segmentsOf(segmenter, kept);
        segments = found.texts.length === 1 && found.wordLike[0] === true ? ONE_WORD : found;
        if (cache.size >= PIECE_CACHE_SIZE) cache.clear();
        cache.set(kept, segments);
      } else segments = segmentsOf(segmenter, piece);
    }
    if (segments === ONE_WORD) result.push({ segment: piece, index: at, isWordLike: true });
    else {
      const { texts, wordLike } = segments;
      let index = at;
      for (let i = 0; i < texts.length; i += 1) {
        result.push({ segment: texts[i]!, index, isWordLike: wordLike[i]! });
        index += texts[i]!.length;
      }
    }
    at = end;
  }
  return result;
}

const SPACE = 0x20;

/** What ends a sentence, in the supported languages' scripts (a word after it opens the next one). */
export const SENTENCE_END = /[.!?。？！؟፧।॥]/u;

/** The question marks of the supported languages' scripts (Latin, Chinese, Arabic, Ethiopic). */
export const QUESTION_MARKS = /[?？؟፧]/u;

/**
 * The word segments of `segments` that open a sentence: the first word, and the first after a sentence's end mark.
 * `counts` says which word-like segments count as words (a question reader skips its chatter words).
 */
export function sentenceOpeners(segments: readonly WordSegment[], counts: (segment: WordSegment) => boolean = (segment) => segment.isWordLike): Set<WordSegment> {
  const openers = new Set<WordSegment>();
  let opening = true;
  for (const segment of segments) {
    if (counts(segment)) {
      if (opening) openers.add(segment);
      opening = false;
    } else if (!segment.isWordLike && SENTENCE_END.test(segment.segment)) opening = true;
  }
  return openers;
}
