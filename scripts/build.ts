/**
 * `npm run build`: the static site into ${ATLAS_OUT_DIR:-dist}/, its Pagefind index and the
 * build stamp (src/site/build-site.ts). Exit codes: 0 built, 1 build or index failed, 2 usage error.
 */
import { buildSite } from '../src/site/build-site.ts';
import { cliClock } from '../src/time/clock.ts';

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log(`Usage: npm run build

Builds the site into \${ATLAS_OUT_DIR:-dist}/ and indexes it with Pagefind.
Reads content/ (or ATLAS_CONTENT_DIR); SITE_URL and SITE_BASE set the public address;
ATLAS_NOW (YYYY-MM-DD) pins the build's "now".
Exit codes: 0 built, 1 build or index failed, 2 usage error.`);
  process.exit(0);
}
if (args.length > 0) {
  console.error(`build: unknown argument ${args[0]}; see npm run build -- --help`);
  process.exit(2);
}
const failed = buildSite(process.cwd(), process.env, cliClock('build'));
if (failed) console.error(`build: ${failed}`);
process.exit(failed ? 1 : 0);
