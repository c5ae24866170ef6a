import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract.ts';

const at = (found: Awaited<ReturnType<typeof extractLinks>>) => found.links.map((l) => `${l.line} ${l.where} ${l.url}`);

describe('extractLinks', () => {
  it('takes every URL value of the frontmatter, whatever the key, with its line', async () => {
    const text = [
      '---',
      'name: X',
      'url: https://x.org',
      'repo: "https://github.com/x/x"',
      'links:',
      '  - title: Docs',
      '    href: https://docs.x.org/#intro',
      'note: not a url',
      'https://key.example: value',
      '---',
      '',
    ].join('\n');
    expect(at(await extractLinks('e.md', text))).toEqual([
      '3 frontmatter https://x.org',
      '4 frontmatter https://github.com/x/x',
      '7 frontmatter https://docs.x.org/#intro',
    ]);
  });

  it('takes links, images, definitions, autolinks and HTML hrefs from the body, with file lines', async () => {
    const text = [
      '---',
      'name: X',
      '---',
      'See [the docs](https://docs.example/a) and ![logo](https://img.example/l.png).',
      '',
      'Bare https://bare.example/x and <https://angle.example>.',
      '',
      '[ref]: https://def.example/',
      '',
      '<a href="https://html.example/">html</a>',
      '',
      '[site path](/entries/web/x/) and [mail](mailto:a@b.c) are not checked.',
      '',
      '```',
      'https://in-code.example/ is not a link',
      '```',
    ].join('\n');
    expect(at(await extractLinks('e.md', text))).toEqual([
      '4 body https://docs.example/a',
      '4 body https://img.example/l.png',
      '6 body https://bare.example/x',
      '6 body https://angle.example',
      '8 body https://def.example/',
      '10 body https://html.example/',
    ]);
  });

  it('reads a Markdown file without frontmatter (README, notes)', async () => {
    expect(at(await extractLinks('README.md', '# T\n\n- [a](https://a.example)\n'))).toEqual(['3 body https://a.example']);
  });

  it('reads URL values of a YAML file', async () => {
    const yaml = 'title: T\nseeAlso:\n  - title: A\n    url: https://a.example\n  - title: B\n    url: /category/b/\n';
    expect(at(await extractLinks('c.yaml', yaml))).toEqual(['4 frontmatter https://a.example']);
  });

  it('keeps the offsets of the node holding the URL', async () => {
    const text = '---\nurl: https://x.org\n---\n[a](https://y.org)\n';
    const [fm, body] = (await extractLinks('e.md', text)).links;
    expect(text.slice(fm!.start, fm!.end)).toBe('https://x.org');
    expect(text.slice(body!.start, body!.end)).toBe('[a](https://y.org)');
  });
});
