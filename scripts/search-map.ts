// Runs after `pagefind --site <dir>` in `npm run build`: writes <dir>/search/pages.json, the
// Pagefind page hash of every entry in catalogue order (src/search/pages-map.ts), so the browser
// can rank search hits without loading their fragments.
// Usage: node scripts/search-map.ts [SITE_DIR]  (default: $ATLAS_OUT_DIR or dist)
// Exit codes: 0 written, 1 entries missing from the index, 2 usage or read error.
import { writePagesMap } from '../src/search/pages-map.ts';

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log('Usage: node scripts/search-map.ts [SITE_DIR]\nWrites SITE_DIR/search/pages.json (default SITE_DIR: $ATLAS_OUT_DIR or dist) after Pagefind has indexed it.');
  process.exit(0);
}
if (args.length > 1 || args[0]?.startsWith('-')) {
  console.error(`search-map: unexpected ${args.length > 1 ? 'arguments' : `option ${args[0]}`}; see --help`);
  process.exit(2);
}
const site = args[0] ?? (process.env.ATLAS_OUT_DIR || 'dist');
try {
  const { mapped, missing } = writePagesMap(site);
  if (missing.length) {
    console.error(`search-map: ${missing.length} entries are not in the Pagefind index (first: ${missing.slice(0, 5).join(', ')}); re-run pagefind --site ${site}`);
    process.exit(1);
  }
  console.log(`search-map: ${mapped} entries mapped to their Pagefind pages`);
} catch (err) {
  console.error(`search-map: ${(err as Error).message}`);
  process.exit(2);
}
