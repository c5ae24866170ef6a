/**
 * The validator's report: its findings through the shared formatters (src/cli/format.ts) —
 * text for terminals, GitHub workflow annotations for CI (they show up on the PR diff), JSON for
 * tools (version 1: `{ version, ok, files, errors, warnings, problems }`) and Markdown for a step
 * summary — each closed by the validator's summary line.
 */
import { countFindings } from '../cli/finding.ts';
import { formatFindings, plural, type ReportFormat } from '../cli/format.ts';
import type { Problem } from './problem.ts';

/** The formats `npm run validate --format` accepts. */
export const VALIDATE_FORMATS = ['text', 'github', 'json', 'markdown'] as const satisfies readonly ReportFormat[];

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

/** Counts errors and warnings. */
export function summarize(problems: readonly Problem[], files: number): Summary {
  return { files, ...countFindings(problems) };
}

const counts = (s: Summary) => `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${plural(s.files, 'file')}`;

/** The whole report in one format. */
export function formatReport(format: ReportFormat, problems: readonly Problem[], summary: Summary): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ version: 1, ok: summary.errors === 0, ...summary, problems }, null, 2) + '\n';
    case 'github':
      return `${formatFindings('github', problems)}validate: ${counts(summary)}\n`;
    case 'markdown':
      return `## Content validation\n\n${summary.errors ? 'Failed' : 'Passed'}: ${counts(summary)}.\n${problems.length ? `\n${formatFindings('markdown', problems)}` : ''}`;
    default:
      return `${formatFindings('text', problems)}validate ${summary.errors ? 'failed' : 'passed'}: ${counts(summary)}\n`;
  }
}
