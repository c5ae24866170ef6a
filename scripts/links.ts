/**
 * `npm run links -- [paths…] [options]`: checks the list's links. Thin wrapper; the command lives
 * in src/links/main.ts (see `--help`).
 */
import { runLinksCli } from '../src/links/main.ts';

const code = await runLinksCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
