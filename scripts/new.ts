/**
 * `npm run new [-- options]`: adds one entry, asking in a terminal for what the flags do not give.
 * Entry point only; the command is src/contributing/new/command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/contributing/new/command.ts';

await main('new', run);
