import { expect, test } from 'vitest';
import { renderMarkdown, withBase, isExternal } from './markdown.ts';

test('notes render as GFM', () => {
  const html = renderMarkdown('Use **it** for `x`.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
  expect(html).toContain('<strong>it</strong>');
  expect(html).toContain('<code>x</code>');
  expect(html).toContain('<table>');
});

test('script, event handlers and javascript: links are removed', () => {
  const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) <a href="#" onclick="x()">a</a>');
  expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
});

test('external links open safely; site links keep their path', () => {
  const html = renderMarkdown('[Docs](https://example.org/) and [Starlette](/entries/web-frameworks/starlette/)');
  expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">Docs</a>');
  expect(html).toContain('<a href="/entries/web-frameworks/starlette/">Starlette</a>');
});

test('site links get the deployment base', () => {
  const html = renderMarkdown('[S](/entries/a/b/)', { base: '/atlas/' });
  expect(html).toContain('href="/atlas/entries/a/b/"');
});

test('withBase and isExternal', () => {
  expect(withBase('/', '/x/')).toBe('/x/');
  expect(withBase('/atlas', '/x/')).toBe('/atlas/x/');
  expect(withBase('/atlas/', 'https://a.b/')).toBe('https://a.b/');
  expect(isExternal('//cdn.example/x')).toBe(true);
  expect(isExternal('/local')).toBe(false);
});
