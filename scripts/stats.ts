/**
 * `npm run stats [-- --json] [--check] [--root DIR]`: how big the list is. Entry point only; the
 * command is src/content/stats-command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/content/stats-command.ts';

await main('stats', run);
