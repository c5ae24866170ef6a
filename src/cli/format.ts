/**
 * The one set of formatters for findings, shared by every command: text for terminals, GitHub
 * workflow annotations for CI (they show on the pull request's lines), JSON for tools and
 * Markdown for issues and step summaries. Everything printed that came from content or a server
 * goes through src/report/escape.ts, so a name holding "\n::error::" cannot forge a workflow
 * command and a `|` cannot split a table.
 */
import { githubAnnotation, type AnnotationLevel } from '../report/annotations.ts';
import { UsageError } from './io.ts';
import { markdownText, oneLine } from '../report/escape.ts';
import type { Finding, Severity } from './finding.ts';

/** Every report format a command may offer (each command accepts a subset). */
export type ReportFormat = 'text' | 'github' | 'json' | 'markdown';

/** Reads `--format`: one of `allowed` (the first when absent), else a UsageError naming them. */
export function parseFormat<F extends ReportFormat>(value: string | undefined, allowed: readonly [F, ...F[]]): F {
  if (value === undefined) return allowed[0];
  if ((allowed as readonly string[]).includes(value)) return value as F;
  const list = allowed.length === 2 ? `${allowed[0]} or ${allowed[1]}` : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  throw new UsageError(`unknown format "${value}" (use ${list})`);
}

const PREFIX: Record<Severity, string> = { error: '', warning: 'warning: ', info: 'note: ' };
const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice' };

/** `path:line:col  rule  message`, then `    fix: hint` on its own line; each line escaped to one line. */
export function findingText(f: Finding): string {
  const head = oneLine(`${f.path}:${f.line}:${f.col}  ${f.rule}  ${PREFIX[f.severity]}${f.message}`);
  return f.hint ? `${head}\n    fix: ${oneLine(f.hint)}` : head;
}

/** `::error file=…,line=…,col=…,title=rule::message (fix: hint)`. */
export function findingAnnotation(f: Finding): string {
  return githubAnnotation(LEVEL[f.severity], { file: f.path, line: f.line, col: f.col, title: f.rule }, f.hint ? `${f.message} (fix: ${f.hint})` : f.message);
}

/** A Markdown list item: `- path:line rule: message. Fix: hint.` with every part escaped. */
export function findingMarkdown(f: Finding): string {
  const fix = f.hint ? ` Fix: ${markdownText(f.hint)}.` : '';
  return `- ${markdownText(`${f.path}:${f.line}`)} ${markdownText(f.rule)}: ${markdownText(f.message)}.${fix}`;
}

/** Findings in one format, one per line (JSON: an array); '' for none in the line formats. */
export function formatFindings(format: ReportFormat, findings: readonly Finding[]): string {
  if (format === 'json') return `${JSON.stringify(findings, null, 2)}\n`;
  const one = format === 'github' ? findingAnnotation : format === 'markdown' ? findingMarkdown : findingText;
  return findings.length ? `${findings.map(one).join('\n')}\n` : '';
}

/** `1 error`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
