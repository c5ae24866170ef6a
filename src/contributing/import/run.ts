/**
 * `npm run import` in one call: read the list, read the target folder, plan, write. Kept apart
 * from the CLI so tests drive the same path the command takes.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseAwesomeList, type ParseProblem } from './parse.ts';
import { planImport, type ImportNote, type ImportPlan } from './plan.ts';
import { readTaxonomy, writePlan } from './write.ts';

export interface ImportOptions {
  /** Target content folder. */
  into: string;
  today: string;
  sublinks?: 'entries' | 'notes';
  /** Keep the source's descriptions and intros (default), or write TODO text instead. */
  descriptions?: 'source' | 'todo';
  /** Plan and report without writing. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  plan: ImportPlan;
  /** Items that could not be read as links (never imported). */
  problems: ParseProblem[];
  notes: ImportNote[];
  tocLinks: number;
  itemsSeen: number;
  written: string[];
  ms: number;
}

/** Imports one awesome-list file into a content folder. */
export async function importAwesomeList(file: string, options: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const text = await readFile(file, 'utf8');
  const parsed = parseAwesomeList(text);
  const source = basename(file);
  const plan = planImport(parsed, readTaxonomy(options.into), {
    today: options.today,
    sublinks: options.sublinks ?? 'entries',
    descriptions: options.descriptions ?? 'source',
    source,
  });
  const written = options.dryRun ? [] : await writePlan(options.into, plan, source, options.onProgress);
  return {
    plan,
    problems: parsed.problems,
    notes: plan.notes,
    tocLinks: parsed.tocLinks,
    itemsSeen: parsed.sections.reduce((n, s) => n + s.items.length, 0),
    written,
    ms: performance.now() - started,
  };
}
