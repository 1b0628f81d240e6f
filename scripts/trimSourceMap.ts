// A source map of the bundle that maps only our own code. Node reads and
// parses the map of every module it loads once source maps are on, and the
// full map of the bundle (4 MB, mostly the packages') cost about a tenth of a
// second of every start. Positions in the packages' code become unmapped: a
// stack trace shows the bundle's line there (with the package's file in the
// name esbuild gives its module), and the src/ file and line for our code.

/** A source map (version 3) as esbuild writes it: one `sources` list, `mappings` in base64 VLQ. */
export interface SourceMap {
  version: number;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
  [field: string]: unknown;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`source map: "${char}" is not base64`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeValue(value: number): string {
  let rest = value < 0 ? -value * 2 + 1 : value * 2;
  let text = '';
  do {
    const digit = rest % 32;
    rest = Math.floor(rest / 32);
    text += BASE64[rest > 0 ? digit | 32 : digit];
  } while (rest > 0);
  return text;
}

/**
 * The map with only the mappings into sources `keep` accepts (and only those
 * sources and the names they use). Where the bundle's code from another
 * source begins, a segment without a source stands, so that no position of
 * it is taken for the code before it.
 */
export function keepOnlySources(map: SourceMap, keep: (source: string) => boolean): SourceMap {
  const sourceIndex = new Map<number, number>();
  const nameIndex = new Map<number, number>();
  const sources: string[] = [];
  const sourcesContent: (string | null)[] = [];
  const names: string[] = [];
  // Running values of the input (VLQ fields are relative to the previous segment's) and of the output.
  let [source, line, column, name] = [0, 0, 0, 0];
  let [outSource, outLine, outColumn, outName] = [0, 0, 0, 0];
  // Whether the last segment written maps code: across lines too, as a position is looked up in all of them.
  let lastWasKept = false;
  const lines = map.mappings.split(';').map((text) => {
    let generatedColumn = 0;
    let outGeneratedColumn = 0;
    const kept: string[] = [];
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      generatedColumn += fields[0]!;
      let keepThis = false;
      if (fields.length >= 4) {
        source += fields[1]!;
        line += fields[2]!;
        column += fields[3]!;
        if (fields.length >= 5) name += fields[4]!;
        keepThis = keep(map.sources[source]!);
      }
      // An unmapped segment only where mapped code ends: the rest of another source's code needs no more.
      if (!keepThis && !lastWasKept) continue;
      // The first segment of a line, when unmapped, from column 0: its indentation is not the line before's code.
      const at = !keepThis && kept.length === 0 ? 0 : generatedColumn;
      let out = encodeValue(at - outGeneratedColumn);
      outGeneratedColumn = at;
      if (keepThis) {
        if (!sourceIndex.has(source)) {
          sourceIndex.set(source, sources.length);
          sources.push(map.sources[source]!);
          sourcesContent.push(map.sourcesContent?.[source] ?? null);
        }
        const newSource = sourceIndex.get(source)!;
        out += encodeValue(newSource - outSource) + encodeValue(line - outLine) + encodeValue(column - outColumn);
        [outSource, outLine, outColumn] = [newSource, line, column];
        if (fields.length >= 5) {
          if (!nameIndex.has(name)) {
            nameIndex.set(name, names.length);
            names.push(map.names[name]!);
          }
          const newName = nameIndex.get(name)!;
          out += encodeValue(newName - outName);
          outName = newName;
        }
      }
      kept.push(out);
      lastWasKept = keepThis;
    }
    return kept.join(',');
  });
  const trimmed: SourceMap = { ...map, sources, names, mappings: lines.join(';') };
  if (map.sourcesContent) trimmed.sourcesContent = sourcesContent;
  else delete trimmed.sourcesContent;
  return trimmed;
}

/** Where a line of generated code grew, and by how much: positions (UTF-16 units, before the change) and units added there. */
export type LineGrowth = Map<number, Array<[position: number, added: number]>>;

/**
 * The code with every UTF-16 unit beyond Latin-1 written as a `\uXXXX` escape, and where each line grew. V8 keeps
 * a script's source as one byte a character only if every character fits in Latin-1; esbuild escapes strings
 * but leaves regular-expression literals as written, and a few of them (Cyrillic, Ethiopic, emoji classes)
 * made the 8-million-character bundle a two-byte string. In a regular expression, as in an identifier or a
 * string, the escape is the character (a surrogate pair of escapes is one code point under the `u` flag); a
 * non-Latin-1 character escaped with a backslash (an identity escape) loses the backslash.
 */
export function escapeBeyondLatin1(code: string): { code: string; growth: LineGrowth } {
  const growth: LineGrowth = new Map();
  let line = 0;
  let lineStart = 0;
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < code.length; i += 1) {
    const unit = code.charCodeAt(i);
    if (unit === 10) {
      line += 1;
      lineStart = i + 1;
      continue;
    }
    if (unit <= 0xff) continue;
    let backslashes = 0;
    while (i - backslashes - 1 >= copiedTo && code.charCodeAt(i - backslashes - 1) === 92) backslashes += 1;
    const identityEscape = backslashes % 2 === 1;
    out += code.slice(copiedTo, identityEscape ? i - 1 : i) + `\\u${unit.toString(16).padStart(4, '0')}`;
    copiedTo = i + 1;
    const changes = growth.get(line) ?? growth.set(line, []).get(line)!;
    changes.push([i - lineStart, identityEscape ? 4 : 5]);
  }
  return { code: copiedTo === 0 ? code : out + code.slice(copiedTo), growth };
}

/** The map of code that grew as `growth` says: each generated column moved by what was added before it on its line. */
export function shiftGeneratedColumns(map: SourceMap, growth: LineGrowth): SourceMap {
  if (growth.size === 0) return map;
  const lines = map.mappings.split(';').map((text, line) => {
    const changes = growth.get(line);
    if (!changes) return text;
    let column = 0;
    let outColumn = 0;
    return text
      .split(',')
      .map((segment) => {
        if (segment === '') return segment;
        const fields = decodeSegment(segment);
        column += fields[0]!;
        const shifted = column + changes.reduce((sum, [position, added]) => (position < column ? sum + added : sum), 0);
        const out = encodeValue(shifted - outColumn) + fields.slice(1).map(encodeValue).join('');
        outColumn = shifted;
        return out;
      })
      .join(',');
  });
  return { ...map, mappings: lines.join(';') };
}
