/**
 * Reads content/synonyms.yaml for the build. The file is optional (a fork or a test fixture may
 * not have one: search then works without synonyms or filler words); a file that exists but does
 * not match src/schemas/synonyms.ts fails the build with every problem listed, as the validator
 * would report it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSourceText } from '../content/model.ts';
import { synonymsFileSchema, type SynonymsFile } from '../schemas/synonyms.ts';

export const EMPTY_SYNONYMS: SynonymsFile = { synonyms: [], ignore: [] };

/** Parses the text of a synonyms file; throws one message naming the file and every problem. */
export function parseSynonyms(text: string, file: string): SynonymsFile {
  // The content index's YAML parser and limits, as for every other content file.
  const parsed = parseSourceText('yaml', file, text);
  const first = parsed.problems[0];
  if (first) throw new Error(`${file}: not valid YAML (${first.message.replace(/^invalid YAML: /, '')}); run npm run validate`);
  const result = synonymsFileSchema.safeParse(parsed.file?.yaml?.data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
  throw new Error(`${file}: ${problems.join('; ')}; run npm run validate for positions`);
}

/** The vocabulary of a content folder, or an empty one when it has no synonyms.yaml. */
export function loadSynonyms(contentRoot: string): SynonymsFile {
  const file = path.join(contentRoot, 'synonyms.yaml');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_SYNONYMS;
    throw err;
  }
  return parseSynonyms(text, file);
}
