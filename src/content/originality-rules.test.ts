import { describe, expect, it } from 'vitest';
import { buildReferenceIndex, findCopy, markdownToProse, referenceSentences, sentences, words } from './originality.ts';

const README = `# Awesome Things

_Libraries for working with human languages._

- General
  - [nltk](https://github.com/nltk/nltk) - A leading platform for building Python programs to work with human language data.
* [gensim](https://github.com/piskvorky/gensim) - Topic Modeling for Humans.
`;

describe('originality helpers', () => {
  const index = buildReferenceIndex(referenceSentences(README));

  it('extracts item descriptions and prose as sentences', () => {
    const refs = referenceSentences(README);
    expect(refs).toContain('A leading platform for building Python programs to work with human language data.');
    expect(refs).toContain('Topic Modeling for Humans.');
    expect(refs).toContain('Libraries for working with human languages.');
  });

  it('flags the same sentence regardless of case and punctuation', () => {
    expect(findCopy(index, 'topic modeling, for humans!')?.kind).toBe('same sentence');
  });

  it('flags a light rewording that keeps an 8-word run', () => {
    expect(findCopy(index, 'The leading platform for building Python programs to work with language data.')?.kind).toBe('shared 8-word run');
  });

  it('lets sentences in our own words pass', () => {
    expect(findCopy(index, 'Tokenizes, tags and parses English text with corpora bundled for teaching.')).toBeNull();
    expect(findCopy(index, 'For humans.')).toBeNull();
  });

  it('reduces Markdown to prose and splits sentences', () => {
    expect(markdownToProse('Use [httpx](/entries/http/httpx/) for `async` work.\n\n- **Fast** start\n')).toEqual(['Use httpx for   work.', 'Fast start']);
    expect(sentences('One thing. Two things! 3 more? end.')).toEqual(['One thing.', 'Two things!', '3 more? end.']);
    expect(words("Café's C++ & C# — ok")).toEqual(['cafe', 's', 'c++', 'c#', 'ok']);
  });
});
