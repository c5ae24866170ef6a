import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';
import { pickStyleIssues, sharedRun } from './pick-style.ts';

const DESCRIPTION = 'Builds JSON APIs from type-annotated functions, with interactive docs for free.';

describe('pick-style', () => {
  it('passes the doc example and the fixtures (every base entry has a pick)', () => {
    expect(validateTree()).toEqual([]);
    expect(pickStyleIssues('you want a small, fast REST core with no framework opinions and will choose your own ORM.', DESCRIPTION)).toEqual([]);
  });

  it('reports the failing doc example at the pick value, exactly as documented', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { pick: 'Pick it when you need a web framework.' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:9:7 pick-style', 'content/entries/testing/extra.md:9:7 pick-style']);
    expect(problems.map((p) => `${p.rule}  ${p.message}`)).toEqual([
      'pick-style  pick starts with "Pick it when"; the site already prints those words',
      'pick-style  pick is 38 characters; the minimum is 50',
    ]);
  });

  it('leaves a TODO pick to placeholder-text', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { pick: '"TODO: say when to pick it."' }) });
    expect(problems.map((p) => p.rule)).toEqual(['placeholder-text']);
  });

  it.each([
    ['a second sentence', 'you want the smallest core and choose every other piece. It has no ORM at all.', ['pick has more than one sentence']],
    ['an abbreviation with a period', 'you want plugins for everything, e.g. auth and admin, and accept a heavier install.', ['pick has more than one sentence']],
    ['no final period', 'you want the smallest core and will choose every other piece yourself', ['pick does not end with a period']],
    ['too long', `you want ${'a very '.repeat(28)}small core.`, ['pick is 216 characters; the maximum is 200']],
    ['"When" at the start', 'When you want the smallest core and will choose every other piece yourself.', ['pick starts with "When"; the site already prints those words']],
    ['"Pick" at the start', 'Pick this for the smallest core when you will choose every other piece yourself.', ['pick starts with "Pick"; the site already prints those words']],
    ['a Markdown link', 'you want [Flask](https://flask.example.org/) without its sync core and accept fewer plugins.', ['pick contains a link']],
    ['a bare URL', 'you want what https://flask.example.org/ offers without its sync core, with fewer plugins.', ['pick contains a link']],
    ['HTML', 'you want the <b>smallest</b> core and will choose every other piece yourself.', ['pick contains HTML <b>']],
    ['the description again', 'builds JSON APIs from type-annotated functions; with interactive docs for free.', ['pick repeats the description']],
    [
      'a long run of the description',
      'you need something that builds JSON APIs from type-annotated functions, with less magic.',
      ['pick shares "builds json apis from type annotated functions with" with the description'],
    ],
  ] as const)('reports %s', (_label, pick, expected) => {
    expect(pickStyleIssues(pick, DESCRIPTION).map((i) => i.message)).toEqual(expected);
  });

  it.each([
    'you want Python 3.12+ features such as typed dicts and can drop older interpreters.',
    'whenever you need the simplest possible routing and will add everything else yourself.',
    'you want Django (with its ORM, admin and auth) but serve mostly JSON to other programs.',
  ])('accepts %s', (pick) => {
    expect(pickStyleIssues(pick, DESCRIPTION)).toEqual([]);
  });

  it('reports a multi-line pick once, without also calling it two sentences', () => {
    expect(pickStyleIssues('you want the smallest core.\nAnd you will choose every other piece yourself.', undefined).map((i) => i.message)).toEqual(['pick spans more than one line']);
  });

  it('finds a shared run of eight words, folded like the originality check', () => {
    expect(sharedRun('One two three four five six seven eight', 'one, two, three; four five six seven EIGHT nine')).toBe('one two three four five six seven eight');
    expect(sharedRun('One two three four five six seven', 'one two three four five six seven')).toBeNull();
  });
});
