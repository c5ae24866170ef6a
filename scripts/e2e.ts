/**
 * `npm run test:e2e`: browser tests of the built site in real headless Chromium.
 *
 * Runs node's test runner over e2e/*.test.ts against two builds, each served on 127.0.0.1:
 * - dist/ (from `npm run build`): the real list, whatever activity data it has;
 * - a fixture build of the real taxonomy and entries plus a synthetic activity store (generated
 *   into a temp dir), so sorting by stars and the activity panels are tested even on a machine
 *   that never fetched activity.
 * Options: -h/--help; --skip-fixture (only dist/). Exit codes: 0 pass, 1 failures, 2 setup error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSiteContent } from '../src/test-support/site-content.ts';
import { cliClock } from '../src/time/clock.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: npm run test:e2e [-- --skip-fixture]\nRuns e2e/*.test.ts in headless Chromium against dist/ (run `npm run build` first) and a fixture build with synthetic activity.');
  process.exit(0);
}
const unknown = args.filter((a) => a !== '--skip-fixture');
if (unknown.length) {
  console.error(`unknown option ${unknown[0]}; see --help`);
  process.exit(2);
}

const dist = path.resolve(process.env.ATLAS_E2E_DIST ?? 'dist');
if (!fs.existsSync(path.join(dist, 'index.html')) || !fs.existsSync(path.join(dist, 'pagefind'))) {
  console.error(`${dist}: no built site with a Pagefind index. Run \`npm run build\` first.`);
  process.exit(2);
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`${chromium}: not found. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(2);
}

const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_E2E_DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' };
let tmp: string | undefined;
if (!args.includes('--skip-fixture')) {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-e2e-'));
  const content = path.join(tmp, 'content');
  const out = path.join(tmp, 'dist');
  const count = fs.readdirSync('content/entries', { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  generateSiteContent({ source: path.resolve('content'), out: content, entries: Math.max(count, 50), now: cliClock('test:e2e')(), activity: true });
  console.log(`fixture: building ${Math.max(count, 50)} entries with synthetic activity into ${out}`);
  const bin = path.resolve('node_modules/.bin');
  const build = spawnSync(path.join(bin, 'astro'), ['build', '--silent'], { stdio: 'inherit', env: { ...env, ATLAS_CONTENT_DIR: content, ATLAS_OUT_DIR: out } });
  const index = build.status === 0 ? spawnSync(path.join(bin, 'pagefind'), ['--site', out, '--silent'], { stdio: 'inherit', env }) : build;
  const mapped = index.status === 0 ? spawnSync(process.execPath, ['scripts/search-map.ts', out], { stdio: 'inherit', env }) : index;
  if (mapped.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.error('fixture build failed');
    process.exit(2);
  }
  env.ATLAS_E2E_FIXTURE = out;
}

const files = fs.readdirSync('e2e').filter((f) => f.endsWith('.test.ts')).map((f) => path.join('e2e', f));
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit', env });
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
process.exit(run.status === 0 ? 0 : 1);
