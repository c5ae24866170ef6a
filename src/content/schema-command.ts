/**
 * The `npm run schema` command (scripts/schema.ts only calls `main`): writes
 * public/schema/*.schema.json from the zod schemas in src/schemas/; `--check` (npm run
 * schema:check) writes nothing and exits 1 when a file is missing or stale, one finding per file.
 * Exit codes: 0 ok, 1 stale (with --check), 2 usage or internal error.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../cli/finding.ts';
import { formatFindings, parseFormat } from '../cli/format.ts';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../cli/io.ts';
import { writeFileAtomicSync } from '../files/atomic-write.ts';
import { renderJsonSchema, SCHEMA_TARGETS } from './json-schema.ts';

export const HELP = `Usage: npm run schema [-- --check] [--out DIR] [--format text|github]

Writes JSON Schemas generated from src/schemas/*.ts to public/schema/ (${SCHEMA_TARGETS.map((t) => t.file).join(', ')}).
Editors use them for autocomplete and checks (see .vscode/settings.json).

Options:
  --check       write nothing; exit 1 if a file is missing or out of date
  --out DIR     output folder (default: public/schema)
  --format F    text (default) or github (workflow annotations for stale files)
  -h, --help    show this help
`;

/** `npm run schema`: see HELP. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgv(argv, {
    options: {
      check: { type: 'boolean', default: false },
      out: { type: 'string', default: 'public/schema' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (wantsHelp(values, io, HELP)) return 0;
  const format = parseFormat(values.format, ['text', 'github']);
  const out = resolve(io.cwd, values.out);
  const stale: Finding[] = [];
  for (const target of SCHEMA_TARGETS) {
    const path = join(out, target.file);
    const text = renderJsonSchema(target);
    let current: string | null = null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = null;
    }
    if (current === text) continue;
    const shown = join(values.out, target.file);
    if (values.check) {
      stale.push({ path: shown, line: 1, col: 1, rule: 'schema/stale', severity: 'error', message: `${shown} is ${current === null ? 'missing' : 'out of date'}`, hint: 'run npm run schema and commit public/schema/' });
      continue;
    }
    writeFileAtomicSync(path, text);
    io.stdout.write(`wrote ${shown}\n`);
  }
  if (stale.length) {
    io.stdout.write(formatFindings(format, stale));
    return 1;
  }
  if (values.check) io.stdout.write(`schema: ${SCHEMA_TARGETS.length} JSON Schemas are up to date\n`);
  return 0;
}
