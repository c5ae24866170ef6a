/**
 * Issue 12, finding 5: every report that prints content or server text, fed hostile strings (a
 * newline plus a forged `::error::` command, a table pipe, a `](javascript:…)` link, ESC/BEL, HTML,
 * backticks). Text reports stay one line per finding with no control character; workflow
 * commands stay one command each; Markdown keeps its tables and links only to http(s).
 */
import { describe, expect, it } from 'vitest';
import { renderReportMarkdown, type ActivityFinding } from '../activity/report.ts';
import type { RunSummary } from '../activity/run.ts';
import { findingAnnotation, findingMarkdown, findingText } from '../cli/format.ts';
import { formatReport, summarize as summarizeProblems } from '../content/report.ts';
import type { Problem } from '../content/problem.ts';
import { toGithub, toMarkdown, toText } from '../links/report.ts';
import type { LinkItem } from '../links/run.ts';
import { HOSTILE, HOSTILE_NAME } from './test-support/hostile.ts';
import { nodesOf as nodes, parseGfm as parse } from './test-support/markdown.ts';

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Lines a GitHub runner would read as workflow commands. */
const commands = (out: string) => out.split(/\r?\n|\r/).filter((l) => l.startsWith('::'));

function expectSafeText(out: string, lines: number) {
  expect(out).not.toMatch(CONTROL);
  expect(commands(out)).toEqual([]);
  expect(out.trimEnd().split('\n')).toHaveLength(lines);
}

function expectSafeMarkdown(md: string, tableRows: number[]) {
  const tree = parse(md);
  expect(nodes(tree, 'table').map((t) => ('children' in t ? t.children.length : 0))).toEqual(tableRows);
  for (const row of nodes(tree, 'tableRow')) expect('children' in row ? row.children.length : 0).toBe(3);
  for (const link of nodes(tree, 'link')) expect('url' in link ? link.url : '').toMatch(/^https?:\/\//);
  expect(nodes(tree, 'html').map((h) => ('value' in h ? h.value : ''))).toEqual(md.includes('<!-- link-report: healthy -->') ? ['<!-- link-report: healthy -->'] : []);
  expect(md).not.toMatch(CONTROL);
  expect(commands(md)).toEqual([]);
}

const hostileUrl = `https://evil.example/${HOSTILE.jsLink}|x`;
const items: LinkItem[] = [
  {
    url: hostileUrl, key: hostileUrl, verdict: 'dead', status: 404, reason: HOSTILE.forgedCommand, state: 'failing', failures: 2, cached: false,
    sources: [{ file: `content/${HOSTILE.pipe}\n::error::x.md`, line: 3 }],
  },
  {
    url: 'https://moved.example/', key: 'https://moved.example/', verdict: 'redirected', status: 200, state: 'warning', failures: 0, cached: false,
    finalUrl: `https://to.example/${HOSTILE.esc}\n::error title=x::forged`, sources: [{ file: 'content/a.md', line: 4 }],
  },
  {
    url: 'https://redirected-away.example/', key: 'r', verdict: 'redirected', status: 301, state: 'warning', failures: 0, cached: false,
    finalUrl: 'javascript:alert(1)', sources: [{ file: 'content/a.md', line: 5 }],
  },
  {
    url: 'https://wall.example/', key: 'w', verdict: 'unknown', status: 403, reason: `${HOSTILE.html} ${HOSTILE.backticks} ${HOSTILE.bel}`, state: 'warning', failures: 0, cached: false,
    sources: [{ file: 'content/a.md', line: 6 }],
  },
];

describe('links report with hostile URLs, reasons, redirect targets and paths', () => {
  it('text: one line per link, nothing a runner or a terminal would act on', () => {
    expectSafeText(toText(items, 2), items.length + 2);
  });

  it('GitHub annotations: exactly one command per source, none forged', () => {
    const out = toGithub(items, 2);
    expect(commands(out).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning', '::warning', '::warning']);
    expect(out).not.toContain('\n::error title=x');
  });

  it('Markdown: tables keep their rows and three cells, links go to http(s) only, no HTML', () => {
    const md = toMarkdown(items, 2);
    expectSafeMarkdown(md, [2, 3, 2]);
    expect(md).toContain('`javascript:alert(1)`');
  });
});

describe('validator output', () => {
  const problems: Problem[] = [
    { path: 'content/entries/x/evil.md', line: 2, col: 7, rule: 'schema', severity: 'error', message: `name ${HOSTILE_NAME}`, hint: HOSTILE.forgedCommand },
  ];
  it('text and annotations stay one finding each', () => {
    expectSafeText(formatReport('text', problems, summarizeProblems(problems, 1)), 3);
    expect(commands(formatReport('github', problems, summarizeProblems(problems, 1)))).toHaveLength(1);
  });
});

describe('findings of every command (the shared formatters)', () => {
  it('a finding is one line plus its fix', () => {
    const f = { path: 'list.md', line: 1, col: 1, rule: 'import/no-link', severity: 'error' as const, message: HOSTILE_NAME, hint: HOSTILE.esc };
    expectSafeText(findingText(f), 2);
    expect(commands(findingAnnotation(f))).toHaveLength(1);
    const md = findingMarkdown({ ...f, message: `${HOSTILE_NAME} ${HOSTILE.jsLink} ${HOSTILE.html}` });
    expectSafeMarkdown(md, []);
    expect(nodes(parse(md), 'listItem')).toHaveLength(1);
  });
});

describe('activity report (nightly issue)', () => {
  it('ids, messages and fetch errors are escaped Markdown', () => {
    const findings: ActivityFinding[] = [
      { kind: 'renamed', id: `x/${HOSTILE.backticks}`, path: 'content/entries/x/y.md', line: 3, col: 1, rule: 'activity/renamed', severity: 'warning', message: `o/r is now ${HOSTILE.jsLink}`, hint: HOSTILE.forgedCommand },
    ];
    const summary: RunSummary = {
      github: { requested: 1, found: 1, missing: 0, errors: 1, fresh: 0, requests: 1, skipped: null },
      pypi: { requested: 0, found: 0, missing: 0, errors: 0, fresh: 0 },
      notGithub: 0,
      failures: [{ id: 'x/z', source: 'pypi', error: `${HOSTILE.html}\n::error title=x::forged ${HOSTILE.pipe}` }],
    };
    const md = renderReportMarkdown(findings, summary, { fetchedAt: '2026-12-06T00:00:00Z', entries: {} });
    expectSafeMarkdown(md, []);
    expect(nodes(parse(md), 'listItem')).toHaveLength(2);
    expect(nodes(parse(md), 'inlineCode').map((c) => ('value' in c ? c.value : ''))).toEqual([`x/${HOSTILE.backticks}`, 'x/z']);
  });
});
