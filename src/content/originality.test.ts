/**
 * Walks the real content/ and checks that the list is in our own words: no two descriptions and
 * no two pick lines are the same, and no description, pick line, note or category intro sentence
 * equals (or shares an 8-word run with) a sentence of the awesome-list READMEs in
 * ../shared/data/awesome-lists/. That folder is never committed; when it is absent the
 * comparison is skipped with a message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { buildReferenceIndex, findCopy, markdownToProse, referenceSentences, sentences, words } from './originality.ts';
import { normalizeDescription } from './rules/duplicate-description.ts';
import { pickKey } from './rules/duplicate-pick.ts';
import { isPlaceholder } from './rules/placeholder-text.ts';

const REPO = resolve(import.meta.dirname, '../..');
const CONTENT = join(REPO, 'content');
const LISTS = process.env.ATLAS_AWESOME_LISTS ?? resolve(REPO, '../shared/data/awesome-lists');
const listsPresent = existsSync(LISTS) && readdirSync(LISTS).some((f) => f.endsWith('.md'));

// ../shared/data is reference data that is never committed: without it there is nothing to
// compare against, so that one test is skipped and the run says which folder was missing.
if (!listsPresent) console.warn(`skipping the awesome-list comparison: ${LISTS} is absent (set ATLAS_AWESOME_LISTS to point at it)`);

const loaded = loadContent(CONTENT);

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Our prose, each piece labelled with where it lives. */
function ourSentences(): Array<{ where: string; sentence: string }> {
  const out: Array<{ where: string; sentence: string }> = [];
  for (const file of loaded.files) {
    const description = text(file.raw?.description);
    if (description) out.push({ where: `${file.path} (description)`, sentence: description });
    // A pick is read as "Pick it when <pick>"; it is one sentence, compared whole.
    const pick = text(file.raw?.pick);
    if (pick && !isPlaceholder(pick)) out.push({ where: `${file.path} (pick)`, sentence: pick });
    const intro = text(file.raw?.intro);
    if (intro) for (const s of sentences(intro.replace(/\s+/g, ' '))) out.push({ where: `${file.path} (intro)`, sentence: s });
    if (file.body.trim()) {
      for (const para of markdownToProse(file.body)) for (const s of sentences(para)) out.push({ where: `${file.path} (note)`, sentence: s });
    }
  }
  return out;
}

describe('originality of the real content', () => {
  it('has no two entries or resources with the same description', () => {
    const seen = new Map<string, string>();
    const offenders: string[] = [];
    for (const file of loaded.files) {
      const d = text(file.raw?.description);
      if (!d) continue;
      const key = normalizeDescription(d);
      const first = seen.get(key);
      if (first) offenders.push(`${file.path} repeats ${first}: ${d}`);
      else seen.set(key, file.path);
    }
    expect(offenders).toEqual([]);
  });

  it('has no two entries with the same pick line', () => {
    const seen = new Map<string, string>();
    const offenders: string[] = [];
    for (const file of loaded.files) {
      const pick = text(file.raw?.pick);
      if (!pick || isPlaceholder(pick)) continue;
      const key = pickKey(pick);
      const first = seen.get(key);
      if (first) offenders.push(`${file.path} repeats ${first}: ${pick}`);
      else seen.set(key, file.path);
    }
    expect(offenders).toEqual([]);
  });

  it.skipIf(!listsPresent)('copies no sentence of the awesome-list READMEs, exactly or nearly', () => {
    const files = readdirSync(LISTS).filter((f) => f.endsWith('.md'));
    const index = buildReferenceIndex(files.flatMap((f) => referenceSentences(readFileSync(join(LISTS, f), 'utf8'))));
    expect(index.sentences.size).toBeGreaterThan(500);
    const offenders: string[] = [];
    for (const { where, sentence } of ourSentences()) {
      if (words(sentence).length < 4) continue;
      const copy = findCopy(index, sentence);
      if (copy) offenders.push(`${where}: ${copy.kind}\n    ours:   ${copy.ours}\n    theirs: ${copy.theirs}`);
    }
    expect(offenders, `${offenders.length} sentences copy an awesome list:\n${offenders.join('\n')}`).toEqual([]);
  });
});
