/**
 * Rule `bad-file`: a content file must be non-empty UTF-8 text under 1 MB. Anything else (an empty
 * file, a stray image, a file saved as Latin-1, a pasted log) would make every later rule guess, so
 * it is reported once, clearly, and the file is skipped.
 *
 * A symbolic link is one too: nothing in the project follows links (src/content/walk.ts), so a
 * linked entry or a linked folder would be read by nobody, or looped through forever.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Position, Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'bad-file';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'a UTF-8 entry with frontmatter',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'an empty file',
      files: { 'entries/testing/empty.md': '' },
      reports: [
        'content/entries/testing/empty.md:1:1  bad-file  file is empty',
      ],
    },
    {
      title: 'Latin-1 bytes',
      files: { 'categories/data.yaml': { bytes: [0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0x44, 0xe9, 0xa] } },
      reports: [
        'content/categories/data.yaml:1:9  bad-file  file is not valid UTF-8',
      ],
    },
    {
      title: 'a symbolic link to another entry',
      files: { 'entries/testing/linked.md': { symlink: '../web-frameworks/alpha.md' } },
      reports: [
        'content/entries/testing/linked.md:1:1  bad-file  is a symbolic link, which is not followed',
      ],
    },
  ],
};

/** The problem for a symbolic link found under a folder that is read (file or folder link alike). */
export function symlinkProblem(path: string): Problem {
  return {
    path,
    line: 1,
    col: 1,
    rule: id,
    severity: 'error',
    message: 'is a symbolic link, which is not followed',
    hint: 'replace the link with the file or folder itself (or delete it): the validator, the scripts and the site read regular files only',
  };
}

/** Content files are a few hundred bytes; 1 MB means something went wrong. */
export const MAX_BYTES = 1024 * 1024;

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; position: Position; message: string; hint: string };

/** Rejects a file by size before reading it, so a huge file costs nothing. */
export function checkSize(size: number): Decoded | null {
  if (size <= MAX_BYTES) return null;
  return {
    ok: false,
    position: { line: 1, col: 1 },
    message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; content files must be under 1 MB`,
    hint: 'content files hold frontmatter and a short note; move large material elsewhere or delete the file',
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

function lineColAt(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: index - lineStart + 1 };
}

/** Decodes file bytes, or says precisely why they are not a content file. */
export function decodeContent(bytes: Uint8Array): Decoded {
  const size = checkSize(bytes.length);
  if (size) return size;
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      position: lineColAt(utf8Lossy.decode(bytes.subarray(0, nul)), nul),
      message: 'file is binary (it contains NUL bytes), not a text content file',
      hint: 'only Markdown (.md) and YAML (.yaml) text belongs under content/; remove the file',
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = utf8Lossy.decode(bytes);
    return {
      ok: false,
      position: lineColAt(lossy, Math.max(0, lossy.indexOf('\uFFFD'))),
      message: 'file is not valid UTF-8',
      hint: 're-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
    };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return {
      ok: false,
      position: { line: 1, col: 1 },
      message: 'file is empty',
      hint: 'fill it in (`npm run new` scaffolds an entry) or delete it',
    };
  }
  return { ok: true, text };
}
