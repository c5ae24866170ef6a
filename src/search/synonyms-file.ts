/**
 * Reads content/synonyms.yaml for the build. The file is optional (a fork or a test fixture may
 * not have one: search then works without synonyms or filler words); a file that exists but does
 * not match src/schemas/synonyms.ts fails the build with every problem listed, as the validator
 * would report it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { synonymsFileSchema, type SynonymsFile } from '../schemas/synonyms.ts';

export const EMPTY_SYNONYMS: SynonymsFile = { synonyms: [], ignore: [] };

/** Parses the text of a synonyms file; throws one message naming the file and every problem. */
export function parseSynonyms(text: string, file: string): SynonymsFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]}); run npm run validate`);
  }
  const result = synonymsFileSchema.safeParse(data);
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
