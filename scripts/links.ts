/**
 * `npm run links -- [paths…] [options]`: checks the list's links. Entry point only; the command
 * is src/links/command.ts (see `--help`).
 */
import { setFlagsFromString } from 'node:v8';

// The checker is I/O-bound: letting V8's young generation double its semispaces under the
// allocation bursts of parsing 2,000 files buys no speed and costs ~35 MB of RSS on CI runners.
// Set before the command's modules load (hence the dynamic imports below).
setFlagsFromString('--semi-space-growth-factor=1');

const [{ main }, { run }] = await Promise.all([import('../src/cli/io.ts'), import('../src/links/command.ts')]);
await main('links', run);
