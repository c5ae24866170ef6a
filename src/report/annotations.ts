/**
 * GitHub workflow annotations (`::error file=…,line=…::message`), the one formatter every CLI
 * (links, activity, validate, new, readme, import, schema) uses for `--format github`. Properties and message are escaped as the runner
 * expects (`%`, CR, LF everywhere; `:` and `,` in properties too), so a path or a title with a
 * comma cannot cut an annotation short, and a message cannot start a second command
 * (src/report/escape.ts).
 */
import { workflowData as escapeData, workflowProperty as escapeProperty } from './escape.ts';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationPlace {
  file: string;
  line: number;
  col?: number;
  title?: string;
}

/** One annotation line, so CI shows `message` on `file:line` of the pull request. */
export function githubAnnotation(level: AnnotationLevel, at: AnnotationPlace, message: string): string {
  const props = [`file=${escapeProperty(at.file)}`, `line=${at.line}`];
  if (at.col !== undefined) props.push(`col=${at.col}`);
  if (at.title !== undefined) props.push(`title=${escapeProperty(at.title)}`);
  return `::${level} ${props.join(',')}::${escapeData(message)}`;
}
