import { describe, expect, it } from 'vitest';
import { compileVocabulary, importedModule, parseQuery, withCorrection } from './query.ts';
import { VOCABULARY } from './test-support/catalog.ts';

const vocab = compileVocabulary({ ...VOCABULARY, synonyms: [...VOCABULARY.synonyms, ['tts', 'text to speech']] });
const slots = (q: string) => parseQuery(q, vocab).slots.map((s) => s.phrases.map((p) => `${p.text}${p.via === 'typed' ? '' : `(${p.via[0]})`}`).join('|') + (s.prefix ? '*' : ''));

describe('parseQuery', () => {
  it.each([
    ['python library for command line interface', ['command line interface|cli(s)']],
    ['CLI', ['cli|command line interface(s)*']],
    ['how to load settings', ['load', 'settings|config(s)|configuration(s)*']],
    ['settings ', ['settings|config(s)|configuration(s)']],
    ['text to speech', ['text to speech|tts(s)']],
    ['python', ['python*']],
    ['K8s deploy', ['k8s|kubernetes(s)', 'deploy*']],
    ['Scikit-Learn', ['scikit', 'learn*']],
    ['', []],
  ])('%j -> %j', (q, expected) => {
    expect(slots(q)).toEqual(expected);
  });

  it('keeps compact forms of the whole query and of its meaningful words', () => {
    expect(parseQuery('python-dotenv', vocab).compacts).toEqual(['pythondotenv', 'dotenv']);
    expect(parseQuery('Fast API', vocab).compacts).toEqual(['fastapi']);
  });

  it('reads an import statement as the module it imports', () => {
    expect(slots('from telegram import Bot')).toEqual(['telegram']);
    expect(slots('import google.protobuf as pb')).toEqual(['google', 'protobuf']);
  });
});

describe('importedModule', () => {
  it.each([
    ['import git', 'git'],
    ['from bs4 import BeautifulSoup', 'bs4'],
    ['import numpy as np', 'numpy'],
    ['sort imports', null],
    ['import', null],
    ['imports from csv', null],
  ])('%j -> %s', (q, m) => {
    expect(importedModule(q)).toBe(m);
  });
});

describe('withCorrection', () => {
  it('replaces the typo and adds the corrected compact form', () => {
    const q = withCorrection(parseQuery('beatiful soup', vocab), 0, { text: 'beautiful', terms: ['beautiful'] });
    expect(q.slots[0]!.phrases).toEqual([{ text: 'beautiful', terms: ['beautiful'], via: 'correction' }]);
    expect(q.compacts).toContain('beautifulsoup');
  });
});
