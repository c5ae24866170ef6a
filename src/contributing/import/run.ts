/**
 * `npm run import` in one call: read the list, read the target folder, plan, write. Kept apart
 * from the CLI so tests drive the same path the command takes.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseAwesomeList, type ParsedList, type ParseProblem } from './parse.ts';
import { ImportInputError, MAX_INPUT_BYTES } from './scan.ts';
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

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A result that imports nothing, with the one problem that refused the file. */
function refused(problem: ParseProblem, started: number): ImportResult {
  const plan: ImportPlan = { groups: null, categories: [], newTags: new Map(), files: [], notes: [], foldedSublinks: 0 };
  return { plan, problems: [problem], notes: [], tocLinks: 0, itemsSeen: 0, written: [], ms: performance.now() - started };
}

/**
 * Imports one awesome-list file into a content folder. A file over MAX_INPUT_BYTES, or nested
 * deeper than the importer reads, is refused whole with one problem at its place (rule
 * `too-large` / `too-deep`): nothing is planned or written.
 */
export async function importAwesomeList(file: string, options: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const size = (await stat(file)).size;
  if (size > MAX_INPUT_BYTES) {
    return refused(
      {
        line: 1,
        column: 1,
        rule: 'too-large',
        message: `the file is ${mb(size)}; the importer reads lists up to ${mb(MAX_INPUT_BYTES)} (awesome lists are well under 1 MB)`,
        hint: 'split the list into parts of a few sections each and import them one at a time',
      },
      started,
    );
  }
  const text = await readFile(file, 'utf8');
  let parsed: ParsedList;
  try {
    parsed = parseAwesomeList(text);
  } catch (e) {
    if (!(e instanceof ImportInputError)) throw e;
    return refused({ line: e.line, column: e.column, rule: 'too-deep', message: e.message, hint: e.hint }, started);
  }
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
