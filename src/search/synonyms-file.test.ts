import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTree, where } from '../content/fixtures/index.ts';
import { EMPTY_SYNONYMS, loadSynonyms, parseSynonyms } from './synonyms-file.ts';

describe('parseSynonyms', () => {
  it('accepts groups of phrases and filler words', () => {
    expect(parseSynonyms('synonyms:\n  - [cli, command line]\nignore: [python]\n', 's.yaml')).toEqual({ synonyms: [['cli', 'command line']], ignore: ['python'] });
  });

  it('refuses a phrase in two groups, a one-phrase group, a filler word that is a synonym, and duplicates', () => {
    const text = 'synonyms:\n  - [cli, command line]\n  - [command-lines, shell]\n  - [k8s]\nignore: [python, cli, python]\n';
    expect(() => parseSynonyms(text, 's.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[Error: s.yaml: synonyms.2: a group needs at least two phrases; synonyms.1.0: "command-lines" is already in group 1; merge the two groups; ignore.1: "cli" is a synonym; a query word cannot be both ignored and expanded; ignore.2: "python" is listed twice; run npm run validate for positions]`,
    );
  });

  it('names the file when the YAML does not parse', () => {
    expect(() => parseSynonyms('synonyms: [', 's.yaml')).toThrow(/^s\.yaml: not valid YAML/);
  });
});

describe('loadSynonyms', () => {
  it('is empty for a content folder without synonyms.yaml', () => {
    expect(loadSynonyms(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-syn-')))).toEqual(EMPTY_SYNONYMS);
  });

  it('reads the repository vocabulary', () => {
    const v = loadSynonyms('content');
    expect(v.synonyms.length).toBeGreaterThan(20);
    expect(v.synonyms.some((g) => g.includes('k8s') && g.includes('kubernetes'))).toBe(true);
    expect(v.ignore).toContain('python');
  });
});

describe('the validator', () => {
  it('reports a bad synonyms.yaml at the offending line', () => {
    const problems = validateTree({ 'synonyms.yaml': 'synonyms:\n  - [cli, command line]\n  - [Shell, sh]\nignore: []\n' });
    expect(where(problems)).toEqual(['content/synonyms.yaml:3:6 schema']);
    expect(problems[0]!.message).toBe('synonyms[1][0]: must be lowercase words, like "command line" or "k8s"');
  });
});
