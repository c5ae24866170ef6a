import { describe, expect, it } from 'vitest';
import {
  classifyNetworkError,
  classifyResponse,
  headErrorNeedsGet,
  headNeedsGet,
  isBotWall,
  isUncheckableFragment,
  summarizeRedirects,
} from './classify.ts';
import { outcomeFor } from './run.ts';
import { linkState } from './state.ts';

describe('classifyResponse', () => {
  it.each([
    [200, {}, { kind: 'ok' }],
    [204, {}, { kind: 'ok' }],
    [301, { location: '/a' }, { kind: 'redirect', permanent: true, location: '/a' }],
    [308, { location: '/a' }, { kind: 'redirect', permanent: true, location: '/a' }],
    [302, { location: '/a' }, { kind: 'redirect', permanent: false, location: '/a' }],
    [303, { location: '/a' }, { kind: 'redirect', permanent: false, location: '/a' }],
    [307, { location: '/a' }, { kind: 'redirect', permanent: false, location: '/a' }],
    [301, {}, { kind: 'final', verdict: 'unknown', reason: '301 without Location' }],
    [404, {}, { kind: 'final', verdict: 'dead', reason: '404' }],
    [410, {}, { kind: 'final', verdict: 'dead', reason: '410' }],
    [400, {}, { kind: 'final', verdict: 'unknown', reason: '400' }],
    [451, {}, { kind: 'final', verdict: 'unknown', reason: '451' }],
    [403, {}, { kind: 'final', verdict: 'unknown', reason: '403' }],
    [403, { 'cf-mitigated': 'challenge' }, { kind: 'final', verdict: 'unknown', reason: 'bot wall (403)' }],
    [401, {}, { kind: 'final', verdict: 'unknown', reason: '401' }],
    [429, {}, { kind: 'final', verdict: 'unknown', reason: '429' }],
    [500, {}, { kind: 'final', verdict: 'unknown', reason: '500' }],
    [503, {}, { kind: 'final', verdict: 'unknown', reason: '503' }],
    [999, {}, { kind: 'final', verdict: 'unknown', reason: 'bot wall (999)' }],
  ] as const)('%i %o', (status, headers, expected) => {
    expect(classifyResponse(status, headers)).toEqual(expected);
  });
});

describe('isBotWall', () => {
  it.each([
    [403, { 'cf-mitigated': 'challenge' }, true],
    [503, { 'cf-mitigated': 'challenge' }, true],
    [403, { server: 'cloudflare' }, true],
    [403, { 'x-amzn-waf-action': 'captcha' }, true],
    [403, {}, false],
    [404, { server: 'cloudflare' }, false],
    [999, {}, true],
  ] as const)('%i %o → %s', (status, headers, expected) => {
    expect(isBotWall(status, headers)).toBe(expected);
  });
});

describe('HEAD fallback', () => {
  it.each([
    [200, false],
    [301, false],
    [405, true],
    [403, true],
    [404, true],
    [501, true],
    [500, true],
    [429, true],
    [410, false],
  ])('HEAD %i → GET? %s', (status, expected) => {
    expect(headNeedsGet(status)).toBe(expected);
  });
  it.each([
    ['reset', true],
    ['other', true],
    ['refused', false],
    ['dns', false],
    ['dns-temporary', false],
    ['private', false],
    ['timeout', false],
    ['tls', false],
  ] as const)('HEAD error %s → GET? %s', (kind, expected) => {
    expect(headErrorNeedsGet(kind)).toBe(expected);
  });
});

describe('classifyNetworkError', () => {
  it.each([
    ['refused', 'dead'],
    ['dns', 'dead'],
    ['dns-temporary', 'unknown'],
    ['private', 'unknown'],
    ['timeout', 'unknown'],
    ['reset', 'unknown'],
    ['tls', 'unknown'],
    ['aborted', 'unknown'],
    ['other', 'unknown'],
  ] as const)('%s → %s', (kind, verdict) => {
    expect(classifyNetworkError(kind).verdict).toBe(verdict);
  });
  it('says why a private address was not checked', () => {
    expect(classifyNetworkError('private')).toEqual({ verdict: 'unknown', reason: 'private address, not checked' });
  });
});

describe('summarizeRedirects', () => {
  const hop = (from: string, to: string, permanent: boolean) => ({ from, to, permanent });
  it.each([
    ['no redirect', [], { verdict: 'ok' }],
    ['temporary only', [hop('a', 'b', false)], { verdict: 'ok' }],
    ['temporary chain', [hop('a', 'b', false), hop('b', 'c', false)], { verdict: 'ok' }],
    ['permanent', [hop('a', 'b', true)], { verdict: 'redirected', finalUrl: 'b' }],
    ['permanent chain', [hop('a', 'b', true), hop('b', 'c', true)], { verdict: 'redirected', finalUrl: 'c' }],
    ['permanent then temporary', [hop('a', 'b', true), hop('b', 'c', false)], { verdict: 'redirected', finalUrl: 'b' }],
    ['temporary then permanent', [hop('a', 'b', false), hop('b', 'c', true)], { verdict: 'ok' }],
  ] as const)('%s', (_name, hops, expected) => {
    expect(summarizeRedirects('a', hops)).toEqual(expected);
  });
});

describe('isUncheckableFragment', () => {
  it.each([
    ['top', true],
    ['/route', true],
    ['!/hashbang', true],
    [':~:text=hello', true],
    ['installation', false],
  ])('%s → %s', (f, expected) => {
    expect(isUncheckableFragment(f)).toBe(expected);
  });
});

describe('linkState', () => {
  it.each([
    ['ok', 0, 2, false, 'ok'],
    ['dead', 1, 2, false, 'suspect'],
    ['dead', 2, 2, false, 'failing'],
    ['dead', 1, 1, false, 'failing'],
    ['redirected', 0, 2, false, 'warning'],
    ['unknown', 0, 2, false, 'warning'],
    ['unknown', 0, 2, true, 'failing'],
    ['redirected', 0, 2, true, 'failing'],
  ] as const)('%s after %i failures (threshold %i, strict %s) → %s', (verdict, failures, failAfter, strict, expected) => {
    expect(linkState(verdict, failures, failAfter, strict)).toBe(expected);
  });
});

describe('outcomeFor', () => {
  const page = { verdict: 'ok' as const, status: 200, fragments: new Map([['a', 'found' as const], ['b', 'missing' as const], ['c', 'undecided' as const]]) };
  it('a found or undecidable fragment keeps the page verdict; a missing one is dead', () => {
    expect(outcomeFor(page, 'a').verdict).toBe('ok');
    expect(outcomeFor(page, 'c').verdict).toBe('ok');
    expect(outcomeFor(page, 'b')).toEqual({ verdict: 'dead', status: 200, reason: 'fragment #b not found' });
  });
  it('carries the fragment over to the new URL of a moved page', () => {
    const moved = { verdict: 'redirected' as const, status: 200, finalUrl: 'https://new.example/x', fragments: new Map() };
    expect(outcomeFor(moved, 'install').finalUrl).toBe('https://new.example/x#install');
  });
});
