import { describe, expect, it } from 'vitest';
import { compact, foldText, stem, terms, words } from './fold.ts';

describe('foldText', () => {
  it.each([
    ['Scikit-Learn', 'scikit learn'],
    ['  Voilà!  ', 'voila'],
    ['rest_framework', 'rest framework'],
    ['google.protobuf', 'google protobuf'],
    ['C++ / Rust', 'c rust'],
    ['', ''],
  ])('%j -> %j', (input, out) => {
    expect(foldText(input)).toBe(out);
  });
});

describe('stem', () => {
  it.each([
    ['libraries', 'library'],
    ['queues', 'queu'],
    ['frameworks', 'framework'],
    ['orms', 'orm'],
    ['class', 'class'],
    ['classes', 'class'],
    ['asyncio', 'asyncio'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['vars', 'var'],
    ['cms', 'cms'],
    ['bs4', 'bs4'],
    ['hashing', 'hash'],
    ['logging', 'log'],
    ['processing', 'process'],
    ['installed', 'installed'],
    ['embeddings', 'embed'],
    ['embedded', 'embedded'],
    ['ring', 'ring'],
    // Four-letter words keep their "e": "file" must not become the name Fil.
    ['file', 'file'],
  ])('%s -> %s', (w, s) => {
    expect(stem(w)).toBe(s);
  });

  it('agrees with itself on the forms of one word', () => {
    for (const forms of [
      ['queue', 'queues', 'queuing'],
      ['library', 'libraries'],
      ['variable', 'variables'],
      ['cache', 'caches', 'caching'],
      ['parse', 'parsing', 'parses'],
      ['hash', 'hashes', 'hashing'],
      ['schedule', 'schedules', 'scheduling'],
      ['test', 'tests', 'testing'],
      ['log', 'logs', 'logging'],
      ['debug', 'debugging'],
    ]) {
      expect(new Set(forms.map(stem)), forms.join(', ')).toHaveProperty('size', 1);
    }
  });
});

describe('words, terms and compact', () => {
  it('split, fold and stem', () => {
    expect(words('Task Queues & Scheduling')).toEqual(['task', 'queues', 'scheduling']);
    expect(terms('Task Queues & Scheduling')).toEqual(['task', 'queu', 'schedul']);
    expect(words('  ')).toEqual([]);
  });

  it('compacts spelling variants of one name to one key', () => {
    expect(new Set(['FastAPI', 'Fast API', 'fast-api', 'Fast_API'].map(compact))).toEqual(new Set(['fastapi']));
  });
});
