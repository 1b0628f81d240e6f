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
// segmented whole.

export interface WordSegment {
  segment: string;
  /** Where the segment starts in the text (UTF-16 units). */
  index: number;
  /** A word (letters or numbers), not spaces or punctuation. */
  isWordLike: boolean;
}

/** A piece's segments, as [text, isWordLike]. */
type Segments = ReadonlyArray<readonly [segment: string, isWordLike: boolean]>;

/** Pieces a segmenter remembers: more than the words a knowledge base and its questions use (cleared when full). */
const PIECE_CACHE_SIZE = 20_000;
/** Longer pieces are segmented each time (a run of unspaced text, a pasted link): seldom the same twice. */
const LONGEST_CACHED_PIECE = 32;
/** A mark, format character (ZWJ, ZWNJ) or variation selector after a space: it belongs to the space's segment. */
const JOINS_THE_SPACE = / [\p{M}\p{Cf}]/u;
/**
 * Scripts written without spaces, segmented with a dictionary: a piece of them
 * longer than a word or two (the index's terms: 下沙, 港口) is a phrase or a
 * whole question, and is segmented each time.
 */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LONGEST_CACHED_UNSPACED_PIECE = 4;

const caches = new WeakMap<Intl.Segmenter, Map<string, Segments>>();

function segmentsOf(segmenter: Intl.Segmenter, text: string): Segments {
  return Array.from(segmenter.segment(text), ({ segment, isWordLike }) => [segment, isWordLike === true] as const);
}

/** The segments of `text`, as `[...segmenter.segment(text)]` gives them (a word segmenter's). */
export function wordSegments(segmenter: Intl.Segmenter, text: string): WordSegment[] {
  const result: WordSegment[] = [];
  if (JOINS_THE_SPACE.test(text)) {
    for (const { segment, index, isWordLike } of segmenter.segment(text)) result.push({ segment, index, isWordLike: isWordLike === true });
    return result;
  }
  let cache = caches.get(segmenter);
  if (!cache) caches.set(segmenter, (cache = new Map()));
  let at = 0;
  while (at < text.length) {
    let end = at;
    if (text.charCodeAt(at) === SPACE) {
      while (end < text.length && text.charCodeAt(end) === SPACE) end += 1;
      result.push({ segment: text.slice(at, end), index: at, isWordLike: false });
      at = end;
      continue;
    }
    while (end < text.length && text.charCodeAt(end) !== SPACE) end += 1;
    const piece = text.slice(at, end);
    let segments = cache.get(piece);
    if (!segments) {
      if (piece.length <= LONGEST_CACHED_UNSPACED_PIECE || (piece.length <= LONGEST_CACHED_PIECE && !UNSPACED_SCRIPT.test(piece))) {
        // A copy of its own: V8 keeps a longer slice (and the segments cut from it) as a view of the whole text.
        const kept = piece.length < 13 ? piece : [...piece].join('');
        segments = segmentsOf(segmenter, kept);
        if (cache.size >= PIECE_CACHE_SIZE) cache.clear();
        cache.set(kept, segments);
      } else segments = segmentsOf(segmenter, piece);
    }
    let index = at;
    for (const [segment, isWordLike] of segments) {
      result.push({ segment, index, isWordLike });
      index += segment.length;
    }
    at = end;
  }
  return result;
}

const SPACE = 0x20;
