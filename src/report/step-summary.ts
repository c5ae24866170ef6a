/**
 * GitHub Actions step summary: Markdown appended to the file named by `GITHUB_STEP_SUMMARY`, shown
 * on the run's page. A no-op outside Actions, so CLIs can call it unconditionally.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';

/** Appends `markdown`; returns false when not running in Actions (or the file's folder is gone). */
export function appendStepSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file || !existsSync(dirname(file))) return false;
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return true;
}
