/**
 * Issue 11/12: one content index, so an entry with 101 YAML aliases, a symlinked entry file and a
 * folder symlink that loops get the same clear `path:line:col  rule  message` answer from every
 * reader — the validator, the link checker, the activity fetcher and the site build — where they
 * used to pass, crash (exit 2 with no file named, "Maximum call stack size exceeded") or publish
 * the file twice.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as activity } from '../activity/command.ts';
import { runCommand, type CliIo, type Command } from '../cli/io.ts';
import { run as links } from '../links/command.ts';
import { contentIndex } from '../site/content-loader.ts';
import { startFakeGithub, type FakeGithub } from '../test-support/fake-github.ts';
import { fixedClock } from '../time/clock.ts';
import { run as validate } from './command.ts';
import { writeTree } from './fixtures/disk.ts';
import { baseTree, entry } from './fixtures/index.ts';
import { MAX_ALIASES } from './yaml-doc.ts';

let pypi: FakeGithub;
beforeAll(async () => {
  pypi = await startFakeGithub({ pypi: () => ({ version: '1.0' }) });
});
afterAll(() => pypi.close());

const aliasesEntry = entry('testing', { name: '&n Aliases', description: `[${Array.from({ length: MAX_ALIASES + 1 }, () => '*n').join(', ')}]` });

const cases: Array<{ name: string; make: (dir: string) => void; answer: string }> = [
  {
    name: `an entry with ${MAX_ALIASES + 1} YAML aliases`,
    make: () => undefined,
    answer: `content/entries/testing/aliases.md:8:${15 + 4 * MAX_ALIASES}  yaml-syntax  invalid YAML: more than ${MAX_ALIASES} YAML aliases (*name); write the values out instead of using anchors and aliases\n    fix: content needs no YAML anchors (&name) or aliases (*name): write each value where it is used`,
  },
  {
    name: 'a symlinked entry file',
    make: (dir) => symlinkSync('../web-frameworks/alpha.md', join(dir, 'content/entries/testing/linked.md')),
    answer: 'content/entries/testing/linked.md:1:1  bad-file  is a symbolic link, which is not followed\n    fix: replace the link with the file or folder itself (or delete it): the validator, the scripts and the site read regular files only',
  },
  {
    name: 'a folder symlink that loops',
    make: (dir) => symlinkSync('..', join(dir, 'content/entries/testing/loop')),
    answer: 'content/entries/testing/loop:1:1  bad-file  is a symbolic link, which is not followed\n    fix: replace the link with the file or folder itself (or delete it): the validator, the scripts and the site read regular files only',
  },
];

function project(c: (typeof cases)[number]): string {
  const dir = writeTree({ ...baseTree(), ...(c.name.includes('aliases') ? { 'entries/testing/aliases.md': aliasesEntry } : {}) }, 'atlas-same-answer-');
  c.make(dir);
  return dir;
}

async function call(name: string, command: Command, argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env, cwd };
  const code = await runCommand(name, command, argv, io, fixedClock('2026-12-06'));
  return { code, stdout, stderr };
}

describe.each(cases)('$name', (c) => {
  const dir = project(c);

  it('validate reports it and fails', async () => {
    const r = await call('validate', validate, [], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${c.answer}\n`);
    expect(r.stdout).toMatch(/validate failed: 1 error, 0 warnings/);
  });

  it('links reports it the same way and checks the rest', async () => {
    const r = await call('links', links, ['content', '--no-store', '--exclude', '.', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${c.answer}\n`);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
  });

  it('activity reports it the same way and fetches the rest', async () => {
    const r = await call('activity', activity, ['content', '--output', 'store.json'], dir, { PYPI_URL: pypi.origin });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${c.answer}\n`);
    expect(r.stdout).toMatch(/activity: 6 entries/);
  });

  it('the build refuses it with the same line', () => {
    expect(() => contentIndex(join(dir, 'content'))).toThrow(c.answer.split('\n')[0]!.replace(/^content\//, ''));
  });
});
