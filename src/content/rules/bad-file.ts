/**
 * Rule `bad-file`: a content file must be non-empty UTF-8 text under 1 MB. Anything else (an empty
 * file, a stray image, a file saved as Latin-1, a pasted log) would make every later rule guess, so
 * it is reported once, clearly, and the file is skipped.
 *
 * A symbolic link is one too: nothing in the project follows links (src/content/walk.ts), so a
 * linked entry or a linked folder would be read by nobody, or looped through forever.
 *
 * Passes: `content/entries/testing/pytest.md` holding UTF-8 frontmatter.
 * Fails:  a 0-byte file                       → `path:1:1  bad-file  file is empty`
 *         bytes `6e 61 6d 65 3a 20 e9 0a`      → `path:1:7  bad-file  file is not valid UTF-8`
 *         `ln -s ../web/flask.md flask.md`     → `path:1:1  bad-file  is a symbolic link, which is not followed`
 */
import type { Position, Problem } from '../problem.ts';

export const id = 'bad-file';

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
