// `npm run schema` writes public/schema/*.schema.json from the zod schemas in src/schemas/.
// `npm run schema:check` (--check) writes nothing and exits 1 when a file is missing or stale;
// `--format github` prints each stale file as a workflow annotation.
// Exit codes: 0 ok, 1 stale (with --check), 2 usage or internal error.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderJsonSchema, SCHEMA_TARGETS } from '../src/content/json-schema.ts';
import { writeFileAtomicSync } from '../src/files/atomic-write.ts';
import { githubAnnotation } from '../src/report/annotations.ts';

const HELP = `Usage: npm run schema [-- --check] [--out DIR] [--format text|github]

Writes JSON Schemas generated from src/schemas/*.ts to public/schema/ (${SCHEMA_TARGETS.map((t) => t.file).join(', ')}).
Editors use them for autocomplete and checks (see .vscode/settings.json).

Options:
  --check       write nothing; exit 1 if a file is missing or out of date
  --out DIR     output folder (default: public/schema)
  --format F    text (default) or github (workflow annotations for stale files)
  -h, --help    show this help
`;

function main(): number {
  let values: { check: boolean; out: string; format: string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        check: { type: 'boolean', default: false },
        out: { type: 'string', default: 'public/schema' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    process.stderr.write(`schema: ${(err as Error).message}\nRun \`npm run schema -- --help\` for usage.\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'github') {
    process.stderr.write(`schema: --format must be "text" or "github", not "${values.format}"\nRun \`npm run schema -- --help\` for usage.\n`);
    return 2;
  }
  const out = resolve(values.out);
  const stale: Array<{ file: string; state: 'missing' | 'out of date' }> = [];
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
    if (values.check) {
      stale.push({ file: join(values.out, target.file), state: current === null ? 'missing' : 'out of date' });
      continue;
    }
    writeFileAtomicSync(path, text);
    process.stdout.write(`wrote ${join(values.out, target.file)}\n`);
  }
  if (stale.length) {
    if (values.format === 'github') {
      for (const s of stale) process.stdout.write(`${githubAnnotation('error', { file: s.file, line: 1, title: 'schema/stale' }, `${s.file} is ${s.state} (fix: run npm run schema and commit public/schema/)`)}\n`);
    } else {
      process.stdout.write(`${stale.map((s) => `${s.file}: ${s.state}`).join('\n')}\nfix: run \`npm run schema\` and commit public/schema/\n`);
    }
    return 1;
  }
  if (values.check) process.stdout.write(`schema: ${SCHEMA_TARGETS.length} JSON Schemas are up to date\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`schema: internal error: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
