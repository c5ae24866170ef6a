/**
 * `npm run validate [-- [--root DIR] [--format text|github|json|markdown] [paths…]]`: checks the
 * content folder. Entry point only; the command is src/content/command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/content/command.ts';

await main('validate', run);
