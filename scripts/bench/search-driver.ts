/**
 * Drives the built site's search in headless Chromium for the yardstick: the /search/ page for
 * quality (which entries come back, in which order) and the header box for speed (time from the
 * last keystroke to the results on screen). Shared by `npm run bench:search` and the e2e quality
 * floor (e2e/search-quality.test.ts), so both read results the same way.
 *
 * It also works on a build from before the search rework (no `data-ready` on the /search/ form):
 * then each query is a fresh page load of /search/?q=…, which is slower but measures the same.
 */
import type { Page } from 'playwright-core';
import type { BenchQuery } from '../../src/search/bench/query-set.ts';
import type { QueryOutcome } from '../../src/search/bench/metrics.ts';

/** Entry names of a result list, in order; category links (`li.cat`) and notes (`li.hint`, `li.none`) are not entries. */
const READ_NAMES = (list: Element | null) =>
  [...(list?.querySelectorAll(':scope > li:not(.cat):not(.none):not(.hint)') ?? [])].map((li) => li.querySelector('a')?.textContent?.trim() ?? '').filter(Boolean);

/**
 * Runs every query through /search/ and returns what each one showed. `onProgress` is called
 * after each query so a CLI can show where it is.
 */
export async function runQuality(page: Page, origin: string, queries: readonly BenchQuery[], onProgress?: (done: number) => void): Promise<QueryOutcome[]> {
  await page.goto(`${origin}/search/`);
  const modern = await page
    .waitForSelector('#sp[data-ready]', { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  const out: QueryOutcome[] = [];
  for (const [i, query] of queries.entries()) {
    let results: string[];
    if (modern) {
      await page.evaluate((q) => {
        const input = document.getElementById('sp-q') as HTMLInputElement;
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, query.q);
      await page.waitForFunction((q) => document.getElementById('sp-res')?.dataset.q === q, query.q, { timeout: 10_000 });
      results = await page.evaluate(`(${READ_NAMES.toString()})(document.getElementById('sp-res'))`);
    } else {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query.q)}`);
      await page.waitForFunction(() => (document.getElementById('sp-count')?.textContent ?? '') !== '', undefined, { timeout: 15_000 }).catch(() => undefined);
      results = await page.evaluate(`(${READ_NAMES.toString()})(document.getElementById('sp-res'))`);
    }
    out.push({ query, results });
    onProgress?.(i + 1);
  }
  return out;
}

export interface TimingOptions {
  /** Milliseconds between keystrokes (a fast typist: 60–120). */
  delay: number;
  /** How long the results must stay unchanged to count as final (ms). */
  quiet?: number;
}

export interface Timing {
  /** Last keystroke → the result list for the whole query on screen (names, categories, links). */
  results: number;
  /** Last keystroke → the last change under the box (descriptions filled in). */
  settled: number;
}

/**
 * Types each query into the header box of the home page, key by key, and measures the time from
 * the last keystroke to the result list for exactly that query (the list carries `data-q`), and
 * to the last change under the box. A build without `data-q` (before the search rework) counts
 * the last change for both. The page is reused across queries, as in one visit; the first query
 * warms the index up and is not counted.
 */
export async function runTiming(page: Page, origin: string, queries: readonly string[], options: TimingOptions, onProgress?: (done: number) => void): Promise<Timing[]> {
  const quiet = options.quiet ?? 400;
  await page.goto(`${origin}/`);
  await page.evaluate(() => {
    const w = window as unknown as { __kb: { key: number; render: number; shown: number; want: string } };
    w.__kb = { key: 0, render: 0, shown: 0, want: '' };
    document.getElementById('q')?.addEventListener('keydown', () => (w.__kb.key = performance.now()), true);
    const box = document.getElementById('q-res');
    if (!box) return;
    new MutationObserver(() => {
      const now = performance.now();
      w.__kb.render = now;
      if (!w.__kb.shown && box.querySelector<HTMLElement>('[data-q]')?.dataset.q === w.__kb.want) w.__kb.shown = now;
    }).observe(box, { childList: true, subtree: true, characterData: true });
  });
  const times: Timing[] = [];
  for (const [i, q] of ['warm up', ...queries].entries()) {
    await page.click('#q');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(150);
    await page.evaluate((want) => Object.assign((window as unknown as { __kb: object }).__kb, { render: 0, shown: 0, want }), q);
    await page.keyboard.type(q, { delay: options.delay });
    // Wait until the results have been still for `quiet` ms (or 4 s have passed).
    const t = await page.evaluate(
      ({ quiet }) =>
        new Promise<{ results: number; settled: number }>((resolve) => {
          const w = window as unknown as { __kb: { key: number; render: number; shown: number } };
          const start = performance.now();
          const tick = () => {
            const now = performance.now();
            const k = w.__kb;
            if ((k.render > k.key && now - Math.max(k.render, k.key) >= quiet) || now - start > 4000) {
              const settled = k.render > k.key ? k.render - k.key : Number.POSITIVE_INFINITY;
              resolve({ results: k.shown > k.key ? k.shown - k.key : settled, settled });
            } else setTimeout(tick, 20);
          };
          tick();
        }),
      { quiet },
    );
    if (i > 0) {
      times.push(t);
      onProgress?.(i);
    }
  }
  return times;
}

/**
 * Loads the home page and lists every request for search data (the Pagefind bundle and index,
 * the search catalogue) made before the page settled: the index must load lazily, on first use.
 */
export async function searchRequestsOnHomeLoad(page: Page, origin: string): Promise<string[]> {
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (/\/pagefind\/|\/search\/(catalog|pages)\.json/.test(u)) seen.push(u.replace(origin, ''));
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  return seen;
}
