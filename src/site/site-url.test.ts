import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, servesRobotsTxt, siteUrlFromEnv } from './site-url.ts';

describe('the build address', () => {
  test('SITE_URL wins, without a warning', () => {
    expect(siteUrlFromEnv({ SITE_URL: 'https://fork.example', CI: 'true' })).toEqual({ site: 'https://fork.example', warning: null });
  });

  test('a local build without SITE_URL uses the upstream address quietly', () => {
    expect(siteUrlFromEnv({})).toEqual({ site: DEFAULT_SITE_URL, warning: null });
    expect(siteUrlFromEnv({ CI: 'false', SITE_URL: ' ' })).toEqual({ site: DEFAULT_SITE_URL, warning: null });
  });

  test('a CI build without SITE_URL warns, as a workflow annotation under GitHub Actions', () => {
    expect(siteUrlFromEnv({ CI: 'true' }).warning).toBe(
      `warning: SITE_URL is not set: canonical URLs, the sitemap, rss.xml and llms.txt of this build point at ${DEFAULT_SITE_URL}. Set SITE_URL (and SITE_BASE for a sub-path) to the address the site is served from.`,
    );
    expect(siteUrlFromEnv({ CI: '1', GITHUB_ACTIONS: 'true', SITE_URL: '' }).warning).toMatch(/^::warning title=SITE_URL not set::SITE_URL is not set: /);
  });
});

test.each([
  ['/', true],
  ['', true],
  ['/python-atlas/', false],
])('robots.txt is published for base %j: %s', (base, yes) => {
  expect(servesRobotsTxt(base)).toBe(yes);
});
