/**
 * README paragraphs that are rendered from code, so the README cannot drift from it: between
 * `<!-- <name>:start -->` and `<!-- <name>:end -->` lines, `npm run readme` writes the block and
 * `npm run readme:check` fails when it differs. Today: the health formula (HEALTH_FORMULA in
 * src/activity/health.ts, also rendered on the about page). A README without a block's markers
 * simply has no such block.
 */
import { HEALTH_FORMULA_README } from '../../activity/health.ts';

/** The rendered blocks, by marker name. */
export const DOC_BLOCKS: Readonly<Record<string, string>> = { health: HEALTH_FORMULA_README };

/**
 * The README with every known block re-rendered between its marker lines (each a whole line);
 * blocks whose markers are missing, repeated or out of order are left as they are.
 */
export function renderDocBlocks(readme: string, blocks: Readonly<Record<string, string>> = DOC_BLOCKS): string {
  let out = readme;
  for (const [name, body] of Object.entries(blocks)) {
    const start = `<!-- ${name}:start -->\n`;
    const end = `\n<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end, from);
    if (from === -1 || to === -1 || out.indexOf(start, from + 1) !== -1) continue;
    out = `${out.slice(0, from + start.length)}${body}${out.slice(to)}`;
  }
  return out;
}
