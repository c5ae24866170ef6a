/**
 * Old addresses keep working: in the real build, an old category URL from content/redirects.yaml
 * lands on the category that absorbed it, with every entry that moved from it listed there, and
 * an old entry URL lands on the entry's page. The redirect pages themselves are noindex and name
 * their canonical target. Run through `npm run test:e2e` (scripts/e2e.ts), which builds dist/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './server.ts';
import { launch, openPage } from './browser.ts';
import { loadRedirects } from '../src/content/redirects.ts';
import { contentDir } from '../src/site/content-dir.ts';

const DIST = process.env.ATLAS_E2E_DIST ?? 'dist';
const redirects = loadRedirects(contentDir());
const movedEntries = Object.entries(redirects.entries ?? {}).filter(([, to]) => !to.startsWith('resources/'));
// The old category that lost the most entries: the strongest check that its entries followed it.
const [oldCategory, newCategory] = Object.entries(redirects.categories ?? {})
  .map(([from, to]) => [from, to.split('#')[0]!, movedEntries.filter(([old]) => old.startsWith(`${from}/`)).length] as const)
  .sort((a, b) => b[2] - a[2])[0] ?? [];

function entryName(id: string): string {
  const text = fs.readFileSync(path.join(contentDir(), 'entries', `${id}.md`), 'utf8');
  return (/^name:\s*(.+)$/m.exec(text)?.[1] ?? '').replace(/^["']|["']$/g, '');
}

describe('old addresses (content/redirects.yaml)', { skip: oldCategory ? false : 'no category redirects in content/redirects.yaml' }, () => {
  let srv: StaticServer;
  let browser: Browser;
  before(async () => {
    srv = await serveStatic(DIST);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  test('an old category URL lands on the new category, which lists every entry that moved from it', async () => {
    const { page } = await openPage(browser, srv.url);
    await page.goto(`${srv.url}/category/${oldCategory}/`);
    await page.waitForURL(new RegExp(`/category/${newCategory}/`), { timeout: 10_000 });
    const moved = movedEntries.filter(([old]) => old.startsWith(`${oldCategory}/`)).map(([, to]) => to);
    assert.ok(moved.length > 0, `redirects.yaml lists the entries that left ${oldCategory}`);
    const missing: string[] = [];
    for (const id of moved) if ((await page.locator(`a[href="/entries/${id}/"]`).count()) === 0) missing.push(id);
    assert.deepEqual(missing, [], `entries of ${oldCategory} not linked from /category/${newCategory}/`);
    await page.context().close();
  });

  test('an old entry URL lands on the entry page', async () => {
    const [old, now] = movedEntries.find(([o]) => o.startsWith(`${oldCategory}/`))!;
    const { page } = await openPage(browser, srv.url);
    await page.goto(`${srv.url}/entries/${old}/`);
    await page.waitForURL(new RegExp(`/entries/${now}/$`), { timeout: 10_000 });
    assert.match((await page.locator('h1').first().textContent()) ?? '', new RegExp(entryName(now).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.context().close();
  });

  test('a redirect page is noindex, names its canonical target and shows a link a reader can follow', async () => {
    const html = await (await fetch(`${srv.url}/category/${oldCategory}/`)).text();
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, new RegExp(`<link rel="canonical" href="[^"]*/category/${newCategory}/[^"]*">`));
    assert.match(html, new RegExp(`<meta http-equiv="refresh" content="0;url=/category/${newCategory}/`));
    assert.match(html, new RegExp(`<a href="/category/${newCategory}/[^"]*">`));
  });
});
