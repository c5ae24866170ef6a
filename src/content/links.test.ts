import { describe, expect, it } from 'vitest';
import { createContext } from './context.ts';
import { loadTree } from './fixtures/index.ts';
import { bodyLinks, linksNeedParse, quickLinkCandidates } from './links.ts';

function fullParseLinks(body: string): string[] {
  const loaded = loadTree({ 'entries/a/b.md': `---\nname: x\n---\n${body}` });
  const ctx = createContext(loaded.files, null, new Date('2026-12-06T00:00:00Z'));
  return bodyLinks(ctx, loaded.files[0]!).map((l) => l.url);
}

describe('quickLinkCandidates', () => {
  // The pre-scan only decides whether to run the full parse, so it must never miss a link the
  // full parse finds. Every form here is checked against remark's own answer.
  it.each([
    'Plain [a](/entries/x/y/) link.',
    'Titled [a](/category/z/ "Title") link.',
    'Spaced [a]( /tag/t/ ) and image ![i](/img.png).',
    'Line-broken [a](\n/entries/x/y/) link.',
    'Nested [a [b] c](/about/) brackets.',
    'Reference [a][r] link.\n\n[r]: /entries/p/q/\n',
    'Reference with title [a][r].\n\n   [r]: https://x.org/ "t"\n',
    'Parens [w](https://en.wikipedia.org/wiki/A_(b)) inside.',
    '`code [not](/a/) link` and a [real](/b/) one.',
  ])('finds every link the full parse finds: %j', (body) => {
    const quick = quickLinkCandidates(body)!;
    for (const url of fullParseLinks(body)) expect(quick.some((q) => url.startsWith(q))).toBe(true);
  });

  it('asks for the full parse when the body has autolinks or HTML', () => {
    expect(quickLinkCandidates('See <https://x.org/>.')).toBeNull();
    expect(linksNeedParse('See <https://x.org/>.', () => false)).toBe(true);
  });

  it('skips the full parse when no candidate is suspicious', () => {
    expect(linksNeedParse('[a](/ok/) and [b](/fine/)', (u) => u === '/bad/')).toBe(false);
    expect(linksNeedParse('[a](/ok/) and [b](/bad/)', (u) => u === '/bad/')).toBe(true);
    expect(linksNeedParse('no links at all', () => true)).toBe(false);
  });
});
