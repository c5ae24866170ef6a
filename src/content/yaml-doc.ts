/**
 * YAML with a way back to the file: parses a whole `.yaml` file the same way frontmatter is parsed,
 * and finds the line/column of any key path (`['tags', 1]`), so every rule can point at the exact
 * key or value that is wrong instead of at the top of the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Position } from './problem.ts';

/** What a rule needs from any parsed YAML, whether a whole file or an entry's frontmatter. */
export interface PositionedYaml {
  doc: Document.Parsed;
  /** Plain JS value (undefined when the YAML has errors). */
  data: unknown;
  /** 1-based file line of the first YAML line. */
  yamlLine: number;
  /** Maps an offset in the YAML text to a 1-based {line, col} in the whole file. */
  position(offset: number): Position;
}

/** Parses a standalone YAML file (YAML 1.2 core schema, duplicate keys are errors). */
export function parseYamlFile(text: string): PositionedYaml {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(src, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return {
    doc,
    data: doc.errors.length ? undefined : doc.toJS(),
    yamlLine: 1,
    position(offset: number) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, col };
    },
  };
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
