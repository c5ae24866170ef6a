/**
 * `npm run import -- <awesome-list.md> [--into DIR]`: migrates an awesome-list README into our
 * content model. Entry point only; the command is src/contributing/import/command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/contributing/import/command.ts';

await main('import', run);
