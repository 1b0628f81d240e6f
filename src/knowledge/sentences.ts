// Sentences of prose, as Intl.Segmenter finds them: the loader checks an
// original's sentences with it, the answer picks a passage's most relevant ones.

/** Splits prose into sentences (used to check that every sentence of an original is covered). */
export function splitSentences(text: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
