/**
 * Issue 12, finding 1: the nightly's publish job, run for real. Its two shell steps are taken from
 * .github/workflows/nightly.yml and executed with bash against a local bare repository standing
 * in for GitHub: the stores the check job measured are committed and pushed (replayed on top when
 * main moved during the run), the pushed commit is handed to the deploy job, a store from a run
 * that did not finish is not taken, and the token reaches neither the repository config nor
 * the command line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nightly = parse(readFileSync(join(root, '.github/workflows/nightly.yml'), 'utf8')) as {
  jobs: { publish: { steps: Array<{ name: string; run?: string }> } };
};
const step = (prefix: string) => nightly.jobs.publish.steps.find((s) => s.name.startsWith(prefix))!.run!;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' }).trim();

function setup() {
  const base = mkdtempSync(join(tmpdir(), 'nightly-publish-'));
  const remote = join(base, 'remote.git');
  git(base, 'init', '-q', '--bare', '-b', 'main', remote);
  const seed = join(base, 'seed');
  git(base, 'clone', '-q', remote, seed);
  mkdirSync(join(seed, 'content/data'), { recursive: true });
  writeFileSync(join(seed, 'content/data/links.json'), '{"old":true}\n');
  writeFileSync(join(seed, 'content/data/activity.json'), '{"old":true}\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'seed');
  git(seed, 'push', '-q', 'origin', 'HEAD:main');
  const work = join(base, 'work');
  git(base, 'clone', '-q', remote, work);
  const temp = join(base, 'runner-temp');
  mkdirSync(join(temp, 'nightly/stores'), { recursive: true });
  writeFileSync(join(temp, 'nightly/stores/links.json'), '{"new":"links"}\n');
  writeFileSync(join(temp, 'nightly/stores/activity.json'), '{"new":"activity"}\n');
  const output = join(base, 'github-output');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: base,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: output,
    GITHUB_SHA: git(work, 'rev-parse', 'HEAD'),
    GITHUB_REF_NAME: 'main',
    GITHUB_REPOSITORY: 'owner/atlas',
    GITHUB_SERVER_URL: 'https://github.com',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  return { base, remote, seed, work, temp, output, env };
}

function runStep(script: string, cwd: string, env: Record<string, string>) {
  // As Actions runs `run:` with bash: -e and pipefail.
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('nightly publish job', () => {
  it('commits the measured stores, replays them on top of a main that moved, and hands the pushed commit to deploy', () => {
    const t = setup();
    const commit = runStep(step('Commit the updated stores'), t.work, { ...t.env, CHECK_LINKS: 'success', CHECK_ACTIVITY: 'failure' });
    expect(commit.code).toBe(0);
    // Someone merges while the nightly runs.
    writeFileSync(join(t.seed, 'README.md'), 'moved on\n');
    git(t.seed, 'add', '.');
    git(t.seed, 'commit', '-q', '-m', 'meanwhile');
    git(t.seed, 'push', '-q', 'origin', 'HEAD:main');

    const push = runStep(step('Push'), t.work, { ...t.env, TOKEN: 'ghs_secret-token', PUSH_KEY: '' });
    expect(push.code).toBe(0);
    const head = git(t.remote, 'rev-parse', 'main');
    expect(readFileSync(t.output, 'utf8')).toBe(`sha=${head}\n`);
    expect(git(t.remote, 'log', '--format=%s', 'main')).toBe('nightly: update link and activity stores [skip ci]\nmeanwhile\nseed');
    expect(git(t.remote, 'show', 'main:content/data/links.json')).toBe('{"new":"links"}');
    // The activity run did not finish: its store is not taken.
    expect(git(t.remote, 'show', 'main:content/data/activity.json')).toBe('{"old":true}');
    expect(readFileSync(join(t.work, '.git/config'), 'utf8')).not.toContain('secret');
    expect(push.out).not.toContain('ghs_secret-token');
    expect(push.out).toContain('::add-mask::'); // the encoded header is masked in the log
  });

  it('deploys the checked-out commit when the stores did not change, without pushing', () => {
    const t = setup();
    writeFileSync(join(t.temp, 'nightly/stores/links.json'), '{"old":true}\n');
    expect(runStep(step('Commit the updated stores'), t.work, { ...t.env, CHECK_LINKS: 'success', CHECK_ACTIVITY: 'failure' }).code).toBe(0);
    expect(runStep(step('Push'), t.work, { ...t.env, TOKEN: 'x', PUSH_KEY: '' }).code).toBe(0);
    expect(readFileSync(t.output, 'utf8')).toBe(`sha=${t.env.GITHUB_SHA}\n`);
    expect(git(t.remote, 'rev-parse', 'main')).toBe(t.env.GITHUB_SHA);
  });
});
