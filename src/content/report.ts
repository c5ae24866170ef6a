/**
 * Turns problems into what people and machines read: plain text for terminals, GitHub workflow
 * annotations for CI (they show up on the PR diff), and JSON for tools.
 */
import { githubAnnotation } from '../report/annotations.ts';
import { oneLine } from '../report/escape.ts';
import type { Problem } from './problem.ts';

export type ReportFormat = 'text' | 'github' | 'json';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

/** Counts errors and warnings. */
export function summarize(problems: readonly Problem[], files: number): Summary {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { files, errors, warnings: problems.length - errors };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `path:line:col  rule  message` then an indented hint; a summary line at the end. */
export function formatText(problems: readonly Problem[], summary: Summary): string {
  const lines: string[] = [];
  for (const p of problems) {
    // Messages quote content (a name, a URL): one line each, whatever the content holds.
    lines.push(oneLine(`${p.path}:${p.line}:${p.col}  ${p.rule}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`));
    lines.push(`    fix: ${oneLine(p.hint)}`);
  }
  const verdict = summary.errors ? 'failed' : 'passed';
  lines.push(`validate ${verdict}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${plural(summary.files, 'file')}`);
  return lines.join('\n') + '\n';
}

/** GitHub workflow commands: `::error file=…,line=…,col=…,title=rule::message (fix: hint)`. */
export function formatGithub(problems: readonly Problem[], summary: Summary): string {
  const lines = problems.map((p) => githubAnnotation(p.severity, { file: p.path, line: p.line, col: p.col, title: p.rule }, `${p.message} (fix: ${p.hint})`));
  lines.push(`validate: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${plural(summary.files, 'file')}`);
  return lines.join('\n') + '\n';
}

/** A stable machine-readable report (version 1). */
export function formatJson(problems: readonly Problem[], summary: Summary): string {
  return JSON.stringify({ version: 1, ok: summary.errors === 0, ...summary, problems }, null, 2) + '\n';
}

/** Picks the formatter for a format name. */
export function formatReport(format: ReportFormat, problems: readonly Problem[], summary: Summary): string {
  return format === 'github' ? formatGithub(problems, summary) : format === 'json' ? formatJson(problems, summary) : formatText(problems, summary);
}
