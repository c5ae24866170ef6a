import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import {
  CONTROL_CHAR,
  describeControl,
  htmlText,
  markdownCode,
  markdownText,
  markdownUrl,
  oneLine,
  workflowData,
  workflowProperty,
  xmlSafe,
  xmlText,
} from './escape.ts';
import { HOSTILE } from './test-support/hostile.ts';
import { nodesOf, parseGfm as parse, textOf } from './test-support/markdown.ts';



describe('CONTROL_CHAR', () => {
  it.each([
    ['\u0000', true], ['\u0007', true], ['\t', true], ['\n', true], ['\u001b', true], ['\u007f', true], ['\u0085', true],
    ['\u2028', true], ['\u2029', true], ['a', false], [' ', false], ['é', false], ['→', false], ['😀', false],
  ])('%j is a control character: %s', (ch, expected) => {
    expect(CONTROL_CHAR.test(ch)).toBe(expected);
  });

  it('names the usual suspects', () => {
    expect(describeControl('\u001b')).toBe('U+001B ESC');
    expect(describeControl('\n')).toBe('U+000A newline');
    expect(describeControl('\u0001')).toBe('U+0001');
  });
});

describe('oneLine', () => {
  it.each([
    [HOSTILE.forgedCommand, 'Evil\\n::error title=x::forged'],
    [HOSTILE.esc, 'red\\x1b[31m text'],
    ['a\r\nb\tc\u0000d\u2028e', 'a\\r\\nb\\tc\\x00d\\u2028e'],
    ['plain → text', 'plain → text'],
  ])('%j → %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });
});

describe('workflow commands', () => {
  it.each([
    ['100%', '100%25'],
    [HOSTILE.forgedCommand, 'Evil%0A::error title=x::forged'],
    ['a\r\nb', 'a%0D%0Ab'],
    [HOSTILE.esc, 'red\\x1b[31m text'],
  ])('data %j → %j', (input, expected) => {
    expect(workflowData(input)).toBe(expected);
  });

  it.each([
    ['a:b,c', 'a%3Ab%2Cc'],
    ['x\n::error::y', 'x%0A%3A%3Aerror%3A%3Ay'],
  ])('property %j → %j', (input, expected) => {
    expect(workflowProperty(input)).toBe(expected);
  });

  it('never lets a string start a new line', () => {
    for (const s of Object.values(HOSTILE)) {
      expect(workflowData(s)).not.toMatch(/[\r\n]/);
      expect(workflowProperty(s)).not.toMatch(/[\r\n:,]/);
    }
  });
});

describe('markdownText', () => {
  it.each(Object.entries(HOSTILE))('%s renders as exactly its text, in one paragraph, with no link, HTML or code', (_name, input) => {
    const tree = parse(markdownText(input));
    expect(tree.children).toHaveLength(1);
    expect(nodesOf(tree, 'link')).toHaveLength(0);
    expect(nodesOf(tree, 'html')).toHaveLength(0);
    expect(nodesOf(tree, 'inlineCode')).toHaveLength(0);
    expect(textOf(tree)).toBe(oneLine(input));
  });

  it('keeps a table cell one cell', () => {
    const md = `| A | B |\n|---|---|\n| ${markdownText(HOSTILE.pipe)} | ${markdownText(HOSTILE.forgedCommand)} |\n`;
    const rows = nodesOf(parse(md), 'tableRow');
    expect(rows).toHaveLength(2);
    expect(rows[1] && 'children' in rows[1] ? rows[1].children.map((c) => textOf(c as Nodes)) : []).toEqual(['a | b', 'Evil\\n::error title=x::forged']);
  });
});

describe('markdownCode', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    [HOSTILE.backticks, '``` ``code`` ```'],
    ['a\nb', '`a\\nb`'],
  ])('%j → %j', (input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });

  it('shows the text verbatim as code, also inside a table', () => {
    for (const s of Object.values(HOSTILE)) {
      const md = `| A |\n|---|\n| ${markdownCode(s, { table: true })} |\n`;
      const codes = nodesOf(parse(md), 'inlineCode');
      expect(codes).toHaveLength(1);
      expect('value' in codes[0]! ? codes[0].value : '').toBe(oneLine(s));
    }
  });
});

describe('markdownUrl', () => {
  it.each([
    ['https://example.org/a?b=c#d', '<https://example.org/a?b=c#d>'],
    ['https://example.org/a|b', '<https://example.org/a%7Cb>'],
    ['https://example.org/a>b<c', '<https://example.org/a%3Eb%3Cc>'],
    ['https://example.org/a b\nc', '<https://example.org/a%20b%0Ac>'],
    ['https://example.org/`x`', '<https://example.org/%60x%60>'],
    ['javascript:alert(1)', '`javascript:alert(1)`'],
    ['x](javascript:alert(1))', '`x](javascript:alert(1))`'],
  ])('%j → %j', (input, expected) => {
    expect(markdownUrl(input)).toBe(expected);
  });

  it('links only to http(s), one cell wide', () => {
    const urls = ['https://evil.example/|x](javascript:alert(1))', 'javascript:alert(1)', 'https://e.example/\n::error::x', 'https://ok.example/<b>'];
    const md = `| URL |\n|---|\n${urls.map((u) => `| ${markdownUrl(u)} |`).join('\n')}\n`;
    const tree = parse(md);
    expect(nodesOf(tree, 'tableRow')).toHaveLength(urls.length + 1);
    for (const link of nodesOf(tree, 'link')) expect('url' in link ? link.url : '').toMatch(/^https:\/\//);
    expect(nodesOf(tree, 'html')).toHaveLength(0);
  });
});

describe('XML and HTML', () => {
  it.each([
    ['a\u001bb\u0007c\u0000d', 'a\ufffdb\ufffdc\ufffdd'],
    ['tab\tnl\ncr\r ok', 'tab\tnl\ncr\r ok'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['<b>&', '<b>&'],
  ])('xmlSafe %j → %j', (input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });

  it('xmlText escapes markup too', () => {
    expect(xmlText('<a href="x">&\u001b</a>')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;\ufffd&#60;/a&#62;');
  });

  it('htmlText escapes markup and shows controls', () => {
    expect(htmlText(HOSTILE.html)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(htmlText(`"'&${HOSTILE.esc}`)).toBe('&quot;&#39;&amp;red\\x1b[31m text');
  });
});
