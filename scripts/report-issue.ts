/**
 * `node scripts/report-issue.ts --body links.md [--body activity.md] [--healthy true|false]`: keeps
 * the one "Link report" issue (nightly workflow). Entry point only; the command is
 * src/report/command.ts (see `--help`).
 */
import { main } from '../src/cli/io.ts';
import { run } from '../src/report/command.ts';

await main('report-issue', run);
