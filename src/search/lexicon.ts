// One language's vocabulary, laid out for the questions search asks of it at
// query time without ever scanning it: how many passages hold a term, and which known words lie one letter away from a word (a deletion index:
// every word is filed under itself and under each of its one-letter
// deletions, so two words one edit apart always share a key).

/** The most letters a word's ending may have beyond the start it shares with another form of it (`sharingStart`). */
const MAXIMUM_ENDING = 3;

/** Code points, so that a letter outside the Basic Multilingual Plane counts as one. */
function letters(word: string): string[] {
  return Array.from(word);
}

/** The word without one of its letters, for each letter. */
function deletions(word: string): string[] {
  const chars = letters(word);
  const result = new Set<string>();
  for (let i = 0; i < chars.length; i += 1) result.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return [...result];
}

function file(index: Map<string, string[]>, key: string, word: string): void {
  const words = index.get(key);
  if (words) words.push(word);
  else index.set(key, [word]);
}

/** Character n-grams of a word with its edges marked ("⟨qia", "ang⟩"), 3 to 5 letters long. */
export function edgeGrams(word: string, shortest = 3, longest = 5): string[] {
  const chars = ['⟨', ...letters(word), '⟩'];
  const grams = new Set<string>();
  for (let n = shortest; n <= longest; n += 1) for (let i = 0; i + n <= chars.length; i += 1) grams.add(chars.slice(i, i + n).join(''));
  return [...grams];
}

export class Lexicon {
  /** Term → how many passages hold it (which ones, the search's scored postings say). */
  private readonly frequencies = new Map<string, number>();
  /** A word or one of its one-letter deletions → the known words filed under it. */
  private readonly byDeletion = new Map<string, string[]>();
  /** The last `headLength` letters → the known words ending so (for languages that write compounds as one word). */
  private readonly byHead = new Map<string, string[]>();
  /** The last four letters → the known words ending so (for languages that write compounds as one word). */
  private readonly byEnd = new Map<string, string[]>();
  /** The first three letters → the known words beginning so (for languages that write compounds as one word). */
  private readonly byStart = new Map<string, string[]>();
  /** A character n-gram → the known words holding it, and each word's number of n-grams. */
  private readonly byGram = new Map<string, string[]>();
  private readonly gramCount = new Map<string, number>();
  /** Every term, in code-unit order (made on first use): the words beginning with a prefix are one run of it. */
  private sorted?: string[];

  /**
   * @param passageTerms each passage's terms, each once
   * @param headLength when set, words are also filed by their last `headLength` letters
   * @param shortest words shorter than this get no deletion keys (no variant rule reaches them)
   * @param modifierCompounds when set (and with `headLength`), a word also meets the known compounds it begins
   */
  constructor(passageTerms: Iterable<Iterable<string>>, readonly headLength?: number, shortest = 3, private readonly modifierCompounds = headLength !== undefined) {
    for (const terms of passageTerms) for (const term of terms) this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
    for (const word of this.frequencies.keys()) {
      const length = letters(word).length;
      if (length < shortest) continue;
      file(this.byDeletion, word, word);
      for (const key of deletions(word)) if (key !== word) file(this.byDeletion, key, word);
      if (headLength !== undefined && length >= headLength) file(this.byHead, letters(word).slice(-headLength).join(''), word);
      if (modifierCompounds) file(this.byStart, letters(word).slice(0, 3).join(''), word);
      if (headLength !== undefined && length >= 4) file(this.byEnd, letters(word).slice(-4).join(''), word);
    }
  }

  /** In how many passages `term` occurs (undefined when the knowledge does not have it). */
  documentFrequency(term: string): number | undefined {
    return this.frequencies.get(term);
  }

  has(term: string): boolean {
    return this.frequencies.has(term);
  }

  /** The known words beginning with `prefix` (it included), as Orama's radix tree reads a search term. */
  startingWith(prefix: string): readonly string[] {
    const sorted = (this.sorted ??= [...this.frequencies.keys()].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < sorted.length && sorted[end]!.startsWith(prefix)) end += 1;
    return sorted.slice(low, end);
  }

  /**
   * Known words at most one edit (a letter substituted, added, dropped, or two
   * neighbours swapped) from `word`, `word` itself included when known:
   * the candidates every variant rule then filters.
   */
  neighbours(word: string): string[] {
    const found = new Set<string>();
    for (const key of [word, ...deletions(word)]) for (const known of this.byDeletion.get(key) ?? []) found.add(known);
    return [...found];
  }

  /**
   * Known words whose character n-grams overlap `word`'s by at least
   * `minimum` (Dice coefficient, 0..1), most similar first: word forms no
   * stemmer or one-letter rule joins (isiZulu esikhungweni / isikhungo).
   * N-grams held by more than `commonest` words are skipped: they join
   * nothing in particular, and skipping them bounds the work.
   */
  similar(word: string, minimum: number, commonest = 200): Array<{ word: string; similarity: number }> {
    this.fileGrams();
    const grams = edgeGrams(word);
    const shared = new Map<string, number>();
    for (const gram of grams) {
      const holders = this.byGram.get(gram);
      if (!holders || holders.length > commonest) continue;
      for (const known of holders) shared.set(known, (shared.get(known) ?? 0) + 1);
    }
    const result: Array<{ word: string; similarity: number }> = [];
    for (const [known, count] of shared) {
      const similarity = (2 * count) / (grams.length + this.gramCount.get(known)!);
      if (similarity >= minimum && known !== word) result.push({ word: known, similarity });
    }
    return result.sort((a, b) => b.similarity - a.similarity);
  }

  /** Files every known word by its n-grams, the first time they are asked for (search leaves this off by default). */
  private fileGrams(): void {
    if (this.gramCount.size > 0) return;
    for (const word of this.frequencies.keys()) {
      if (letters(word).length < 3) continue;
      const grams = edgeGrams(word);
      this.gramCount.set(word, grams.length);
      for (const gram of grams) file(this.byGram, gram, word);
    }
  }

  /**
   * Known compounds that begin with `word` as a whole word of at least three
   * letters followed by at least three more ("see" → "seehawe"): in languages
   * that write compounds as one word, the modifier is a word of its own too.
   */
  compoundsStartingWith(word: string): string[] {
    if (!this.modifierCompounds) return [];
    const chars = letters(word);
    if (chars.length < 3) return [];
    return (this.byStart.get(chars.slice(0, 3).join('')) ?? []).filter((known) => known.startsWith(word) && letters(known).length - chars.length >= 3);
  }

  /**
   * Known compounds that end with `word` as a whole word of at least four letters after at least three more
   * ("sone" → "vryhandelsone"): in languages that write compounds as one word, the last part names the thing.
   */
  compoundsEndingWith(word: string): string[] {
    if (this.headLength === undefined) return [];
    const chars = letters(word);
    if (chars.length < 4) return [];
    return (this.byEnd.get(chars.slice(-4).join('')) ?? []).filter((known) => known.endsWith(word) && letters(known).length - chars.length >= 3);
  }

  /**
   * The known word ending `word` after a known modifier ("hoëspoedstasie": "stasie" after "hoëspoed", which starts
   * "hoëspoedspoorstasie"), longest first: in languages writing compounds as one word, a compound the knowledge
   * lacks still names the thing its last part does. The head has at least four letters, the modifier at least
   * three, and the modifier (less a linking s or e) is a known word or the start of one.
   */
  compoundHead(word: string): string | undefined {
    if (this.headLength === undefined) return undefined;
    const chars = letters(word);
    for (let cut = 3; cut <= chars.length - 4; cut += 1) {
      const head = chars.slice(cut).join('');
      if (!this.frequencies.has(head)) continue;
      const modifier = chars.slice(0, cut).join('');
      const bare = /[se]$/.test(modifier) && cut > 3 ? modifier.slice(0, -1) : modifier;
      if ([modifier, bare].some((m) => this.startingWith(m).length > 0)) return head;
    }
    return undefined;
  }

  /**
   * Known words sharing the start of `word` up to an ending of at most three letters on each side (isiZulu's
   * passive "hlolw" meets "hlol", Persian "تحقیقات" and "گمرکیه" meet "تحقیق" and "گمرک"): in languages whose
   * stemmers leave a word's endings on, the forms of one word. The shared start is six letters or more, or the
   * whole of the shorter word (four letters at least).
   */
  sharingStart(word: string): string[] {
    const chars = letters(word);
    if (chars.length < 4) return [];
    return this.startingWith(chars.slice(0, 4).join('')).filter((known) => {
      if (known === word) return false;
      const other = letters(known);
      let shared = 0;
      while (shared < other.length && shared < chars.length && other[shared] === chars[shared]) shared += 1;
      return other.length - shared <= MAXIMUM_ENDING && chars.length - shared <= MAXIMUM_ENDING && (shared >= 6 || shared === Math.min(other.length, chars.length));
    });
  }

  /** Known words sharing the last `headLength` letters of `word` (none when compounds are not looked for). */
  sharingHead(word: string): string[] {
    if (this.headLength === undefined) return [];
    const chars = letters(word);
    if (chars.length < this.headLength) return [];
    return this.byHead.get(chars.slice(-this.headLength).join('')) ?? [];
  }
}
