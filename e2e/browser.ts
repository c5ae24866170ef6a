/**
 * Launches Debian's headless Chromium through playwright-core with every request to another
 * host aborted, and collects console errors and blocked requests, so a test can assert that the
 * site ships everything it needs and logs nothing alarming.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts the browser, or explains how to install it. */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface Watched {
  page: Page;
  errors: string[];
  offsite: string[];
}

/** A new page that may only talk to `origin`; console errors and off-site attempts are recorded. */
export async function openPage(browser: Browser, origin: string, opts: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Watched> {
  const ctx = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, colorScheme: opts.colorScheme ?? 'light' });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await ctx.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  return { page, errors, offsite };
}

/**
 * Fails on console errors and on any attempt to reach another host. The browser logs the 404
 * status of a missing page itself: pass that page's path as `expected404` to allow that one line.
 */
export function assertClean(w: Watched, expected404?: string): void {
  const errors = w.errors.filter((e) => !(expected404 && e.includes(expected404) && e.includes('404')));
  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(w.offsite, [], 'requests to other hosts');
}

let axeSource: string | undefined;

/** Runs axe-core in the page and returns its violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}
