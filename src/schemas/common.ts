/**
 * Field schemas shared by every content schema, so that "a tag", "a date" or "an https URL"
 * means the same thing in entries, resources and categories.
 */
import { z } from 'zod';

/** Lowercase kebab-case identifier: used for tags, category ids, subcategory ids and slugs. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, like "web-frameworks"');

/**
 * C0 controls, DEL, C1 controls and the Unicode line/paragraph separators. In a name, a sentence
 * or a URL they are never intended, and downstream they break things: ESC drives terminals, a
 * newline forges a GitHub workflow command in a report, most of them make rss.xml not XML.
 */
export const CONTROL_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL', 0x07: 'BEL', 0x08: 'backspace', 0x09: 'tab', 0x0a: 'newline', 0x0b: 'vertical tab', 0x0c: 'form feed',
  0x0d: 'carriage return', 0x1b: 'ESC', 0x7f: 'DEL', 0x85: 'NEL', 0x2028: 'line separator', 0x2029: 'paragraph separator',
};

/** How a message names a control character: `U+001B ESC`, `U+0001`. */
export function describeControl(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return CONTROL_NAMES[code] ? `${hex} ${CONTROL_NAMES[code]}` : hex;
}

/**
 * Refuses control characters, naming the first one and where it is; `multiline` lets newlines
 * (and tabs) through for paragraph fields such as a category intro.
 */
export function noControlChars(multiline = false) {
  return (ctx: z.core.ParsePayload<string>) => {
    const m = new RegExp(CONTROL_CHAR.source, 'g');
    for (let hit = m.exec(ctx.value); hit; hit = m.exec(ctx.value)) {
      if (multiline && (hit[0] === '\n' || hit[0] === '\t')) continue;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `must not contain control characters: ${describeControl(hit[0])} at character ${hit.index + 1}${multiline ? '' : ' (one line of text)'}; retype the text without it`,
      });
      return;
    }
  };
}

/** One line of display text (a name, a title): trimmed, not empty, no control characters. */
export const lineText = z.string().trim().min(1, 'must not be empty').check(noControlChars());

/** An absolute http(s) URL. The https-only and tracking rules live in the validator so they can point at the line. */
export const webUrl = z
  .string()
  // Before the URL check, which silently drops tabs and newlines as the URL parser does.
  .check(noControlChars())
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an absolute http(s) URL' });

/**
 * A calendar date (YYYY-MM-DD). Astro's frontmatter parser turns unquoted YAML dates into Date
 * objects while our own YAML parser keeps them as strings: accept both, always yield the string.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
);

/** One sentence in our own words; the style rules (length, capital, period) are validator rules. */
export const description = lineText;
