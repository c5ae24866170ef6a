import { describe, expect, it } from 'vitest';
import { compareEntryOrder } from './entry-order.ts';
import { compareEntries as readmeOrder } from '../contributing/readme/build.ts';
import { compareEntries as siteOrder } from '../site/view-model.ts';
import type { Entry } from '../schemas/entry.ts';

const entry = (name: string, status: Entry['status'] = 'recommended') =>
  ({ name, status, url: 'https://example.org/', category: 'testing', tags: ['web'], description: 'X.', added: '2026-01-01' }) as Entry;

const names = ['Py10', 'legacy-tool', 'py2', 'Alpha', 'alpha', 'Beta'];
const entries = names.map((n) => entry(n, n === 'legacy-tool' ? 'legacy' : n === 'Beta' ? 'alternative' : 'recommended'));
const expected = ['Alpha', 'alpha', 'py2', 'Py10', 'Beta', 'legacy-tool'];

describe('entry order', () => {
  it('is status first, then name with numbers by value, ties by code point', () => {
    expect([...entries].sort(compareEntryOrder).map((e) => e.name)).toEqual(expected);
  });

  it('is the same on the site and in the README', () => {
    expect([...entries].sort(readmeOrder).map((e) => e.name)).toEqual(expected);
    expect(entries.map((data) => ({ data })).sort(siteOrder).map((e) => e.data.name)).toEqual(expected);
  });
});
