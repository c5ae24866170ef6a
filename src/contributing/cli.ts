/**
 * What the contributor commands (`new`, `readme`, `import`) share at the terminal: findings as
 * `path:line:col rule message` lines or GitHub annotations, a progress bar only on a TTY.
 */
import { githubAnnotation } from '../report/annotations.ts';
import { oneLine } from '../report/escape.ts';

export interface Finding {
  path: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  hint?: string | undefined;
}

/** One finding as text (`path:line:col rule message`, hint on the next line) or a GitHub annotation. */
export function formatFinding(f: Finding, format: 'text' | 'github'): string {
  if (format === 'github') {
    const level = f.severity === 'info' ? 'notice' : f.severity;
    const message = f.hint ? `${f.message} (fix: ${f.hint})` : f.message;
    return githubAnnotation(level, { file: f.path, line: f.line, col: f.column, title: f.rule }, message);
  }
  return `${oneLine(`${f.path}:${f.line}:${f.column} ${f.rule} ${f.severity === 'info' ? '' : `${f.severity}: `}${f.message}`)}${f.hint ? `\n    fix: ${oneLine(f.hint)}` : ''}`;
}

/**
 * A one-line progress bar redrawn in place on a TTY; silent otherwise (CI logs get the summary
 * line instead of hundreds of carriage returns).
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  if (!stream.isTTY || process.env.CI) return () => {};
  let last = -1;
  return (done, total) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (pct === last && done !== total) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}
