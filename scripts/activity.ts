/**
 * `npm run activity -- [paths…] [options]`: fetches GitHub and PyPI activity for every entry.
 * Entry point only; the command is src/activity/command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/activity/command.ts';

await main('activity', run);
