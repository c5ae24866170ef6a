/**
 * What every command prints for --help and for wrong arguments, pinned exactly: one table, run
 * in-process through the same `runCommand` the entry points use, so a changed message shows up
 * here as the user would see it. (Each command's behaviour is tested beside it.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HELP as ACTIVITY_HELP, run as activity } from '../activity/command.ts';
import { HELP as VALIDATE_HELP, run as validate } from '../content/command.ts';
import { HELP as SCHEMA_HELP, run as schema } from '../content/schema-command.ts';
import { HELP as STATS_HELP, run as stats } from '../content/stats-command.ts';
import { HELP as IMPORT_HELP, run as importList } from '../contributing/import/command.ts';
import { HELP as NEW_HELP, run as newEntry } from '../contributing/new/command.ts';
import { HELP as README_HELP, run as readme } from '../contributing/readme/command.ts';
import { HELP as LINKS_HELP, run as links } from '../links/command.ts';
import { HELP as REPORT_HELP, run as reportIssue } from '../report/command.ts';
import { fixedClock } from '../time/clock.ts';
import { entryClock, runCommand, type CliIo, type Command } from './io.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-commands-'));
writeFileSync(join(dir, 'a-file.md'), '# not a folder\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function call(name: string, command: Command, argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env, cwd: dir };
  const code = await runCommand(name, command, argv, io, fixedClock('2026-12-06'));
  return { code, stdout, stderr };
}

const commands: Array<[string, Command, string]> = [
  ['validate', validate, VALIDATE_HELP],
  ['links', links, LINKS_HELP],
  ['activity', activity, ACTIVITY_HELP],
  ['new', newEntry, NEW_HELP],
  ['readme', readme, README_HELP],
  ['import', importList, IMPORT_HELP],
  ['schema', schema, SCHEMA_HELP],
  ['stats', stats, STATS_HELP],
  ['report-issue', reportIssue, REPORT_HELP],
];

describe('--help', () => {
  it.each(commands)('%s prints its help on stdout and exits 0', async (name, command, help) => {
    expect(await call(name, command, ['--help'])).toEqual({ code: 0, stdout: help, stderr: '' });
    expect(help.endsWith('\n')).toBe(true);
  });

  it('every help starts with its usage line', () => {
    expect(commands.map(([, , help]) => help.slice(0, help.indexOf('\n')))).toMatchInlineSnapshot(`
      [
        "Usage: npm run validate -- [options] [paths…]",
        "Usage: npm run links -- [paths…] [options]",
        "Usage: npm run activity -- [paths…] [options]",
        "Usage: npm run new [-- options]",
        "Usage: npm run readme [-- options]",
        "Usage: npm run import -- <awesome-list.md> [options]",
        "Usage: npm run schema [-- --check] [--out DIR] [--format text|github]",
        "Usage: npm run stats -- [--json] [--check] [--root DIR]",
        "Usage: node scripts/report-issue.ts --body FILE [--body FILE…] [options]",
      ]
    `);
  });
});

const hint = (name: string) => `hint: ${name === 'report-issue' ? 'node scripts/report-issue.ts --help' : `npm run ${name} -- --help`}\n`;

describe('usage errors: "<command>: <what>" and the help hint, exit 2, nothing on stdout', () => {
  it.each([
    ['validate', validate, ['--format', 'xml'], 'unknown format "xml" (use text, github, json or markdown)'],
    ['validate', validate, ['--root', 'missing'], 'content folder missing does not exist'],
    ['validate', validate, ['--root', '.', 'elsewhere/x.md'], 'elsewhere/x.md does not exist'],
    ['validate', validate, ['--root', '.', '/etc/hostname'], '/etc/hostname is not inside the content folder .'],
    ['links', links, ['--format', 'yaml'], 'unknown format "yaml" (use text, json, markdown or github)'],
    ['activity', activity, ['--max-wait', 'soon'], '--max-wait must be a non-negative number, got "soon"'],
    ['new', newEntry, ['--format', 'json'], 'unknown format "json" (use text or github)'],
    ['new', newEntry, ['--status', 'great', '--yes'], '--status must be one of recommended, alternative, legacy, not "great"'],
    ['new', newEntry, ['--root', 'a-file.md', '--yes'], '--root a-file.md is a file, not the content folder'],
    ['new', newEntry, ['--name', 'X', '--yes', '--root', '.'], 'missing --url, --category (run in a terminal without --yes to be asked)'],
    ['readme', readme, ['--readme', 'nope.md'], 'nope.md: no such file'],
    ['readme', readme, ['--readme', 'a-file.md', '--root', 'nope'], 'nope: no such content folder'],
    ['import', importList, [], 'missing the awesome-list file to import'],
    ['import', importList, ['a.md', 'b.md'], 'one file at a time (got 2)'],
    ['import', importList, ['nope.md'], 'nope.md: no such file (give the awesome-list Markdown file)'],
    ['import', importList, ['a-file.md', '--into', 'a-file.md'], '--into a-file.md is a file, not a content folder'],
    ['import', importList, ['a-file.md', '--sublinks', 'maybe'], '--sublinks must be "entries" or "notes", not "maybe"'],
    ['schema', schema, ['--format', 'json'], 'unknown format "json" (use text or github)'],
    ['stats', stats, ['--root', 'nope'], 'content folder nope does not exist'],
    ['stats', stats, ['--bogus'], "Unknown option '--bogus'"],
    ['report-issue', reportIssue, [], '--body FILE is required'],
    ['report-issue', reportIssue, ['--body', 'a-file.md', '--healthy', 'maybe'], '--healthy must be true or false, got "maybe"'],
    ['report-issue', reportIssue, ['--body', 'a-file.md'], '--repo OWNER/NAME (or GITHUB_REPOSITORY) is required'],
    ['report-issue', reportIssue, ['--body', 'a-file.md', '--repo', 'o/r'], 'GITHUB_TOKEN is not set'],
  ] as Array<[string, Command, string[], string]>)('%s %j', async (name, command, argv, message) => {
    expect(await call(name, command, argv)).toEqual({ code: 2, stdout: '', stderr: `${name}: ${message}\n${hint(name)}` });
  });
});

describe('the entry point', () => {
  it('refuses a malformed ATLAS_NOW as a usage error, before the command runs', () => {
    let stderr = '';
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: { ATLAS_NOW: 'tomorrow' }, cwd: dir };
    expect(entryClock('links', io)).toBe(2);
    expect(stderr).toBe('links: ATLAS_NOW="tomorrow" is not a date; use YYYY-MM-DD or an ISO date-time like 2026-12-06T12:00:00Z\nhint: npm run links -- --help\n');
  });

  it('turns anything unexpected into one line and exit 2, without a stack trace', async () => {
    const crash: Command = async () => {
      throw new TypeError('boom');
    };
    expect(await call('stats', crash, [])).toEqual({ code: 2, stdout: '', stderr: 'stats: internal error: boom\n' });
  });
});
