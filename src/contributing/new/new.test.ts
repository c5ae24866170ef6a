import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseSourceText } from '../../content/model.ts';
import { renderCategoryFile, renderEntryFile, renderGroupsFile } from '../files.ts';
import { addEntry, type NewOptions } from './run.ts';
import { draftEntry, findDuplicate, suggestTags, tidyDescription } from './draft.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TODAY = '2026-11-28';
const PICK = 'you want typed, class-based API controllers with dependency injection built in, and can live with a smaller community than FastAPI.';

/** Fake api.github.com and pypi.org on one real 127.0.0.1 server; records every request. */
interface Fake {
  origin: string;
  requests: Array<{ path: string; auth: string | undefined }>;
  close(): Promise<void>;
}
async function startFake(): Promise<Fake> {
  const requests: Fake['requests'] = [];
  const repos: Record<string, unknown> = {
    'litestar-org/litestar': {
      name: 'litestar',
      full_name: 'litestar-org/litestar',
      html_url: 'https://github.com/litestar-org/litestar',
      description: 'production-ready, Light, Flexible and Extensible ASGI API framework | Effortlessly Build Performant APIs 🚀',
      homepage: 'https://litestar.dev/',
      topics: ['asgi', 'api', 'python', 'rest-api', 'web-framework'],
    },
    'newowner/thing': {
      name: 'thing',
      full_name: 'newowner/thing',
      html_url: 'https://github.com/newowner/thing',
      description: 'does things',
      homepage: null,
      topics: [],
    },
  };
  const pypi: Record<string, unknown> = {
    litestar: {
      info: {
        name: 'litestar',
        version: '2.13.0',
        summary: 'Litestar - A production-ready, highly performant, extensible ASGI API Framework',
        home_page: null,
        project_urls: { Changelog: 'https://docs.litestar.dev/latest/release-notes/', Documentation: 'https://docs.litestar.dev/', Source: 'https://github.com/litestar-org/litestar' },
        keywords: 'api,rest,asgi,litestar,starlite',
        classifiers: ['Topic :: Internet :: WWW/HTTP'],
      },
    },
    thing: { info: { name: 'thing', version: '1.0', summary: 'Somebody else\'s thing', project_urls: { Source: 'https://github.com/someoneelse/thing' } } },
  };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, auth: req.headers.authorization });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    let m = /^\/gh\/repos\/([^/]+)\/([^/]+)$/.exec(path);
    if (m) {
      if (`${m[1]}/${m[2]}` === 'oldowner/thing') return send(301, { message: 'Moved Permanently' }, { location: `${'http://' + req.headers.host}/gh/repos/newowner/thing` });
      const repo = repos[`${m[1]}/${m[2]}`];
      return repo ? send(200, repo) : send(404, { message: 'Not Found' });
    }
    m = /^\/pypi\/([^/]+)\/json$/.exec(path);
    if (m) {
      const project = pypi[(m[1] ?? '').toLowerCase()];
      return project ? send(200, project) : send(404, { message: 'Not Found' });
    }
    send(404, {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}

let fake: Fake;
let tmp: string;
let root: string;

function makeContent(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'categories'), { recursive: true });
  mkdirSync(join(dir, 'entries/web-frameworks'), { recursive: true });
  writeFileSync(join(dir, 'groups.yaml'), renderGroupsFile([{ id: 'web-development', title: 'Web Development', order: 10 }]));
  writeFileSync(join(dir, 'tags.yaml'), 'web: Web applications.\napi: Building APIs.\nasgi: ASGI.\nasync: Async.\nflask: Flask.\nrest: REST APIs.\n');
  writeFileSync(
    join(dir, 'categories/web-frameworks.yaml'),
    renderCategoryFile({ title: 'Web Frameworks', group: 'web-development', order: 10, intro: 'Frameworks that turn HTTP requests into Python function calls, from micro to full-stack.', subcategories: [{ id: 'api', title: 'APIs' }] }),
  );
  writeFileSync(
    join(dir, 'entries/web-frameworks/flask.md'),
    renderEntryFile({ name: 'Flask', url: 'https://flask.palletsprojects.com/', repo: 'https://github.com/pallets/flask', pypi: 'Flask', category: 'web-frameworks', tags: ['web', 'flask'], description: 'Small synchronous framework that leaves the database and forms to extensions you pick.', status: 'recommended', added: '2026-01-01' }),
  );
}

beforeAll(async () => {
  fake = await startFake();
  tmp = mkdtempSync(join(tmpdir(), 'atlas-new-'));
  root = join(tmp, 'content');
});
afterAll(async () => {
  await fake.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => {
  makeContent(root);
  fake.requests.length = 0;
});

const options = (input: NewOptions['input'], extra: Partial<NewOptions> = {}): NewOptions => ({
  root,
  input,
  today: TODAY,
  githubApiUrl: `${fake.origin}/gh`,
  pypiUrl: fake.origin,
  ...extra,
});

function runAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function readEntry(rel: string) {
  return parseSourceText('markdown', rel, readFileSync(join(root, rel), 'utf8')).file?.yaml?.data as Record<string, unknown>;
}

describe('npm run new with flags, against fake GitHub and PyPI on 127.0.0.1', () => {
  it('writes a valid entry with repo, PyPI name, docs, a tidied description draft and vocabulary tags filled in', async () => {
    // Asynchronous spawn: the fake servers live in this process and must keep answering.
    const run = await runAsync(
      [join(repoRoot, 'scripts/new.ts'), '--root', root, '--name', 'Litestar', '--url', 'https://litestar.dev/', '--repo', 'https://github.com/litestar-org/litestar', '--category', 'web-frameworks', '--subcategory', 'api', '--pick', PICK, '--yes'],
      { ...process.env, GITHUB_API_URL: `${fake.origin}/gh`, PYPI_URL: fake.origin, GITHUB_TOKEN: 'sekrit-token-123', ATLAS_NOW: TODAY },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readEntry('entries/web-frameworks/litestar.md')).toEqual({
      name: 'Litestar',
      url: 'https://litestar.dev/',
      repo: 'https://github.com/litestar-org/litestar',
      pypi: 'litestar',
      docs: 'https://docs.litestar.dev/',
      category: 'web-frameworks',
      subcategory: 'api',
      tags: ['asgi', 'api', 'rest'],
      description: 'Production-ready, Light, Flexible and Extensible ASGI API framework | Effortlessly Build Performant APIs.',
      pick: PICK,
      status: 'recommended',
      added: TODAY,
    });
    expect(run.stdout).toContain('Wrote ');
    expect(run.stdout).not.toContain('TODO pick line');
    expect(run.stdout).toContain('rewrite the description in our own words');
    expect(run.stdout).toContain('The validator found no errors.');
    expect(run.stdout).not.toContain('sekrit');
    expect(fake.requests.map((r) => r.path)).toEqual(['/gh/repos/litestar-org/litestar', '/pypi/litestar/json']);
    expect(fake.requests[0]?.auth).toBe('Bearer sekrit-token-123');
    expect(fake.requests[1]?.auth).toBeUndefined();
  });

  it('without --pick writes a TODO pick line, says what to do, and exits 1 until it is written', async () => {
    const run = await runAsync(
      [join(repoRoot, 'scripts/new.ts'), '--root', root, '--name', 'Litestar', '--url', 'https://litestar.dev/', '--category', 'web-frameworks', '--description', 'Typed ASGI framework for APIs with dependency injection and plugins.', '--offline', '--yes'],
      { ...process.env, ATLAS_NOW: TODAY },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const text = readFileSync(join(root, 'entries/web-frameworks/litestar.md'), 'utf8');
    expect(text).toContain(`\ndescription: Typed ASGI framework for APIs with dependency injection and plugins.\npick: 'TODO: finish "Pick it when …" for Litestar: when to choose it over its neighbours, in our own words.'\nstatus: recommended\n`);
    const file = join(root, 'entries/web-frameworks/litestar.md');
    expect(run.stdout).toBe(
      `Wrote ${file} (tags from category).\n` +
        'Before opening a pull request, replace the TODO pick line: finish "Pick it when …" in our own words (see CONTRIBUTING.md).\n' +
        `${file}:7:7  placeholder-text  pick is a TODO placeholder\n` +
        '    fix: finish the sentence "Pick it when …" in our own words: when to choose it over its neighbours (see CONTRIBUTING.md)\n' +
        `The validator found 1 error(s) in ${file}; fix them and run \`npm run validate -- ${file}\`.\n`,
    );
  });

  it('follows a renamed repository to its current URL, and ignores a PyPI project of the same name that belongs to another repo', async () => {
    const outcome = await addEntry(options({ name: 'thing', url: 'https://github.com/oldowner/thing', category: 'web-frameworks', tags: ['web'] }));
    expect(outcome.kind).toBe('written');
    const data = readEntry('entries/web-frameworks/thing.md');
    expect(data.repo).toBe('https://github.com/newowner/thing');
    expect(data.pypi).toBeUndefined();
    expect(data.description).toBe('Does things.');
  });

  it('works offline with what it was given, saying what it could not reach', async () => {
    const outcome = await addEntry(
      options(
        { name: 'Litestar', url: 'https://litestar.dev/', repo: 'https://github.com/litestar-org/litestar', category: 'web-frameworks', description: 'Typed ASGI framework for APIs with dependency injection and plugins.' },
        { githubApiUrl: 'http://127.0.0.1:9', pypiUrl: 'http://127.0.0.1:9' },
      ),
    );
    expect(outcome.kind).toBe('written');
    if (outcome.kind !== 'written') return;
    expect(outcome.lookups).toEqual(['GitHub unreachable (refused); drafted without GitHub', 'PyPI unreachable (refused); drafted without PyPI']);
    expect(readEntry('entries/web-frameworks/litestar.md')).toMatchObject({ repo: 'https://github.com/litestar-org/litestar', tags: ['flask', 'web'], description: 'Typed ASGI framework for APIs with dependency injection and plugins.' });
    // No --pick: the only error is the TODO pick line the contributor still has to write.
    expect(outcome.problems.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.col} ${p.rule} ${p.message}`)).toEqual(['8:7 placeholder-text pick is a TODO placeholder']);
  });

  it('lets the contributor review the draft (interactive mode) and records their edits as theirs', async () => {
    const seen: string[][] = [];
    const outcome = await addEntry(
      options(
        { name: 'Litestar', url: 'https://litestar.dev/', repo: 'https://github.com/litestar-org/litestar', category: 'web-frameworks' },
        {
          review: async (draft, sources, lookups) => {
            seen.push([...lookups], [String(draft.description), String(sources.description)]);
            return { ...draft, description: 'Typed ASGI framework for APIs with dependency injection and plugins.' };
          },
        },
      ),
    );
    expect(seen).toEqual([
      ['GitHub: found litestar-org/litestar', 'PyPI: found litestar'],
      ['Production-ready, Light, Flexible and Extensible ASGI API framework | Effortlessly Build Performant APIs.', 'GitHub'],
    ]);
    expect(outcome).toMatchObject({ kind: 'written', sources: { description: 'flag', pypi: 'PyPI' } });
    expect(readEntry('entries/web-frameworks/litestar.md').description).toBe('Typed ASGI framework for APIs with dependency injection and plugins.');
  });

  it('--offline makes no request at all and names what is missing', async () => {
    const outcome = await addEntry(options({ name: 'Bare', url: 'https://bare.example.org/', category: 'web-frameworks' }, { offline: true }));
    expect(fake.requests).toEqual([]);
    expect(outcome).toEqual({ kind: 'invalid', lookups: [], issues: [{ field: 'description', message: 'description is missing', hint: 'pass --description "One sentence, in our own words, on what it is for."' }] });
  });

  it('rejects an unknown category, subcategory or tag before asking anyone', async () => {
    const cat = await addEntry(options({ name: 'X', url: 'https://x.example.org/', category: 'nope' }));
    expect(cat).toMatchObject({ kind: 'invalid', issues: [{ field: 'category', hint: 'use one of: web-frameworks' }] });
    const sub = await addEntry(options({ name: 'X', url: 'https://x.example.org/', category: 'web-frameworks', subcategory: 'micro' }));
    expect(sub).toMatchObject({ kind: 'invalid', issues: [{ field: 'subcategory', hint: 'use one of: api' }] });
    const tag = await addEntry(options({ name: 'X', url: 'https://x.example.org/', category: 'web-frameworks', tags: ['web', 'made-up'] }));
    expect(tag).toMatchObject({ kind: 'invalid', issues: [{ message: 'unknown tag: made-up' }] });
    expect(fake.requests).toEqual([]);
  });
});

describe('duplicate refusal', () => {
  it.each([
    ['the same homepage, written differently', { url: 'http://www.flask.palletsprojects.com' }, 'url'],
    ['the repository as the URL', { url: 'https://github.com/Pallets/flask.git' }, 'url'],
    ['the same PyPI name, PEP 503-normalised', { url: 'https://elsewhere.example.org/', pypi: 'FLASK' }, 'pypi'],
  ] as const)('refuses %s and points at the existing entry', async (_label, fields, field) => {
    const outcome = await addEntry(options({ name: 'Flask again', category: 'web-frameworks', tags: ['web'], description: 'Another copy of a project we already list here.', ...fields }, { offline: true }));
    expect(outcome).toMatchObject({ kind: 'duplicate', field, path: join(root, 'entries/web-frameworks/flask.md') });
    expect(existsSync(join(root, 'entries/web-frameworks/flask-again.md'))).toBe(false);
  });

  it('also refuses when the duplicate only shows after the lookup (PyPI reveals the repo of an entry we have)', async () => {
    writeFileSync(
      join(root, 'entries/web-frameworks/litestar-old.md'),
      renderEntryFile({ name: 'Litestar', url: 'https://litestar.dev/', repo: 'https://github.com/litestar-org/litestar', category: 'web-frameworks', tags: ['api'], description: 'Typed ASGI framework for APIs with dependency injection and plugins.', status: 'recommended', added: '2026-01-01' }),
    );
    const outcome = await addEntry(options({ name: 'litestar', url: 'https://pypi.org/project/litestar/', category: 'web-frameworks', pypi: 'litestar' }));
    expect(outcome).toMatchObject({ kind: 'duplicate', field: 'repo', path: join(root, 'entries/web-frameworks/litestar-old.md') });
  });

  it('the CLI exits 1 with path:line:col rule message and a fix', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/new.ts'), '--root', root, '--name', 'F', '--url', 'https://flask.palletsprojects.com', '--category', 'web-frameworks', '--offline', '--yes'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/flask\.md:1:1  new\/duplicate  already listed: its url matches https:\/\/flask\.palletsprojects\.com\n    fix: edit .*flask\.md instead of adding a second entry/);
  });

  it('the CLI exits 2 with a usage message, not a stack trace, when --root is a file', () => {
    const file = join(root, 'tags.yaml');
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/new.ts'), '--root', file, '--name', 'F', '--url', 'https://f.example.org/', '--category', 'web-frameworks', '--offline', '--yes'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`new: --root ${file} is a file, not the content folder\nhint: npm run new -- --help\n`);
  });

  it('the CLI refuses a malformed ATLAS_NOW with a usage error instead of dating the entry by the real clock', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/new.ts'), '--root', root, '--name', 'G', '--url', 'https://g.example.org/', '--category', 'web-frameworks', '--offline', '--yes'], { encoding: 'utf8', env: { ...process.env, ATLAS_NOW: '28/11/2026' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('new: ATLAS_NOW="28/11/2026" is not a date; use YYYY-MM-DD or an ISO date-time like 2026-12-06T12:00:00Z\nhint: npm run new -- --help\n');
    expect(existsSync(join(root, 'entries/web-frameworks/g.md'))).toBe(false);
  });

  it('refuses a --slug that is not a plain file name, instead of writing outside entries/<category>/', async () => {
    const outcome = await addEntry(options({ name: 'Escape', url: 'https://escape.example.org/', category: 'web-frameworks', tags: ['web'], description: 'A project whose slug tries to leave its category folder.' }, { offline: true, slug: '../../../escaped' }));
    expect(outcome).toMatchObject({ kind: 'invalid', issues: [{ field: 'slug' }] });
    expect(existsSync(join(tmp, 'escaped.md'))).toBe(false);
  });

  it('refuses to overwrite a different entry that has the same file name', async () => {
    const outcome = await addEntry(options({ name: 'Flask', url: 'https://other-flask.example.org/', category: 'web-frameworks', tags: ['web'], description: 'A different project that happens to share the name.' }, { offline: true }));
    expect(outcome).toMatchObject({ kind: 'exists' });
  });
});

describe('the CLI without a terminal', () => {
  it('exits 2 naming the missing flags instead of waiting for input', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'scripts/new.ts'), '--root', root, '--name', 'X'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(2);
    expect(stderr).toContain('missing --url, --category');
  });
});

describe('drafting decisions', () => {
  it.each([
    ['  fast, simple web framework  ', 'Fast, simple web framework.'],
    [':rocket: Blazing fast 🚀 ORM!', 'Blazing fast ORM.'],
    ['Already fine.', 'Already fine.'],
    ['', undefined],
    ['x'.repeat(200), `X${'x'.repeat(158)}.`],
  ])('tidyDescription(%j) = %j', (input, expected) => {
    expect(tidyDescription(input)).toBe(expected);
  });

  it('keeps tags that are in the vocabulary, from topics, keywords and Topic classifiers', () => {
    const vocabulary = new Set(['web', 'api', 'testing', 'http']);
    expect(
      suggestTags(
        { github: { nameWithOwner: 'o/x', url: 'https://github.com/o/x', archived: false, disabled: false, topics: ['apis', 'python'] }, pypi: { name: 'x', version: '1', keywords: 'testing web', classifiers: ['Topic :: Internet :: WWW/HTTP', 'Topic :: Software Development :: Testing'] } },
        vocabulary,
      ),
    ).toEqual(['api', 'testing', 'web']);
  });

  it('lets flags win over every looked-up value', () => {
    const { entry, sources } = draftEntry(
      { name: 'Mine', url: 'https://mine.example.org/', category: 'c', tags: ['web'], description: 'My own sentence.', pypi: 'mine', status: 'legacy' },
      { github: { nameWithOwner: 'o/theirs', url: 'https://github.com/o/theirs', archived: false, disabled: false, description: 'their words', homepage: 'https://theirs.example.org/', topics: ['api'] } },
      { today: TODAY, vocabulary: new Set(['api', 'web']), categoryTags: [] },
    );
    expect(entry).toMatchObject({ name: 'Mine', url: 'https://mine.example.org/', tags: ['web'], description: 'My own sentence.', pypi: 'mine', status: 'legacy', repo: 'https://github.com/o/theirs' });
    expect(sources).toMatchObject({ name: 'flag', description: 'flag', repo: 'GitHub' });
  });

  it('uses the homepage as url when the contributor gave the repository, keeping the repository in repo', () => {
    const github = { nameWithOwner: 'o/x', url: 'https://github.com/o/x', archived: false, disabled: false, homepage: 'https://x.example.org/' };
    const ctx = { today: TODAY, vocabulary: new Set<string>(), categoryTags: ['web'] };
    const fromRepo = draftEntry({ url: 'https://github.com/o/x', category: 'c' }, { github }, ctx);
    expect(fromRepo.entry).toMatchObject({ url: 'https://x.example.org/', repo: 'https://github.com/o/x' });
    expect(fromRepo.sources.url).toBe('GitHub');
    const fromPage = draftEntry({ url: 'https://x.example.org/docs/', category: 'c' }, { github }, ctx);
    expect(fromPage.entry.url).toBe('https://x.example.org/docs/');
    const noHomepage = draftEntry({ url: 'https://github.com/o/x', category: 'c' }, { github: { ...github, homepage: '' } }, ctx);
    expect(noHomepage.entry.url).toBe('https://github.com/o/x');
  });

  it('finds duplicates by url or repo either way round, and by PyPI name', () => {
    const existing = [{ path: 'a.md', entry: { name: 'A', url: 'https://a.example.org/', repo: 'https://github.com/o/a', pypi: 'a_pkg' } }];
    expect(findDuplicate({ url: 'https://github.com/O/A/' }, existing)).toEqual({ path: 'a.md', field: 'url', value: 'https://github.com/O/A/' });
    expect(findDuplicate({ url: 'https://b.example.org', repo: 'https://a.example.org' }, existing)?.field).toBe('repo');
    expect(findDuplicate({ url: 'https://b.example.org', pypi: 'A.Pkg' }, existing)?.field).toBe('pypi');
    expect(findDuplicate({ url: 'https://b.example.org', repo: 'https://github.com/o/b', pypi: 'b' }, existing)).toBeNull();
  });
});
