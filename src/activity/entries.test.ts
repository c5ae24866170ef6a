import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSourceText } from '../content/model.ts';
import { collectTargets, targetFromSource } from './entries.ts';

/** What collectTargets does with one file's text, without the disk. */
function targetFromText(text: string, id: string, file: string) {
  const parsed = parseSourceText('markdown', file, text, 'required');
  return parsed.file && parsed.problems.length === 0 ? targetFromSource(parsed.file, id) : { target: null, problems: parsed.problems };
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('targetFromText', () => {
  it('reads repo and pypi with their positions and ignores every other field', () => {
    const { target, problems } = targetFromText('---\nname: X\nrepo: https://github.com/o/n\nunknown: [1, 2]\npypi: X-Y\n---\nbody\n', 'c/x', 'c/x.md');
    expect(problems).toEqual([]);
    expect(target).toEqual({
      id: 'c/x', file: 'c/x.md',
      repo: { value: 'https://github.com/o/n', line: 3, col: 7, host: 'github', ref: { owner: 'o', name: 'n' } },
      pypi: { value: 'X-Y', line: 5, col: 7 },
    });
  });
  it('marks GitLab and Codeberg repositories without a GitHub ref', () => {
    expect(targetFromText('---\nrepo: https://gitlab.com/g/sub/p\n---\n', 'a', 'a.md').target?.repo).toMatchObject({ host: 'gitlab' });
    expect(targetFromText('---\nrepo: https://codeberg.org/o/p\n---\n', 'a', 'a.md').target?.repo).toMatchObject({ host: 'codeberg' });
  });
  it.each([
    ['---\nrepo: https://example.org/o/n\n---\n', 'activity/bad-repo', 2],
    ['---\nname: x\npypi: "not a name!"\n---\n', 'activity/bad-pypi', 3],
    ['no frontmatter here\n', 'frontmatter-missing', 1],
    ['---\nrepo: [unclosed\n---\n', 'yaml-syntax', 3],
    ['---\n- a list\n---\n', 'activity/yaml', 2],
  ])('reports %j as %s at line %i', (text, rule, line) => {
    const { problems } = targetFromText(text, 'a', 'a.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule, line, path: 'a.md' });
  });
});

describe('collectTargets', () => {
  it('counts ids from the entries folder and skips non-entry folders of content/', () => {
    dir = mkdtempSync(join(tmpdir(), 'activity-entries-'));
    mkdirSync(join(dir, 'content', 'entries', 'web'), { recursive: true });
    mkdirSync(join(dir, 'content', 'resources', 'books'), { recursive: true });
    writeFileSync(join(dir, 'content', 'entries', 'web', 'flask.md'), '---\nrepo: https://github.com/pallets/flask\npypi: Flask\n---\n');
    writeFileSync(join(dir, 'content', 'entries', 'web', 'plain.md'), '---\nname: no repo\n---\n');
    writeFileSync(join(dir, 'content', 'resources', 'books', 'b.md'), '---\nrepo: https://github.com/x/y\n---\n');
    const all = collectTargets(['content'], dir);
    expect(all.targets.map((t) => t.id)).toEqual(['web/flask', 'web/plain']);
    expect(all.targets[0]?.file).toBe('content/entries/web/flask.md');
    const one = collectTargets(['content/entries/web/flask.md'], dir);
    expect(one.targets.map((t) => t.id)).toEqual(['web/flask']);
    expect(() => collectTargets(['nope'], dir)).toThrow(/no such file or folder/);
  });
});
