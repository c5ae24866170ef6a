import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../http/index.ts';
import { startFakeGithub, type FakeGithub } from '../test-support/fake-github.ts';
import {
  developmentStatusFromClassifiers,
  fetchPypiProjects,
  parsePypiProject,
  pythonVersionsFromClassifiers,
} from './pypi.ts';
import { normalizePypiName } from '../identity/pypi.ts';

describe('classifier parsing', () => {
  it('keeps minor versions only, sorted numerically', () => {
    expect(pythonVersionsFromClassifiers([
      'Programming Language :: Python :: 3',
      'Programming Language :: Python :: 3.10',
      'Programming Language :: Python :: 3.9',
      'Programming Language :: Python :: 3 :: Only',
      'Programming Language :: Python :: Implementation :: PyPy',
      'Programming Language :: Python :: 3.13',
    ])).toEqual(['3.9', '3.10', '3.13']);
  });
  it('reads the Development Status, null when absent', () => {
    expect(developmentStatusFromClassifiers(['Development Status :: 7 - Inactive', 'License :: OSI Approved'])).toBe('7 - Inactive');
    expect(developmentStatusFromClassifiers([])).toBeNull();
  });
  it('normalises names as PEP 503 does', () => {
    expect(normalizePypiName('Flask_SQLAlchemy.ext')).toBe('flask-sqlalchemy-ext');
  });
});

describe('parsePypiProject', () => {
  it('takes the newest file of the latest version and normalises its time', () => {
    const d = parsePypiProject({
      info: { version: '2.0', requires_python: '>=3.10', classifiers: ['Development Status :: 5 - Production/Stable'] },
      releases: {
        '1.0': [{ upload_time_iso_8601: '2020-01-01T00:00:00Z' }],
        '2.0': [{ upload_time_iso_8601: '2026-03-01T10:00:00.123456Z' }, { upload_time: '2026-03-02T10:00:00' }],
      },
    });
    expect(d).toEqual({
      version: '2.0', released: '2026-03-02T10:00:00.000Z', requiresPython: '>=3.10', pythonVersions: [],
      developmentStatus: '5 - Production/Stable', yanked: false,
    });
  });
  it('flags a yanked latest release', () => {
    const d = parsePypiProject({ info: { version: '1', requires_python: '' }, releases: { '1': [{ upload_time_iso_8601: '2026-01-01T00:00:00Z', yanked: true }] } });
    expect(d).toMatchObject({ yanked: true, requiresPython: null });
  });
  it('rejects an unexpected shape as an error', () => {
    expect(parsePypiProject({ info: {} })).toEqual({ error: 'PyPI answered with an unexpected JSON shape' });
  });
});

describe('fetchPypiProjects against a fake PyPI', () => {
  let fake: FakeGithub | undefined;
  let http: HttpClient | undefined;
  afterEach(async () => {
    await http?.close();
    await fake?.close();
  });

  it('maps found, 404 (missing), malformed JSON (error) and downloads, with bounded concurrency', async () => {
    fake = await startFakeGithub({
      latencyMs: 20,
      pypi: (name) => {
        if (name.startsWith('gone')) return null;
        if (name === 'broken') return 'malformed';
        return { version: '3.1', released: '2026-11-01T00:00:00Z', classifiers: ['Programming Language :: Python :: 3.12', 'Development Status :: 7 - Inactive'], downloadsLastMonth: name === 'nostats' ? undefined : 1234 };
      },
    });
    http = createHttpClient({ perHost: 16 });
    const names = ['Requests', 'gone-1', 'broken', 'nostats', ...Array.from({ length: 20 }, (_, i) => `pkg${i}`)];
    const seen: number[] = [];
    const out = await fetchPypiProjects(names, { http, pypiUrl: fake.origin, statsUrl: fake.origin, concurrency: 4, onResult: (_r, done) => void seen.push(done) });
    expect(out.get('Requests')).toEqual({
      status: 'found', name: 'Requests',
      data: { version: '3.1', released: '2026-11-01T00:00:00.000Z', requiresPython: '>=3.9', pythonVersions: ['3.12'], developmentStatus: '7 - Inactive', yanked: false, monthlyDownloads: 1234 },
    });
    expect(fake.hits.get('/api/packages/requests/recent')).toBe(1);
    expect(out.get('gone-1')).toEqual({ status: 'missing', name: 'gone-1' });
    expect(out.get('broken')).toEqual({ status: 'error', name: 'broken', error: 'PyPI answered with malformed JSON' });
    expect(out.get('nostats')).toMatchObject({ status: 'found', data: { monthlyDownloads: null } });
    expect(seen).toHaveLength(names.length);
    expect(fake.hits.get('/pypi/gone-1/json')).toBe(1);
  });

  it('reports an unreachable index as an error per project', async () => {
    http = createHttpClient({ retry: { retries: 0 } });
    const out = await fetchPypiProjects(['x'], { http, pypiUrl: 'http://127.0.0.1:1' });
    expect(out.get('x')).toEqual({ status: 'error', name: 'x', error: 'PyPI unreachable (refused)' });
  });
});
