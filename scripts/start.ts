/**
 * `npm start`: the site on http://localhost:4321, built first when dist/ is missing or older than
 * what is checked out (content, code, the stores in content/data/). Ctrl-C stops it.
 * Exit codes: 0 stopped, 1 the build failed or the server could not start, 2 usage error.
 */
import { spawn } from 'node:child_process';
import { buildFingerprint, rebuildReason } from '../src/site/build-stamp.ts';
import { buildSite, outDirFrom } from '../src/site/build-site.ts';
import { cliClock } from '../src/time/clock.ts';

const HELP = `Usage: npm start [-- --port N]

Serves the built site on http://localhost:4321 (or --port), building it first
when dist/ is missing or does not match the checked-out content and code.
Ctrl-C stops the server. Same environment as npm run build (SITE_BASE,
ATLAS_OUT_DIR, ATLAS_CONTENT_DIR, ATLAS_NOW).
Exit codes: 0 stopped, 1 build failed or server could not start, 2 usage error.`;

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
let port = 4321;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const value = a === '--port' ? args[++i] : a.startsWith('--port=') ? a.slice(7) : undefined;
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    console.error(`start: ${a === '--port' || a.startsWith('--port=') ? `--port wants a port number, got "${value ?? ''}"` : `unknown argument ${a}`}; see npm start -- --help`);
    process.exit(2);
  }
  port = Number(value);
}

const clock = cliClock('start');
const root = process.cwd();
const outDir = outDirFrom(process.env, root);
const reason = rebuildReason(outDir, buildFingerprint(root, process.env, clock()));
if (reason) {
  console.log(`start: building the site (${reason})…`);
  const failed = buildSite(root, process.env, clock);
  if (failed) {
    console.error(`start: ${failed}`);
    process.exit(1);
  }
} else console.log(`start: ${outDir} is up to date`);

const server = spawn('astro', ['preview', '--port', String(port)], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
server.on('error', (e) => {
  console.error(`start: could not start the server (${e.message})`);
  process.exit(1);
});
// Ctrl-C reaches the server too (same process group); forward other stops and leave when it does.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(signal === 'SIGINT' || signal === 'SIGTERM' || code === 0 || code === 130 ? 0 : 1));
