/**
 * The category page as a decision guide (/category/web-frameworks/), in real headless Chromium on
 * both builds: per use case the recommended pick comes first with its reason, then a table of the
 * rest with their pick lines and figures. On the real build, figures the activity store lacks are
 * shown as absent; on the fixture build (synthetic activity) they are numbers. Expectations come
 * from the same build's /entries.json, so the test follows the content as it changes.
 * Run through `npm run test:e2e` (scripts/e2e.ts), which provides the builds.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './server.ts';
import { assertClean, axeViolations, launch, openPage } from './browser.ts';
import { compactNumber } from '../src/site/format.ts';
import { firstParagraph, pythonVersionRange } from '../src/site/guide.ts';

const DIST = process.env.ATLAS_E2E_DIST ?? 'dist';
const FIXTURE = process.env.ATLAS_E2E_FIXTURE;
const SHOTS = path.resolve('test-results/screenshots');
const CATEGORY = 'web-frameworks';
const URL_PATH = `/category/${CATEGORY}/`;

interface Record {
  id: string;
  name: string;
  category: string;
  subcategory?: string;
  status: 'recommended' | 'alternative' | 'legacy';
  description: string;
  pick?: string;
  note?: string;
  activity: {
    github?: { stars?: number; missing?: boolean; license?: string | null };
    pypi?: { missing?: boolean; pythonVersions?: string[]; requiresPython?: string | null; version?: string; released?: string | null };
  } | null;
}

let browser: Browser;
before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Markdown to the text a reader sees: links reduced to their text, emphasis dropped. */
const plain = (md: string) => squash(md.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1').replace(/^\[[^\]]+\]:.*$/gm, '').replace(/[*_`]/g, ''));

/** What a figure cell should read: the figure's text, or "—" plus "no data" for screen readers. */
function expectedFigures(r: Record): { stars: string | null; licence: string | null; python: string | null; release: boolean } {
  const gh = r.activity?.github && !r.activity.github.missing ? r.activity.github : undefined;
  const py = r.activity?.pypi && !r.activity.pypi.missing ? r.activity.pypi : undefined;
  const range = pythonVersionRange(py?.pythonVersions ?? []);
  return {
    stars: typeof gh?.stars === 'number' ? compactNumber(gh.stars) : null,
    licence: gh?.license ?? null,
    python: range || null,
    release: Boolean(py?.version || py?.released),
  };
}

/** Checks every section of the guide against the build's entries.json; returns figure counts. */
async function checkGuide(page: Page, origin: string): Promise<{ numbers: number; absent: number; fetched: boolean }> {
  const json = (await (await fetch(`${origin}/entries.json`)).json()) as { activityFetchedAt: string | null; entries: Record[] };
  const inCategory = json.entries.filter((e) => e.category === CATEGORY);
  assert.ok(inCategory.length > 3, `${CATEGORY} has entries`);
  const sections = await page.locator('section.guide').evaluateAll((els) => els.map((s) => s.id));
  assert.ok(sections.length > 1, 'one section per use case');
  let numbers = 0;
  let absent = 0;
  for (const id of sections) {
    const section = page.locator(`section.guide#${id}`);
    const entries = inCategory.filter((e) => (id === 'other' ? !e.subcategory || !sections.includes(e.subcategory) : e.subcategory === id));
    const recommended = entries.filter((e) => e.status === 'recommended');
    const rest = entries.filter((e) => e.status !== 'recommended');

    // The recommended picks come first, each with its reason.
    const picks = section.locator('article.gp');
    assert.deepEqual((await picks.locator('h3 a').allTextContents()).sort(), recommended.map((e) => e.name).sort(), `${id}: picks`);
    if (recommended.length > 0 && rest.length > 0) {
      const order = await section.evaluate((s) => {
        const first = s.querySelector('.gp');
        const table = s.querySelector('.cmp');
        return first && table ? first.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      assert.ok(order, `${id}: the recommended pick comes before the table`);
    }
    for (const e of recommended) {
      const card = picks.filter({ has: page.locator('h3 a', { hasText: new RegExp(`^${e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
      const why = squash(await card.locator('.why').textContent());
      assert.equal(why, e.pick ? `Pick it when ${squash(e.pick)}` : squash(e.description), `${e.id}: reason`);
      const first = e.note ? firstParagraph(e.note) : null;
      if (first) assert.equal(squash(await card.locator('.note').textContent()), plain(first), `${e.id}: first paragraph of the note`);
      else assert.equal(await card.locator('.note').count(), 0, `${e.id}: no note`);
    }

    // The rest, one row each, with its pick line and figures.
    const rows = section.locator('.cmp tbody tr');
    assert.equal(await rows.count(), rest.length, `${id}: comparison rows`);
    if (rest.length > 0) assert.match(squash(await section.locator('.cmp caption').textContent()), /^(Other choices|Choices) for /);
    for (const e of rest) {
      const row = section.locator(`.cmp tbody tr[data-id="${e.id}"]`);
      assert.equal(squash(await row.locator('th[scope=row] a').textContent()), e.name);
      assert.equal(squash(await row.locator('td.pk').textContent()), squash(e.pick ?? e.description), `${e.id}: pick line`);
      assert.equal(squash(await row.locator('td[data-label=Status]').textContent()), e.status);
      const want = expectedFigures(e);
      const cells = Object.fromEntries(
        await row.locator('td[data-label]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-label'), { text: (td.textContent ?? '').replace(/\s+/g, ' ').trim(), absent: td.querySelector('.na') !== null }])),
      ) as { [label: string]: { text: string; absent: boolean } };
      for (const [label, value] of [['Stars', want.stars], ['Licence', want.licence]] as const) {
        if (value === null) {
          assert.deepEqual(cells[label], { text: '—no data', absent: true }, `${e.id}: ${label} absent, not zero`);
          absent++;
        } else {
          assert.deepEqual(cells[label], { text: value, absent: false }, `${e.id}: ${label}`);
          numbers++;
        }
      }
      if (want.python) assert.equal(cells.Python?.text, want.python, `${e.id}: Python`);
      assert.equal(cells['Last release']?.absent, !want.release, `${e.id}: last release ${want.release ? 'shown' : 'absent'}`);
    }
  }
  return { numbers, absent, fetched: json.activityFetchedAt !== null };
}

async function noPageScrollAt390(origin: string): Promise<void> {
  const w = await openPage(browser, origin, { width: 390 });
  await w.page.goto(`${origin}${URL_PATH}`);
  const widths = await w.page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    widest: Math.max(...[...document.querySelectorAll('.cmp, .gp')].map((el) => el.getBoundingClientRect().right)),
  }));
  assert.ok(widths.page <= widths.viewport, `page scrolls sideways at 390 px: ${widths.page} > ${widths.viewport}`);
  assert.ok(widths.widest <= widths.viewport, `a guide box sticks out at 390 px: ${widths.widest}`);
  assertClean(w);
  await w.page.context().close();
}

describe('the decision guide on the real build (dist/)', () => {
  let srv: StaticServer;
  before(async () => {
    srv = await serveStatic(DIST);
  });
  after(async () => {
    await srv?.close();
  });

  test('recommended picks first with their reason, then a table of the rest; figures the store lacks shown as absent', async () => {
    const w = await openPage(browser, srv.url);
    await w.page.goto(`${srv.url}${URL_PATH}`);
    const { numbers, absent, fetched } = await checkGuide(w.page, srv.url);
    if (!fetched) {
      assert.equal(numbers, 0, 'no activity fetched: no figure may look like a number');
      assert.ok(absent > 0, 'absent figures are shown');
    }
    await w.page.screenshot({ path: path.join(SHOTS, 'category-guide-desktop.png'), fullPage: true });
    assertClean(w);
    await w.page.context().close();
  });

  test('no page-level horizontal scroll at 390 px, and axe finds nothing there (light and dark)', async () => {
    await noPageScrollAt390(srv.url);
    for (const colorScheme of ['light', 'dark'] as const) {
      const w = await openPage(browser, srv.url, { width: 390, colorScheme });
      await w.page.goto(`${srv.url}${URL_PATH}`);
      assert.deepEqual(await axeViolations(w.page), [], `${URL_PATH} at 390 px (${colorScheme})`);
      if (colorScheme === 'light') await w.page.screenshot({ path: path.join(SHOTS, 'category-guide-mobile.png'), fullPage: true });
      assertClean(w);
      await w.page.context().close();
    }
  });

  test('readable without JavaScript: picks and table rows are in the HTML', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith(srv.url) ? r.continue() : r.abort()));
    await page.goto(`${srv.url}${URL_PATH}`);
    assert.ok((await page.locator('article.gp:visible').count()) > 0);
    assert.ok((await page.locator('.cmp tbody tr:visible').count()) > 0);
    await ctx.close();
  });
});

describe('the decision guide on the fixture build (synthetic activity)', { skip: FIXTURE ? false : 'no fixture build (run without --skip-fixture)' }, () => {
  let srv: StaticServer;
  before(async () => {
    srv = await serveStatic(FIXTURE as string);
  });
  after(async () => {
    await srv?.close();
  });

  test('figures are numbers where the store has them, and the page stays accessible and fits a phone', async () => {
    const w = await openPage(browser, srv.url);
    await w.page.goto(`${srv.url}${URL_PATH}`);
    const { numbers } = await checkGuide(w.page, srv.url);
    assert.ok(numbers > 0, 'synthetic activity shows as figures');
    assert.deepEqual(await axeViolations(w.page), [], `${URL_PATH} with figures`);
    await w.page.screenshot({ path: path.join(SHOTS, 'category-guide-fixture-desktop.png'), fullPage: true });
    assertClean(w);
    await w.page.context().close();
    await noPageScrollAt390(srv.url);
  });
});
