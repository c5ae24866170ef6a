import { describe, expect, it } from 'vitest';
import { prepareCatalog } from './catalog.ts';
import { correctQuery, describeAll, isKnownWord, proseReference, runSearch, type SearchDeps } from './engine.ts';
import { parseQuery } from './query.ts';
import { CATALOG } from './test-support/catalog.ts';
import { fakeIndex, type FakePage } from './test-support/fake-index.ts';

const catalog = prepareCatalog(CATALOG);
const pages: FakePage[] = catalog.entries.map((e, i) => ({ hash: `en_${i}`, id: e.id, prose: e.name, description: `About ${e.name}.` }));
// Prose the catalogue does not know: notes and descriptions.
const prose = (name: string, text: string) => {
  const p = pages.find((x) => x.prose === name)!;
  p.prose += ` ${text}`;
};
prose('Bottle', 'a single file web framework with no dependencies outside the standard library');
prose('Peewee', 'a small orm; see also the note about sqlite');
prose('Theano', 'the pioneer of symbolic differentiation on gpus');

function deps(withMap = true, log: string[] = []): SearchDeps & { index: ReturnType<typeof fakeIndex> } {
  return { index: fakeIndex(pages, log), catalog, pages: withMap ? new Map(pages.map((p, i) => [p.hash, i])) : null };
}
const names = async (q: string, d = deps()) => (await runSearch(d, q))!.hits.map((h) => h.entry.name);

describe('runSearch', () => {
  it('ranks with the catalogue and the prose hits, without loading a fragment', async () => {
    const d = deps();
    expect((await names('flask', d))[0]).toBe('Flask');
    expect((await names('symbolic differentiation', d))[0]).toBe('Theano');
    expect(d.index.fragmentLoads).toBe(0);
  });

  it('asks the index for every phrase of every slot, synonyms included, once each', async () => {
    const log: string[] = [];
    await runSearch(deps(true, log), 'k8s kubernetes');
    expect(log).toEqual(['k8s', 'kubernetes']);
  });

  it('fixes a word nobody uses and says so', async () => {
    const out = (await runSearch(deps(), 'flaks'))!;
    expect(out.corrected).toBe('flask');
    expect(out.hits[0]!.entry.name).toBe('Flask');
  });

  it('does not "fix" a word the site uses, or one still being typed', () => {
    expect(isKnownWord('parse', false, catalog)).toBe(true); // protected prose word, next to "parsel"
    expect(isKnownWord('fastap', true, catalog)).toBe(true);
    expect(isKnownWord('fastap', false, catalog)).toBe(false);
    expect(correctQuery(parseQuery('parse yaml', catalog.vocabulary), catalog).corrected).toBeNull();
  });

  it('still finds entries through their fragments when the page map is missing', async () => {
    const d = deps(false);
    expect((await names('symbolic differentiation', d))[0]).toBe('Theano');
    expect(d.index.fragmentLoads).toBeGreaterThan(0);
  });

  it('returns the best partial matches when no entry has every word', async () => {
    expect((await names('single file zzzunknown'))[0]).toBe('Bottle');
  });

  it('applies the filters before ranking', async () => {
    const out = (await runSearch(deps(), 'framework', { include: (e) => e.status === 1 }))!;
    expect(out.hits.map((h) => h.entry.name)).not.toContain('Flask');
  });

  it('gives up on a search the reader has typed past', async () => {
    let stale = false;
    const d = deps();
    const pending = runSearch(d, 'flask', { isStale: () => stale });
    stale = true;
    expect(await pending).toBeNull();
  });

  it('offers the category a query names', async () => {
    const out = (await runSearch(deps(), 'deep learning'))!;
    expect(out.named?.category.title).toBe('Deep Learning');
    expect(out.hits.slice(0, 2).map((h) => h.entry.name)).toEqual(['JAX', 'PyTorch']);
  });
});

describe('describeAll', () => {
  it('reads descriptions from fragments, finding a catalogue-only match by its name', async () => {
    const d = deps();
    const out = (await runSearch(d, 'orm'))!;
    expect(out.hits[0]!.entry.name).toBe('SQLAlchemy');
    expect(out.hits[0]!.hit).toBeNull(); // the prose never says "orm"; the use case does
    expect(await describeAll(d, out.hits.slice(0, 2))).toEqual(['About SQLAlchemy.', 'About Peewee.']);
  });
});

describe('proseReference', () => {
  it.each([
    [[], 1],
    [[30, 10, 10, 2], 10],
    [[30, 11, 10, 9, 2], 10],
    [[0, 0], 1],
  ])('%j -> %d', (scores, ref) => {
    expect(proseReference(scores)).toBe(ref);
  });
});
