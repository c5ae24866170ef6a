/**
 * `node scripts/report-issue.ts --body links.md [--body activity.md] [--healthy true|false]`:
 * opens, updates, reopens or closes the one "Link report" issue of the repository (nightly
 * workflow). Needs GITHUB_TOKEN and GITHUB_REPOSITORY (or --repo); GITHUB_API_URL overrides the
 * API. Health defaults to "every body file carries the healthy marker". Never prints the token.
 * Exit 0 done, 2 usage error or GitHub refused.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { endpointsFromEnv } from '../src/services/endpoints.ts';
import { createHttpClient } from '../src/http/index.ts';
import { GithubApiError, upsertReportIssue } from '../src/report/github-issues.ts';
import { HEALTHY_MARKER } from '../src/links/report.ts';

const HELP = `Usage: node scripts/report-issue.ts --body FILE [--body FILE…] [options]

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

function fail(message: string): never {
  process.stderr.write(`report-issue: ${message}\nhint: node scripts/report-issue.ts --help\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      body: { type: 'string', multiple: true },
      title: { type: 'string', default: 'Link report' },
      healthy: { type: 'string' },
      repo: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  fail((e as Error).message);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (!values.body?.length) fail('--body FILE is required');
const parts = values.body.map((f) => {
  try {
    return readFileSync(f, 'utf8').trim();
  } catch {
    return fail(`${f}: cannot read`);
  }
});
if (values.healthy !== undefined && values.healthy !== 'true' && values.healthy !== 'false') fail(`--healthy must be true or false, got "${values.healthy}"`);
const healthy = values.healthy !== undefined ? values.healthy === 'true' : parts.every((p) => p.includes(HEALTHY_MARKER));
const body = `${parts.join('\n\n')}\n`;
const repo = values.repo ?? process.env.GITHUB_REPOSITORY;
if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) fail('--repo OWNER/NAME (or GITHUB_REPOSITORY) is required');
if (values['dry-run']) {
  process.stdout.write(`would keep issue "${values.title}" in ${repo}: healthy=${healthy}, ${body.length} characters\n`);
  process.exit(0);
}
const token = process.env.GITHUB_TOKEN?.trim();
if (!token) fail('GITHUB_TOKEN is not set');

const http = createHttpClient({ perHost: 1 });
try {
  const done = await upsertReportIssue({ http, apiUrl: endpointsFromEnv().githubApiUrl, repo, token }, values.title, body, healthy);
  const what = done.kind === 'none' ? `nothing to do (${done.reason})` : `${done.kind}${'number' in done ? ` #${done.number}` : ''}${done.url ? ` ${done.url}` : ''}`;
  process.stdout.write(`report-issue: ${what}\n`);
} catch (e) {
  fail(e instanceof GithubApiError ? e.message : `could not reach GitHub (${(e as Error).message})`);
} finally {
  await http.close();
}
