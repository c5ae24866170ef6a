/**
 * `npm run schema [-- --check] [--out DIR] [--format text|github]`: writes or checks the editors'
 * JSON Schemas. Entry point only; the command is src/content/schema-command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/content/schema-command.ts';

await main('schema', run);
