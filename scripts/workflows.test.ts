/**
 * The GitHub workflows' security properties, read from the YAML itself (issue 12, findings 1 and
 * 9), so a later edit cannot quietly undo them: every action pinned by full commit SHA with its
 * version in a comment; permissions declared, nothing by default, write scopes only on the jobs
 * that need them; no persisted git credentials; npm's install scripts never run next to a write
 * token; no pull-request text in a shell; `pull_request`, never `pull_request_target`; the nightly
 * deploys what it committed; Dependabot keeps actions and npm current.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.github/workflows');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  needs?: string | string[];
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const text = (f: string) => readFileSync(join(dir, f), 'utf8');
const workflows = new Map(files.map((f) => [f, parse(text(f)) as Workflow]));

/** The only write scopes each job may hold; any other job may only read. */
const WRITE_ALLOWED: Record<string, Record<string, string[]>> = {
  'nightly.yml': { publish: ['contents'], report: ['issues'], deploy: ['pages', 'id-token'] },
  'deploy.yml': { deploy: ['pages', 'id-token'] },
};

const writes = (p: Job['permissions']): string[] =>
  typeof p === 'string' ? (p === 'read-all' ? [] : ['*']) : Object.entries(p ?? {}).filter(([, v]) => v === 'write').map(([k]) => k);

const installsWithScripts = (run: string) => /\bnpm\s+(ci|install|i)\b(?![^\n]*--ignore-scripts)/.test(run);
const usesToken = (s: Step) => JSON.stringify(s.env ?? {}).match(/secrets\.GITHUB_TOKEN|github\.token|secrets\.[A-Z_]*KEY/) !== null;

describe('GitHub workflows', () => {
  it('are there', () => {
    expect(files).toEqual(['ci.yml', 'deploy.yml', 'nightly.yml']);
  });

  it.each(files)('%s pins every action by full commit SHA with its version in a comment', (f) => {
    const lines = text(f).split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const ref = /uses:\s*(\S+)/.exec(line)![1]!;
      if (ref.startsWith('./')) continue; // a workflow of this repository
      expect(line).toMatch(/uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+\.\d+\.\d+\s*$/);
    }
  });

  it.each(files)('%s declares permissions: nothing or read at the top, writes only where allowed', (f) => {
    const wf = workflows.get(f)!;
    expect(wf.permissions).toBeDefined();
    expect(writes(wf.permissions)).toEqual([]);
    for (const [name, job] of Object.entries(wf.jobs)) {
      const allowed = WRITE_ALLOWED[f]?.[name] ?? [];
      expect([name, writes(job.permissions).filter((w) => !allowed.includes(w))]).toEqual([name, []]);
      if (wf.permissions !== undefined && typeof wf.permissions === 'object' && Object.keys(wf.permissions).length === 0) {
        // Top level grants nothing: each job must say what it needs.
        expect([name, job.permissions]).not.toEqual([name, undefined]);
      }
    }
  });

  it.each(files)('%s checks out without persisting git credentials', (f) => {
    for (const job of Object.values(workflows.get(f)!.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });

  it.each(files)('%s never runs npm install scripts where a write token or a secret is in reach', (f) => {
    for (const [name, job] of Object.entries(workflows.get(f)!.jobs)) {
      const canWrite = writes(job.permissions).length > 0;
      for (const step of job.steps ?? []) {
        if (!step.run || !installsWithScripts(step.run)) continue;
        expect([name, step.name, canWrite]).toEqual([name, step.name, false]);
        expect([name, step.name, usesToken(step)]).toEqual([name, step.name, false]);
      }
    }
  });

  it.each(files)('%s gives a write token only to steps that need it, never to a step that runs project code from npm', (f) => {
    for (const [name, job] of Object.entries(workflows.get(f)!.jobs)) {
      if (writes(job.permissions).length === 0) continue;
      for (const step of job.steps ?? []) {
        if (!usesToken(step)) continue;
        expect([name, step.name, /\bnpm\s+run\b/.test(step.run ?? '')]).toEqual([name, step.name, false]);
      }
    }
  });

  it.each(files)('%s puts no pull-request or issue text into a shell', (f) => {
    for (const job of Object.values(workflows.get(f)!.jobs)) {
      for (const step of job.steps ?? []) {
        expect(step.run ?? '').not.toMatch(/\$\{\{[^}]*github\.(event\.(pull_request|issue|comment|review|head_commit|commits|pages)|head_ref)/);
      }
    }
  });

  it.each(files)('%s uses pull_request, never pull_request_target or workflow_run', (f) => {
    const on = workflows.get(f)!.on;
    expect(Object.keys(on)).not.toContain('pull_request_target');
    expect(Object.keys(on)).not.toContain('workflow_run');
  });

  it('the nightly deploys the commit it pushed, after pushing it', () => {
    const nightly = workflows.get('nightly.yml')!;
    const deploy = Object.values(nightly.jobs).find((j) => j.uses === './.github/workflows/deploy.yml');
    expect(deploy).toBeDefined();
    expect(deploy!.needs).toBe('publish');
    expect(deploy!.with?.ref).toBe('${{ needs.publish.outputs.sha }}');
    expect(Object.keys(workflows.get('deploy.yml')!.on)).toContain('workflow_call');
    const checkout = workflows.get('deploy.yml')!.jobs.build!.steps!.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.ref).toBe('${{ inputs.ref || github.sha }}');
  });

  it('the nightly push step alone holds the write credential, and works with a deploy key on a protected main', () => {
    const publish = workflows.get('nightly.yml')!.jobs.publish!;
    const holders = (publish.steps ?? []).filter(usesToken).map((s) => s.name);
    expect(holders).toEqual(['Push (the only step holding a write credential)']);
    expect(JSON.stringify(publish.steps)).toContain('NIGHTLY_PUSH_KEY');
    expect((publish.steps ?? []).some((s) => /\bnpm\b|\bnode\b/.test(s.run ?? ''))).toBe(false);
  });
});

describe('Dependabot', () => {
  it('keeps github-actions and npm current', () => {
    const config = parse(readFileSync(join(root, '.github/dependabot.yml'), 'utf8')) as { version: number; updates: Array<{ 'package-ecosystem': string; directory: string }> };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory]).sort()).toEqual([['github-actions', '/'], ['npm', '/']]);
  });
});
