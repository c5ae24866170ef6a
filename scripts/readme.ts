/**
 * `npm run readme [-- --check] [--root DIR] [--readme FILE] [--format text|github]`: regenerates
 * or checks the list section of README.md. Entry point only; the command is
 * src/contributing/readme/command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/contributing/readme/command.ts';

await main('readme', run);
