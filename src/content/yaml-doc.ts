/**
 * YAML with a way back to the file. Values come from js-yaml (fast: the validator reads ~10,000
 * files in its benchmark); the position-keeping `yaml` Document is built only when something needs
 * a line number — a syntax error or a rule pointing at a key — so clean files never pay for it.
 * `locate` finds the line/column of any key path (`['tags', 1]`) so every problem points at the
 * exact key or value that is wrong.
 *
 * This is the one YAML parser of the project, with one set of limits: every reader of content
 * (validator, link checker, activity fetcher, `new`, `readme`, `import`, the site) parses through
 * here, so a document one of them accepts cannot crash another. Content needs no anchors and
 * aliases; a document may hold at most MAX_ALIASES of them, expanding to at most MAX_EXPANDED
 * nodes (a "billion laughs" document stays a one-line error, not a hung build).
 */
import jsyaml from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { Position } from './problem.ts';

export interface YamlError {
  /** Offset into the YAML text where the parser stopped. */
  offset: number;
  message: string;
  /** The `yaml` library's error code, e.g. DUPLICATE_KEY. */
  code: string;
}

/** What a rule needs from any parsed YAML, whether a whole file or an entry's frontmatter. */
export interface PositionedYaml {
  /** Plain JS value (undefined when the YAML has errors). */
  data: unknown;
  /** Syntax errors; empty when the YAML parsed. */
  errors: readonly YamlError[];
  /** 1-based file line of the first YAML line. */
  yamlLine: number;
  /** The YAML document with node ranges (offsets into the YAML text); built on first use. */
  readonly doc: Document.Parsed;
  /** Maps an offset in the YAML text to a 1-based {line, col} in the whole file. */
  position(offset: number): Position;
}

const DOC_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** Aliases (`*name`) one document may hold. */
export const MAX_ALIASES = 100;
/** Nodes a document may expand to once its aliases are resolved. */
export const MAX_EXPANDED = 100_000;

/** An error when the document's aliases pass the limits, at the alias that passed them; else null. */
function aliasLimitError(doc: Document.Parsed): YamlError | null {
  const aliases: Array<{ offset: number; node: unknown }> = [];
  visit(doc, {
    Alias(_key, node) {
      aliases.push({ offset: node.range?.[0] ?? 0, node });
    },
  });
  if (aliases.length === 0) return null;
  if (aliases.length > MAX_ALIASES) {
    const hint = 'write the values out instead of using anchors and aliases';
    return { offset: aliases[MAX_ALIASES]!.offset, message: `more than ${MAX_ALIASES} YAML aliases (*name); ${hint}`, code: 'ALIAS_LIMIT' };
  }
  // Resolved size, counting an alias as the node it names (memoized, so a bomb is cheap to measure).
  const sizes = new Map<unknown, number>();
  const size = (node: unknown, depth: number): number => {
    if (depth > 64) return Infinity;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let n = 1;
    if (isAlias(node)) n = size(node.resolve(doc), depth + 1);
    else if (isMap(node) || isSeq(node)) for (const item of node.items) n += size(isPair(item) ? item.value : item, depth + 1) + (isPair(item) ? 1 : 0);
    sizes.set(node, n);
    return n;
  };
  if (size(doc.contents, 0) > MAX_EXPANDED) {
    return { offset: aliases[0]!.offset, message: `YAML aliases expand past ${MAX_EXPANDED.toLocaleString('en')} values; write the values out instead of using anchors and aliases`, code: 'ALIAS_LIMIT' };
  }
  return null;
}

/**
 * Parses YAML text that starts at file line `yamlLine` (1 for a whole file, 2 for frontmatter).
 * YAML 1.2 core schema: dates stay strings; duplicate keys are errors.
 */
export function parsePositionedYaml(text: string, yamlLine = 1): PositionedYaml {
  let doc: Document.Parsed | undefined;
  let data: unknown;
  let errors: YamlError[] = [];
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    // Let `yaml` explain the problem: its messages and offsets are the ones we show.
    doc = parseDocument(text, DOC_OPTIONS);
    errors = doc.errors.map((e) => ({ offset: e.pos[0], message: e.message, code: e.code }));
    data = errors.length ? undefined : doc.toJS({ maxAliasCount: -1 });
  }
  // An alias needs a `*`: documents without one (nearly all) skip the count.
  if (errors.length === 0 && text.includes('*')) {
    doc ??= parseDocument(text, DOC_OPTIONS);
    const tooMany = aliasLimitError(doc);
    if (tooMany) {
      errors = [tooMany];
      data = undefined;
    }
  }
  let lineStarts: number[] | undefined;
  return {
    data,
    errors,
    yamlLine,
    get doc() {
      doc ??= parseDocument(text, DOC_OPTIONS);
      return doc;
    },
    position(offset: number) {
      if (!lineStarts) {
        lineStarts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      }
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: yamlLine + lo, col: offset - lineStarts[lo]! + 1 };
    },
  };
}

/** Parses a standalone YAML file. */
export function parseYamlFile(text: string): PositionedYaml {
  return parsePositionedYaml(text.startsWith('\uFEFF') ? text.slice(1) : text, 1);
}

interface Ranged {
  range?: [number, number, number] | null;
}

function startOf(y: PositionedYaml, node: unknown): Position | null {
  const range = (node as Ranged | null)?.range;
  return range ? y.position(range[0]) : null;
}

/**
 * Finds where a key path lives. `target: 'value'` points at the value (falling back to its key when
 * the value is empty); `'key'` points at the key itself. A path that runs out (a missing key)
 * resolves to the nearest existing ancestor, which is where the missing field would be added.
 */
export function locate(y: PositionedYaml, path: readonly PropertyKey[], target: 'value' | 'key' = 'value'): Position {
  let node: unknown = y.doc.contents;
  let best: Position = startOf(y, node) ?? { line: y.yamlLine, col: 1 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      const keyPos = startOf(y, pair.key) ?? best;
      if (last && target === 'key') return keyPos;
      const value = pair.value;
      const valuePos = startOf(y, value);
      if (!valuePos || (isScalar(value) && value.value === null)) return keyPos;
      node = value;
      best = valuePos;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      const itemPos = startOf(y, item);
      if (!itemPos) return best;
      node = item;
      best = itemPos;
    } else {
      return best;
    }
  }
  return best;
}
