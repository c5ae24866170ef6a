/**
 * A linear pass over an awesome-list's lines, before any Markdown parser sees them, so that
 * input size and shape cannot exhaust the importer:
 *
 * - nesting: a list (or quote) nested deeper than MAX_NESTING is refused with its line — remark
 *   takes seconds per thousand levels, and walking such a tree overflows the stack;
 * - sections: the text is cut before each top-level `#` heading, so the parser holds one section's
 *   tree at a time instead of the whole document's (a 50,000-item list took 1.8 GB and a minute in
 *   one piece);
 * - link reference definitions, which apply to the whole document, are collected so every
 *   section can be parsed with them.
 *
 * Pure: text in, pieces out (scan.test.ts).
 */

/** Deepest list or quote nesting the importer reads; awesome lists use two or three levels. */
export const MAX_NESTING = 64;

/** Largest list file the importer reads (bytes); awesome lists are well under 1 MB. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/** An input the importer refuses, with where: the CLI prints `path:line:col message`. */
export class ImportInputError extends Error {
  readonly line: number;
  readonly column: number;
  readonly hint: string;
  constructor(line: number, column: number, message: string, hint: string) {
    super(message);
    this.name = 'ImportInputError';
    this.line = line;
    this.column = column;
    this.hint = hint;
  }
}

export interface Chunk {
  /** The chunk's text (whole lines). */
  text: string;
  /** 1-based line of the source where the chunk starts. */
  line: number;
}

export interface ScannedList {
  chunks: Chunk[];
  /** Lines holding link reference definitions (`[label]: https://…`), outside code. */
  definitions: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TOP_HEADING = /^#{1,6}(?:[ \t]|$)/;
const DEFINITION = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:[ \t]*\S/;
const ORDERED = /^\d{1,9}[.)](?=[ \t]|$)/;

/**
 * How deep a line can nest at most: each list marker or `>` at its start opens one level (with
 * the white space after it, which is the marker's own width), and every level it continues needs
 * at least two columns of indentation. An upper bound, so a line under it is certainly under the
 * limit. Returns the depth and the column where the line first goes past MAX_NESTING (else 1).
 */
export function lineNesting(line: string): { depth: number; column: number } {
  let markers = 0;
  let width = 0; // columns, tabs expanded
  let blank = 0; // columns of indentation that continue outer levels
  let column = 1;
  let i = 0;
  const space = () => {
    const w = line[i] === '\t' ? 4 - (width % 4) : 1;
    width += w;
    i++;
    return w;
  };
  /** A marker's own white space (up to 4 columns) belongs to it, not to indentation. */
  const afterMarker = () => {
    let own = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t') && own < 4) own += space();
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') blank += space();
    else if (c === '>') {
      markers++;
      width++;
      i++;
      afterMarker();
    } else if ((c === '-' || c === '*' || c === '+') && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      markers++;
      width++;
      i++;
      afterMarker();
    } else {
      const m = ORDERED.exec(line.slice(i, i + 11));
      if (!m) break;
      markers++;
      width += m[0].length;
      i += m[0].length;
      afterMarker();
    }
    if (column === 1 && markers + Math.floor(blank / 2) > MAX_NESTING) column = i + 1;
  }
  return { depth: markers + Math.floor(blank / 2), column };
}

/**
 * Splits `markdown` into sections and collects its definitions; throws ImportInputError at the
 * first line nested deeper than MAX_NESTING. A cut is made only before a `#` heading in column 1
 * that follows a blank line or another heading, outside fenced code: such a line always ends
 * whatever list, quote or paragraph came before, so each piece parses as it did in the whole.
 */
export function scanList(markdown: string): ScannedList {
  const lines = markdown.split('\n');
  const chunks: Chunk[] = [];
  const definitions: string[] = [];
  let fence: string | null = null;
  let start = 0;
  let previousBreaks = true; // start of text, a blank line or a heading
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.slice(f[0].length).trim() === '') fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      previousBreaks = false;
      continue;
    }
    const { depth, column } = lineNesting(line);
    if (depth > MAX_NESTING) {
      throw new ImportInputError(
        n + 1,
        column,
        `a list or quote nested ${depth} levels deep; the importer reads at most ${MAX_NESTING}`,
        'flatten the list (awesome lists use two or three levels), then import again',
      );
    }
    const heading = TOP_HEADING.test(line);
    if (heading && previousBreaks && n > start) {
      chunks.push({ text: lines.slice(start, n).join('\n'), line: start + 1 });
      start = n;
    }
    if (DEFINITION.test(line)) definitions.push(line.trim());
    previousBreaks = heading || line.trim() === '';
  }
  if (start < lines.length) chunks.push({ text: lines.slice(start).join('\n'), line: start + 1 });
  return { chunks, definitions };
}
