/**
 * `node scripts/bench/site-content.ts <out-dir> [--entries N] [--no-activity]`: writes a synthetic
 * content folder (src/test-support/site-content.ts) for the site benchmark or for developing the
 * site with realistic data.
 */
import path from 'node:path';
import { generateSiteContent } from '../../src/test-support/site-content.ts';
import { cliClock } from '../../src/time/clock.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.length === 0) {
  console.log('Usage: node scripts/bench/site-content.ts <out-dir> [--entries N] [--no-activity]');
  process.exit(args.length === 0 ? 2 : 0);
}
const n = args.indexOf('--entries');
const count = n >= 0 ? Number(args[n + 1]) : 680;
const out = path.resolve(args[0]!);
const clock = cliClock('bench:site-content');
const written = generateSiteContent({ source: path.resolve('content'), out, entries: count, now: clock(), activity: !args.includes('--no-activity') });
console.log(`${out}: ${written} entries`);
