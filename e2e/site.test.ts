/**
 * The built site in real headless Chromium: search, sort and filter, accessibility, console
 * hygiene, no off-site requests, and a screenshot of every page type for human review.
 * Run through `npm run test:e2e` (scripts/e2e.ts), which provides the builds.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './server.ts';
import { assertClean, axeViolations, launch, openPage } from './browser.ts';

const DIST = process.env.ATLAS_E2E_DIST ?? 'dist';
const FIXTURE = process.env.ATLAS_E2E_FIXTURE;
const SHOTS = path.resolve('test-results/screenshots');

let browser: Browser;
before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

const visibleRows = (page: Page) => page.locator('#list .l > li:visible');

describe('the real build (dist/)', () => {
  let srv: StaticServer;
  before(async () => {
    srv = await serveStatic(DIST);
  });
  after(async () => {
    await srv?.close();
  });

  test('typing "fastapi" shows FastAPI first and opens its page', async () => {
    const w = await openPage(browser, srv.url);
    const { page } = w;
    await page.goto(`${srv.url}/`);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', '"/" focuses the search box');
    await page.keyboard.type('fastapi');
    const first = page.locator('#q-res a').first();
    await first.waitFor({ timeout: 10_000 });
    assert.match((await first.locator('b').textContent()) ?? '', /^FastAPI$/);
    await shot(page, 'search-results');
    await first.click();
    await page.waitForURL(/\/entries\/web-frameworks\/fastapi\/$/);
    assert.match((await page.locator('h1').textContent()) ?? '', /FastAPI/);
    // The install command copies to the clipboard.
    await page.locator('.pip .copy').click();
    await page.locator('.pip .copy', { hasText: 'Copied' }).waitFor({ timeout: 5_000 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'pip install fastapi');
    assertClean(w);
    await page.context().close();
  });

  test('a tag filter changes the rows and the URL, and the URL restores the view', async () => {
    const w = await openPage(browser, srv.url);
    const { page } = w;
    await page.goto(`${srv.url}/`);
    const all = await visibleRows(page).count();
    assert.ok(all > 0);
    await page.locator('#s-tag option[value="async"]').waitFor({ state: 'attached' });
    await page.selectOption('#s-tag', 'async');
    await page.waitForURL(/\?tag=async$/);
    const tagged = await visibleRows(page).evaluateAll((els) => els.map((e) => e.querySelector('a')?.getAttribute('href') ?? ''));
    assert.ok(tagged.length > 0 && tagged.length < all, `${tagged.length} async rows of ${all}`);
    // The tag page lists the same entries (home rows carry no tags: /home-tags.json says who has which).
    await page.goto(`${srv.url}/tag/async/`);
    const onTagPage = await page.locator('main .l > li > a:first-child').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    assert.deepEqual([...tagged].sort(), [...onTagPage].sort(), 'the filtered home list and the tag page agree');
    const n = (x: number) => x.toLocaleString('en');
    // A shared link opens the same view.
    await page.goto(`${srv.url}/?tag=async`);
    await page.waitForFunction(() => !document.documentElement.classList.contains('fl'));
    assert.equal(await visibleRows(page).count(), tagged.length);
    assert.equal(await page.locator('#s-tag').inputValue(), 'async');
    assert.equal(await page.locator('#s-count').textContent(), `${n(tagged.length)} of ${n(all)} entries`);
    assertClean(w);
    await page.context().close();
  });

  test('keyboard alone filters by tag: Tab to the Tag menu, type the tag, and the list follows', async () => {
    const w = await openPage(browser, srv.url);
    const { page } = w;
    await page.goto(`${srv.url}/`);
    await page.locator('#s-tag option[value="orm"]').waitFor({ state: 'attached' });
    await page.focus('#s-cat');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 's-tag', 'Tab moves from Category to Tag');
    await page.keyboard.type('orm');
    await page.waitForURL(/\?tag=orm$/);
    assert.equal(await page.locator('#s-tag').inputValue(), 'orm');
    const rows = await visibleRows(page).count();
    assert.ok(rows > 0 && rows < 100, `${rows} orm rows`);
    // Reset by keyboard brings everything back.
    await page.focus('#s-reset');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.search === '');
    assert.ok((await visibleRows(page).count()) > rows);
    assertClean(w);
    await page.context().close();
  });

  test('a filtered view: the category index and every count agree with the rows shown', async () => {
    const w = await openPage(browser, srv.url);
    const { page } = w;
    await page.goto(`${srv.url}/?tag=orm&status=recommended`);
    await page.waitForFunction(() => !document.documentElement.classList.contains('fl'));
    const seen = await page.evaluate(() => {
      const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
      const sections = [...document.querySelectorAll('#list section.cat')].filter(shown);
      const rows = Object.fromEntries(sections.map((s) => [s.id, [...s.querySelectorAll('.l > li')].filter(shown).length]));
      const headings = Object.fromEntries(sections.map((s) => [s.id, Number(/^\d+/.exec(s.querySelector('h3 small')?.textContent ?? '')?.[0])]));
      const index = Object.fromEntries(
        [...document.querySelectorAll<HTMLAnchorElement>('#idx li li a')].filter(shown).map((a) => [a.hash.slice(1), Number(a.querySelector('small')?.textContent)]),
      );
      const groups = [...document.querySelectorAll<HTMLAnchorElement>('#idx > ul > li > a')].filter(shown).map((a) => a.hash.slice(3));
      const groupSections = [...document.querySelectorAll('#list section.grp')].filter(shown).map((g) => g.id.slice(2));
      return { rows, headings, index, groups, groupSections, count: document.getElementById('s-count')?.textContent ?? '' };
    });
    const total = Object.values(seen.rows).reduce((a, b) => a + b, 0);
    assert.ok(total > 0, 'some recommended ORM entries');
    assert.ok(Object.values(seen.rows).every((n) => n > 0), 'no empty category section is shown');
    assert.deepEqual(seen.headings, seen.rows, 'heading counts are the rows shown');
    assert.deepEqual(seen.index, seen.rows, 'the index lists exactly the shown categories, with their counts');
    assert.deepEqual(seen.groups, seen.groupSections, 'the index lists exactly the shown groups');
    assert.match(seen.count, new RegExp(`^${total} of [\\d,]+ entries$`));
    assert.deepEqual(await axeViolations(page), [], 'axe on a filtered view');
    assertClean(w);
    await page.context().close();
  });

  test('on a 390 px phone the category index is on the page, passes axe, and its links reach their sections and back', async () => {
    const w = await openPage(browser, srv.url, { width: 390 });
    const { page } = w;
    await page.goto(`${srv.url}/`);
    const index = page.locator('#idx');
    assert.ok(await index.isVisible(), 'the index is shown on a phone');
    const box = (await index.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 390, 'the index fits the screen width');
    const cats = await page.locator('#list section.cat').count();
    assert.equal(await page.locator('#idx li li a').count(), cats, 'one index link per category');
    const small = await page.locator('#idx a').evaluateAll((els) => els.filter((a) => a.getBoundingClientRect().height < 24).map((a) => a.textContent));
    assert.deepEqual(small, [], 'every index link is at least 24 px tall');
    assert.deepEqual(await axeViolations(page), [], 'axe on a phone');
    const link = page.locator('#idx li li a').nth(40);
    const id = ((await link.getAttribute('href')) ?? '').slice(1);
    await link.click();
    await page.waitForURL(new RegExp(`#${id}$`));
    const top = await page.locator(`section.cat[id="${id}"] h3`).evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 844 / 2, `the ${id} heading is near the top of the screen (${top}px)`);
    // From the list, the way back to the index is one tap.
    await page.locator(`section.cat[id="${id}"]`).locator('xpath=..').locator('a.up').click();
    await page.waitForURL(/#idx$/);
    assert.ok((await index.evaluate((el) => el.getBoundingClientRect().top)) < 100, 'back at the index');
    await shot(page, 'home-index-phone');
    assertClean(w);
    await page.context().close();
  });

  test('nothing moves after the first paint: the plain list, and links to a filtered or sorted view', async () => {
    for (const width of [1280, 390]) {
      for (const url of ['/', '/?tag=orm', '/?sort=name&status=recommended']) {
        const w = await openPage(browser, srv.url, { width });
        const { page } = w;
        await page.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { shifts: number[] }).shifts = shifts;
          new PerformanceObserver((l) => {
            for (const e of l.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) shifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${srv.url}${url}`);
        await page.waitForFunction(() => !document.documentElement.classList.contains('fl'));
        await page.waitForTimeout(500);
        const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
        assert.ok(total <= 0.02, `${url} at ${width} px: layout shift ${total.toFixed(3)}`);
        assertClean(w);
        await page.context().close();
      }
    }
  });

  test('keyboard alone can sort and filter', async () => {
    const w = await openPage(browser, srv.url);
    const { page } = w;
    await page.goto(`${srv.url}/`);
    await page.focus('#s-sort');
    await page.keyboard.press('ArrowDown'); // Curated order -> Name
    await page.waitForURL(/\?sort=name$/);
    const names = await visibleRows(page).evaluateAll((els) => els.slice(0, 20).map((e) => e.querySelector('a')?.textContent ?? ''));
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    assertClean(w);
    await page.context().close();
  });

  test('the search page filters by category, tag and status, and keeps them in the URL', async () => {
    const w = await openPage(browser, srv.url);
    const { page } = w;
    await page.goto(`${srv.url}/search/?q=http`);
    await page.locator('#sp-res li').first().waitFor({ timeout: 10_000 });
    const total = Number(/^(\d+)/.exec((await page.locator('#sp-count').textContent()) ?? '')?.[1]);
    for (const f of ['group', 'cat', 'tag', 'status']) assert.ok((await page.locator(`#sp-${f} option`).count()) > 2, `${f} options`);
    await page.selectOption('#sp-tag', 'async');
    await page.waitForURL(/\?q=http&tag=async$/);
    await page.waitForFunction((t) => !(document.getElementById('sp-count')?.textContent ?? '').startsWith(`${t} `), total);
    const narrowed = Number(/^(\d+)/.exec((await page.locator('#sp-count').textContent()) ?? '')?.[1]);
    assert.ok(narrowed > 0 && narrowed < total, `${narrowed} of ${total}`);
    assertClean(w);
    await page.context().close();
  });

  test('without JavaScript the whole list is readable', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith(srv.url) ? r.continue() : r.abort()));
    await page.goto(`${srv.url}/`);
    const rows = await page.locator('#list .l > li').count();
    assert.ok(rows > 0);
    assert.equal(await page.locator('#list .l > li:visible').count(), rows);
    assert.equal(await page.locator('#tb').isVisible(), false, 'the toolbar needs JS and stays hidden without it');
    assert.ok(await page.locator('#idx').isVisible(), 'the category index needs no JavaScript');
    await ctx.close();
  });

  for (const [name, url] of [
    ['home', '/'],
    ['category', '/category/web-frameworks/'],
    ['entry', '/entries/web-frameworks/fastapi/'],
  ] as const) {
    test(`axe finds no violations on the ${name} page (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const w = await openPage(browser, srv.url, { colorScheme });
        await w.page.goto(`${srv.url}${url}`);
        assert.deepEqual(await axeViolations(w.page), [], `${url} (${colorScheme})`);
        assertClean(w);
        await w.page.context().close();
      }
    });
  }

  test('every page type renders without console errors (screenshots saved)', async () => {
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['category', '/category/web-frameworks/'],
      ['entry', '/entries/web-frameworks/fastapi/'],
      ['tag', '/tag/async/'],
      ['tags', '/tag/'],
      ['resources', '/resources/'],
      ['about', '/about/'],
      ['stats', '/stats/'],
      ['search', '/search/?q=http'],
      ['404', '/entries/web-frameworks/fastapy/'],
    ];
    for (const colorScheme of ['light', 'dark'] as const) {
      const w = await openPage(browser, srv.url, { colorScheme });
      for (const [name, url] of pages) {
        const res = await w.page.goto(`${srv.url}${url}`);
        assert.equal(res?.status(), name === '404' ? 404 : 200, url);
        assert.ok(((await w.page.title()) ?? '').includes('Python Atlas'), `${url} has a title`);
        const unsafe = await w.page.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
            .filter((a) => a.origin !== location.origin && !/\bnoopener\b/.test(a.rel))
            .map((a) => a.href),
        );
        assert.deepEqual(unsafe, [], `${url}: external links without rel="noopener"`);
        if (name === 'search') await w.page.locator('#sp-res li').first().waitFor({ timeout: 10_000 });
        if (name === '404') await w.page.locator('#nf-list li').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
        await shot(w.page, `${name}-${colorScheme}`);
      }
      const mobile = await openPage(browser, srv.url, { colorScheme, width: 390 });
      await mobile.page.goto(`${srv.url}/`);
      await shot(mobile.page, `home-mobile-${colorScheme}`);
      assertClean(mobile);
      await mobile.page.context().close();
      assertClean(w, '/fastapy/');
      await w.page.context().close();
    }
  });

  test('machine-readable files are served', async () => {
    for (const [url, pattern] of [
      ['/entries.json', /"entries":\[/],
      ['/llms.txt', /^# Python Atlas/],
      ['/rss.xml', /<rss/],
      ['/robots.txt', /Sitemap: /],
      ['/sitemap-index.xml', /<sitemapindex/],
    ] as const) {
      const res = await fetch(`${srv.url}${url}`);
      assert.equal(res.status, 200, url);
      assert.match(await res.text(), pattern, url);
    }
  });
});

describe('a build with activity data (fixture)', { skip: FIXTURE ? false : 'fixture build not provided (--skip-fixture)' }, () => {
  let srv: StaticServer;
  before(async () => {
    srv = await serveStatic(FIXTURE!);
  });
  after(async () => {
    await srv?.close();
  });

  test('sorting by stars reorders the rows into one ranking and updates the URL', async () => {
    const w = await openPage(browser, srv.url);
    const { page } = w;
    await page.goto(`${srv.url}/`);
    const before = await visibleRows(page).evaluateAll((els) => els.slice(0, 10).map((e) => e.querySelector('a')?.textContent));
    await page.selectOption('#s-sort', 'stars');
    await page.waitForURL(/\?sort=stars$/);
    const stars = await page.locator('#flat > li:visible').evaluateAll((els) =>
      els.map((e) => {
        const m = /^([\d.]+)([kMB]?)$/.exec(e.querySelector(':scope > b > :first-child')?.textContent ?? '');
        return m ? Number(m[1]) * ({ '': 1, k: 1e3, M: 1e6, B: 1e9 }[m[2] as '' | 'k' | 'M' | 'B']) : -1;
      }),
    );
    const after = await page.locator('#flat > li:visible').evaluateAll((els) => els.slice(0, 10).map((e) => e.querySelector('a')?.textContent));
    assert.notDeepEqual(after, before);
    const known = stars.filter((s) => s >= 0);
    assert.deepEqual(known, [...known].sort((a, b) => b - a), 'stars descending');
    await page.locator('#s-tag option[value="async"]').waitFor({ state: 'attached' });
    await page.selectOption('#s-tag', 'async');
    await page.waitForURL(/\?sort=stars&tag=async$/);
    await page.check('#s-hide');
    await page.waitForURL(/\?sort=stars&tag=async&hide=1$/);
    const flags = await page.locator('#flat > li:visible').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.f ?? ''}${[...e.querySelectorAll('em')].map((b) => b.className).join('')}`));
    assert.ok(flags.length > 0 && flags.every((f) => !f.includes('a') && !f.includes('s')), 'stale and archived hidden');
    await shot(page, 'home-sorted-by-stars');
    // Back to the curated order: rows return to their categories and the URL loses the sort.
    await page.selectOption('#s-sort', 'default');
    await page.waitForURL(/\?tag=async&hide=1$/);
    assert.equal(await page.locator('#flat > li').count(), 0);
    assert.ok((await page.locator('section.cat .l > li:visible').count()) > 0);
    assertClean(w);
    await page.context().close();
  });

  test('without JavaScript every row reads its link, description and figures', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith(srv.url) ? r.continue() : r.abort()));
    await page.goto(`${srv.url}/`);
    const rows = await page.locator('#list .l > li').evaluateAll((els) =>
      els.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', text: (li as HTMLElement).innerText, figures: li.querySelector(':scope > b')?.children.length ?? null })),
    );
    assert.ok(rows.length > 50);
    assert.ok(rows.every((r) => /^\/entries\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(r.href)), 'every name links to its entry page');
    const withFigures = rows.filter((r) => r.figures !== null);
    assert.ok(withFigures.length > rows.length / 2, 'rows carry their figures');
    assert.ok(withFigures.every((r) => r.figures === 4), 'four figure cells per row');
    await page.screenshot({ path: path.join(SHOTS, 'activity-home-nojs.png') });
    await ctx.close();
  });

  test('pages with activity data pass axe and render their charts', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const w = await openPage(browser, srv.url, { colorScheme });
      for (const [name, url] of [['home', '/'], ['entry', '/entries/web-frameworks/fastapi/'], ['stats', '/stats/']] as const) {
        await w.page.goto(`${srv.url}${url}`);
        assert.deepEqual(await axeViolations(w.page), [], `${url} (${colorScheme})`);
        await shot(w.page, `activity-${name}-${colorScheme}`);
      }
      assert.ok((await w.page.locator('svg.chart rect').count()) > 3, 'stats charts drawn');
      assert.ok((await w.page.locator('svg.chart g > title').count()) >= 2, 'link health over time drawn, one column per run');
      await w.page.goto(`${srv.url}/entries/web-frameworks/fastapi/`);
      assert.ok((await w.page.locator('svg.chart path.ln').count()) >= 1, 'trend chart drawn');
      assertClean(w);
      await w.page.context().close();
    }
  });
});
