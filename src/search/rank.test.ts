import { describe, expect, it } from 'vitest';
import { prepareCatalog } from './catalog.ts';
import { parseQuery } from './query.ts';
import { WEIGHTS, namedCategory, nameBonus, phraseMatch, priorScore, rankEntries, type TextHits } from './rank.ts';
import { CATALOG } from './test-support/catalog.ts';

const catalog = prepareCatalog(CATALOG);
const byName = (n: string) => catalog.entries.find((e) => e.name === n)!.index;

/** Ranks a query; `text` gives Pagefind's relative scores per slot (phrase 0) by entry name. */
function rank(q: string, text: Array<Record<string, number>> = []) {
  const query = parseQuery(q, catalog.vocabulary);
  const hits: TextHits = query.slots.map((s, i) => s.phrases.map((_, k) => new Map(k === 0 ? Object.entries(text[i] ?? {}).map(([n, v]) => [byName(n), v]) : [])));
  return rankEntries(query, catalog, hits);
}
const names = (q: string, text?: Array<Record<string, number>>) => rank(q, text).entries.map((r) => r.entry.name);

describe('phraseMatch', () => {
  const field = new Set(['deep', 'learn', 'fastapi']);
  it.each([
    [['deep', 'learn'], null, 1],
    [['learn', 'deep'], null, 1],
    [['deep', 'lea'], 'lea', WEIGHTS.prefix * (3 / 5)],
    [['deep', 'lea'], null, 0],
    [['fast'], 'fast', WEIGHTS.prefix * (4 / 7)],
    [['fastapi'], 'fastapi', 1],
    [['f'], 'f', 0],
    [['shallow'], 'shallow', 0],
    [[], 'x', 0],
  ] as const)('%j (typing %s) -> %s', (terms, typing, score) => {
    expect(phraseMatch(terms, field, typing)).toBeCloseTo(score);
  });
});

describe('names, imports and PyPI names', () => {
  it.each([
    ['flask', 'Flask'],
    ['Flask ', 'Flask'],
    ['bs4', 'Beautiful Soup'],
    ['beautifulsoup4', 'Beautiful Soup'],
    ['beautiful soup', 'Beautiful Soup'],
    ['import yaml', 'PyYAML'],
    ['torch', 'PyTorch'],
    ['fast api', 'FastAPI'],
    ['Fast-API', 'FastAPI'],
    ['dotenv', 'python-dotenv'],
    ['python-dotenv', 'python-dotenv'],
  ])('%j finds %s first', (q, first) => {
    expect(names(q)[0]).toBe(first);
  });

  it('puts the shorter name first while a prefix is typed', () => {
    expect(names('fastap').slice(0, 2)).toEqual(['FastAPI', 'FastAPI Users']);
  });

  it('gives the exact-name bonus only to the whole name', () => {
    const q = parseQuery('fastapi', catalog.vocabulary);
    expect(nameBonus(q, catalog.entries[byName('FastAPI')]!)).toBe(WEIGHTS.exact);
    expect(nameBonus(q, catalog.entries[byName('FastAPI Users')]!)).toBeCloseTo(WEIGHTS.namePrefix * (7 / 12));
    expect(nameBonus(q, catalog.entries[byName('Flask')]!)).toBe(0);
  });
});

describe('categories and use cases a query names', () => {
  it('"deep learning" names the category and lists its recommended frameworks first, in page order', () => {
    const r = rank('deep learning');
    expect(r.named?.category.id).toBe('deep-learning');
    expect(r.named?.sub).toBe(-1);
    expect(r.entries.map((e) => e.entry.name)).toEqual(['JAX', 'PyTorch', 'Diffusers', 'tinygrad', 'Theano']);
  });

  it('"web scraping" puts Scrapy (crawling frameworks) before Beautiful Soup (parsers)', () => {
    expect(names('web scraping').slice(0, 2)).toEqual(['Scrapy', 'Beautiful Soup']);
  });

  it.each([
    ['orm', 'orms', 0],
    ['object relational mapper', 'orms', 0],
    ['cli', 'cli-frameworks', -1],
    ['command line interface', 'cli-frameworks', -1],
    ['settings', 'configuration', -1],
  ])('%j names %s (use case %i)', (q, id, sub) => {
    const named = namedCategory(parseQuery(q, catalog.vocabulary), catalog);
    expect([named?.category.id, named?.sub]).toEqual([id, sub]);
  });

  it.each(['flask', 'frameworks', 'scraping frameworks parsers'])('%j names no category (a project, only a kind of thing, or no title has it all)', (q) => {
    expect(namedCategory(parseQuery(q, catalog.vocabulary), catalog)).toBeNull();
  });

  it('names none when two categories fit equally well', () => {
    const two = prepareCatalog({
      ...CATALOG,
      categories: [
        { id: 'data-tools', title: 'Data Tools', g: 2, subs: [], n: 0 },
        { id: 'data-apps', title: 'Data Apps', g: 2, subs: [], n: 0 },
      ],
      entries: [],
    });
    expect(namedCategory(parseQuery('data', two.vocabulary), two)).toBeNull();
    expect(namedCategory(parseQuery('data apps', two.vocabulary), two)?.category.id).toBe('data-apps');
  });

  it('"orm" ranks the ORM use case, recommended first', () => {
    expect(names('orm').slice(0, 2)).toEqual(['SQLAlchemy', 'Peewee']);
  });

  it('"cli" prefers the CLI frameworks over command-line applications', () => {
    expect(names('cli').slice(0, 2)).toEqual(['Click', 'Typer']);
  });
});

describe('where the words match', () => {
  it('name > category title > tag > prose, and prose by its Pagefind score (description > note)', () => {
    // "async" is FastAPI's tag; give prose hits to others with a description-like and a note-like score.
    const order = names('async', [{ Bottle: 1, Peewee: 0.2 }]);
    expect(order).toEqual(['FastAPI', 'FastAPI Users', 'Bottle', 'Peewee']);
  });

  it('a word in the name beats the same word in the category title', () => {
    const order = names('scrapy');
    expect(order[0]).toBe('Scrapy');
  });

  it('shows the best partial matches when no entry has every word', () => {
    const order = names('flask zzzunknownzzz');
    expect(order[0]).toBe('Flask');
  });
});

describe('curation and popularity', () => {
  it('recommended above alternative above legacy; archived or deprecated demoted', () => {
    const e = (n: string) => catalog.entries[byName(n)]!;
    expect(priorScore(e('JAX'))).toBeGreaterThan(priorScore(e('tinygrad')));
    expect(priorScore(e('tinygrad'))).toBeGreaterThan(priorScore(e('Theano')));
    expect(priorScore(e('Theano'))).toBeCloseTo(WEIGHTS.status[2] + WEIGHTS.flagged);
  });

  it('popularity moves an entry by at most 0.08 either way; no data is neutral', () => {
    const e = (n: string) => catalog.entries[byName(n)]!;
    expect(priorScore(e('Flask')) - priorScore(e('FastAPI'))).toBeCloseTo(0.9 * WEIGHTS.popularity);
    expect(priorScore(e('Bottle')) - priorScore(e('tinygrad'))).toBeCloseTo(-0.5 * WEIGHTS.popularity);
    expect(e('tinygrad').pop).toBe(0);
  });
});

describe('filters', () => {
  it('ranks only the entries the filter keeps', () => {
    const query = parseQuery('frameworks', catalog.vocabulary);
    const r = rankEntries(query, catalog, [[new Map()]], (e) => e.status === 0 && e.cat === 2);
    expect(r.entries.map((x) => x.entry.name)).toEqual(['Flask', 'FastAPI']);
  });
});
