// Whether a message is plainly one sentence, told from its characters: the
// search reads each question of a longer message on its own, and asking
// Intl.Segmenter (ICU, some microseconds a segment) for the sentences of every
// one-line question was about 1.5 % of the bot's CPU under load.
// Unicode's sentence boundaries (UAX #29, which ICU follows) come only after a
// terminator (STerm, ATerm: ".", "?", "!", "。", "।", "؟", "።", ...) or a
// paragraph separator. A text with neither, but for a run of question or
// exclamation marks at its end (terminators never split from each other,
// SB8a), is one sentence. Anything else is left to Intl.Segmenter.

/** Letters, marks, digits, spaces, format characters and punctuation that is no terminator. */
const NEVER_ENDS = String.raw`[\p{L}\p{M}\p{N}\p{Zs}\p{Cf},;:'"“”‘’«»()\-/&%#@+=*]`;
const ONE_SENTENCE = new RegExp(String.raw`^${NEVER_ENDS}*[?!？！؟፧]*[ \t]*$`, 'u');

/** True when `text` is certainly a single sentence (false means only: ask Intl.Segmenter). */
export function isPlainlyOneSentence(text: string): boolean {
  return ONE_SENTENCE.test(text);
}

/**
 * `segmenter` (of sentences), answering a plainly one-sentence text itself: its one segment is the whole text,
 * as Intl.Segmenter's would be (the tests compare them); any other text goes to `segmenter`.
 */
export function withOneSentenceShortcut(segmenter: Intl.Segmenter): Intl.Segmenter {
  return {
    resolvedOptions: () => segmenter.resolvedOptions(),
    segment: (text: string) => (isPlainlyOneSentence(text) ? oneSegment(String(text)) : segmenter.segment(text)),
  };
}

function oneSegment(text: string): Intl.Segments {
  const segments: Intl.SegmentData[] = text === '' ? [] : [{ segment: text, index: 0, input: text }];
  return {
    containing: (index = 0) => (index >= 0 && index < text.length ? { ...segments[0]! } : undefined),
    [Symbol.iterator]: () => segments.map((segment) => ({ ...segment }))[Symbol.iterator](),
  };
}
