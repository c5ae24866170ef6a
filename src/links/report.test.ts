import { describe, expect, it } from 'vitest';
import { HEALTHY_MARKER, isHealthy, summarize, toGithub, toJson, toMarkdown, toText } from './report.ts';
import type { LinkItem } from './run.ts';

const item = (url: string, over: Partial<LinkItem> = {}): LinkItem => ({
  url,
  key: url,
  verdict: 'ok',
  status: 200,
  sources: [{ file: 'content/a.md', line: 3 }],
  state: 'ok',
  failures: 0,
  cached: false,
  ...over,
});

const items: LinkItem[] = [
  item('https://ok.example/'),
  item('https://dead.example/', { verdict: 'dead', status: 404, reason: '404', state: 'failing', failures: 2 }),
  item('https://new-dead.example/', { verdict: 'dead', status: 410, reason: '410', state: 'suspect', failures: 1 }),
  item('https://moved.example/', { verdict: 'redirected', finalUrl: 'https://new.example/', state: 'warning' }),
  item('https://wall.example/', { verdict: 'unknown', status: 403, reason: 'bot wall (403)', state: 'warning' }),
  item('https://github.com/o/old', { archived: true, sources: [{ file: 'content/b.md', line: 4 }, { file: 'README.md', line: 9 }] }),
];

describe('reports', () => {
  it('counts by what a maintainer has to do', () => {
    expect(summarize(items)).toEqual({ total: 6, ok: 2, failing: 1, suspect: 1, redirected: 1, unknown: 1, archived: 1, cached: 0 });
  });

  it('is healthy only without dead or moved links (unknown and archived do not keep the issue open)', () => {
    expect(isHealthy(items)).toBe(false);
    expect(isHealthy(items.filter((i) => i.verdict === 'ok' || i.verdict === 'unknown'))).toBe(true);
  });

  it('JSON has exactly url, verdict, status?, finalUrl?, sources', () => {
    const json = JSON.parse(toJson(items.slice(3, 4)));
    expect(json).toEqual({ links: [{ url: 'https://moved.example/', verdict: 'redirected', status: 200, finalUrl: 'https://new.example/', sources: [{ file: 'content/a.md', line: 3 }] }] });
  });

  it('text lists problems first, by file:line, then a summary and a hint', () => {
    expect(toText(items, 2)).toBe(
      [
        'content/a.md:3 dead dead https://dead.example/ 404',
        'content/a.md:3 suspect dead https://new-dead.example/ 410',
        'content/a.md:3 warn redirected https://moved.example/ → https://new.example/ 200',
        'content/a.md:3 warn unknown https://wall.example/ 403 bot wall (403)',
        'content/b.md:4 note archived https://github.com/o/old',
        '6 links: 2 ok, 1 failing, 1 suspect (dead < 2 runs), 1 redirected, 1 unknown, 1 archived',
        'hint: `npm run links -- --fix` rewrites permanently redirected URLs in place.',
        '',
      ].join('\n'),
    );
  });

  it('Markdown has one table per kind of problem and the healthy marker only when healthy', () => {
    const md = toMarkdown(items, 2);
    for (const h of ['### Failing (1)', '### Suspect (1)', '### Redirected (1)', '### Unknown (1)', '### Archived (1)']) expect(md).toContain(h);
    expect(md).toContain('| <https://moved.example/> | <https://new.example/> | content/a.md:3 |');
    expect(md).toContain('| <https://dead.example/> | 404 (2 runs) | content/a.md:3 |');
    expect(md).not.toContain(HEALTHY_MARKER);
    expect(toMarkdown([items[0]!], 2)).toContain(HEALTHY_MARKER);
  });

  it('GitHub annotations: error for failing, warning for the rest, one per source, escaped', () => {
    const gh = toGithub([...items, item('https://x.example/a,b', { verdict: 'dead', state: 'failing', reason: 'line1\nline2', status: undefined, sources: [{ file: 'a,b:c.md', line: 1 }] })], 2);
    expect(gh).toContain('::error file=content/a.md,line=3,title=dead link::https://dead.example/ 404');
    expect(gh).toContain('::warning file=content/a.md,line=3,title=dead link (suspect%2C run 1 of 2)::https://new-dead.example/ 410');
    expect(gh).toContain('::notice file=README.md,line=9,title=archived repository::https://github.com/o/old');
    expect(gh).toContain('::error file=a%2Cb%3Ac.md,line=1,title=dead link::https://x.example/a,b line1%0Aline2');
  });
});
