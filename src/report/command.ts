/**
 * The `node scripts/report-issue.ts` command (the nightly's last step; the script only calls
 * `main`): opens, updates, reopens or closes the one "Link report" issue of the repository.
 * Needs GITHUB_TOKEN and GITHUB_REPOSITORY (or --repo); GITHUB_API_URL overrides the API.
 * Health defaults to "every body file carries the healthy marker". Never prints the token.
 * Exit 0 done, 2 usage error or GitHub refused.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../cli/io.ts';
import { createHttpClient } from '../http/index.ts';
import { HEALTHY_MARKER } from '../links/report.ts';
import { endpointsFromEnv } from '../services/endpoints.ts';
import { GithubApiError, upsertReportIssue } from './github-issues.ts';

export const HELP = `Usage: node scripts/report-issue.ts --body FILE [--body FILE…] [options]

Keeps ONE issue with the nightly report: created or updated (reopened if it was closed) while
something needs a maintainer, closed with a comment when all is healthy.

Options
  --body FILE        Markdown to put in the issue (repeatable; joined in order)
  --title TEXT       issue title (default "Link report")
  --healthy BOOL     true | false; default: true when every body file has ${HEALTHY_MARKER}
  --repo OWNER/NAME  default $GITHUB_REPOSITORY
  --dry-run          print what would be done, send nothing
  -h, --help         this help
Environment: GITHUB_TOKEN (required), GITHUB_API_URL (default https://api.github.com).
`;

/** `report-issue`: see HELP. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgv(argv, {
    options: {
      body: { type: 'string', multiple: true },
      title: { type: 'string', default: 'Link report' },
      healthy: { type: 'string' },
      repo: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (wantsHelp(values, io, HELP)) return 0;
  if (!values.body?.length) throw new UsageError('--body FILE is required');
  const parts = values.body.map((f) => {
    try {
      return readFileSync(resolve(io.cwd, f), 'utf8').trim();
    } catch {
      throw new UsageError(`${f}: cannot read`);
    }
  });
  if (values.healthy !== undefined && values.healthy !== 'true' && values.healthy !== 'false') throw new UsageError(`--healthy must be true or false, got "${values.healthy}"`);
  const healthy = values.healthy !== undefined ? values.healthy === 'true' : parts.every((p) => p.includes(HEALTHY_MARKER));
  const body = `${parts.join('\n\n')}\n`;
  const repo = values.repo ?? io.env.GITHUB_REPOSITORY;
  if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError('--repo OWNER/NAME (or GITHUB_REPOSITORY) is required');
  if (values['dry-run']) {
    io.stdout.write(`would keep issue "${values.title}" in ${repo}: healthy=${healthy}, ${body.length} characters\n`);
    return 0;
  }
  const token = io.env.GITHUB_TOKEN?.trim();
  if (!token) throw new UsageError('GITHUB_TOKEN is not set');

  const http = createHttpClient({ perHost: 1 });
  try {
    const done = await upsertReportIssue({ http, apiUrl: endpointsFromEnv(io.env).githubApiUrl, repo, token }, values.title, body, healthy);
    const what = done.kind === 'none' ? `nothing to do (${done.reason})` : `${done.kind}${'number' in done ? ` #${done.number}` : ''}${done.url ? ` ${done.url}` : ''}`;
    io.stdout.write(`report-issue: ${what}\n`);
    return 0;
  } catch (e) {
    throw new UsageError(e instanceof GithubApiError ? e.message : `could not reach GitHub (${(e as Error).message})`);
  } finally {
    await http.close();
  }
}
