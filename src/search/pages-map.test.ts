import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPagesMap, decodeFragment, entryIdOfUrl, writePagesMap } from './pages-map.ts';

const fragment = (json: unknown) => zlib.gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(json))]));

describe('decodeFragment', () => {
  it('reads one page', () => {
    expect(decodeFragment('en_abc.pf_fragment', fragment({ url: '/entries/web/flask/', content: 'x' }))).toEqual([{ hash: 'en_abc', url: '/entries/web/flask/', file: 'en_abc' }]);
  });

  it('reads a group of pages', () => {
    expect(decodeFragment('en_grp.pf_fragment', fragment({ en_a: { url: '/entries/a/b/' }, en_c: { url: '/entries/c/d/' } }))).toEqual([
      { hash: 'en_a', url: '/entries/a/b/', file: 'en_grp' },
      { hash: 'en_c', url: '/entries/c/d/', file: 'en_grp' },
    ]);
  });

  it('refuses a file that is not a Pagefind fragment, naming it', () => {
    expect(() => decodeFragment('en_x.pf_fragment', zlib.gzipSync(Buffer.from('{"url":"/"}')))).toThrow('en_x.pf_fragment: not a Pagefind fragment (no signature)');
    expect(() => decodeFragment('en_y.pf_fragment', fragment({ nothing: 1 }))).toThrow('en_y.pf_fragment: a Pagefind fragment without a page URL');
  });
});

describe('entryIdOfUrl', () => {
  it.each([
    ['/entries/web-frameworks/fastapi/', 'web-frameworks/fastapi'],
    ['/atlas/entries/web-frameworks/fastapi/', 'web-frameworks/fastapi'],
    ['/entries/a/b/?highlight=x', 'a/b'],
    ['/category/testing/', null],
  ])('%s -> %s', (url, id) => {
    expect(entryIdOfUrl(url)).toBe(id);
  });
});

describe('buildPagesMap and writePagesMap', () => {
  const catalog = { entries: [{ d: 'web/flask' }, { d: 'web/django' }, { d: 'web/unindexed' }] } as never;

  it('lists each entry hash in catalogue order, "" for an entry the index lacks', () => {
    const page = (hash: string, url: string, file = hash) => ({ hash, url, file });
    expect(buildPagesMap(catalog, [page('en_2', '/entries/web/django/'), page('en_1', '/entries/web/flask/'), page('en_9', '/about/')])).toEqual({ v: 1, hashes: ['en_1', 'en_2', ''] });
    expect(buildPagesMap(catalog, [page('en_1', '/entries/web/flask/', 'en_g')])).toEqual({ v: 1, hashes: ['en_1', '', ''], groups: { en_1: 'en_g' } });
  });

  it('writes search/pages.json from a built site and reports missing entries', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-map-'));
    fs.mkdirSync(path.join(site, 'search'));
    fs.mkdirSync(path.join(site, 'pagefind', 'fragment'), { recursive: true });
    fs.writeFileSync(path.join(site, 'search', 'catalog.json'), JSON.stringify(catalog));
    fs.writeFileSync(path.join(site, 'pagefind', 'fragment', 'en_1.pf_fragment'), fragment({ url: '/entries/web/flask/' }));
    fs.writeFileSync(path.join(site, 'pagefind', 'fragment', 'en_2.pf_fragment'), fragment({ url: '/entries/web/django/' }));
    expect(writePagesMap(site)).toEqual({ mapped: 2, missing: ['web/unindexed'] });
    expect(JSON.parse(fs.readFileSync(path.join(site, 'search', 'pages.json'), 'utf8'))).toEqual({ v: 1, hashes: ['en_1', 'en_2', ''] });
  });

  it('says what to run when the site or its index is missing', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-map-'));
    expect(() => writePagesMap(site)).toThrow(/search[/\\]catalog\.json: no search catalogue; build the site first/);
    fs.mkdirSync(path.join(site, 'search'));
    fs.writeFileSync(path.join(site, 'search', 'catalog.json'), '{"entries":[]}');
    expect(() => writePagesMap(site)).toThrow(/no Pagefind index; run pagefind --site/);
  });
});
