/**
 * How a command meets the process: every command is `run(argv, io, clock)` in its feature folder
 * and returns an exit code, so tests run it in-process with their own streams and a fixed clock
 * and pin what users see; `scripts/<name>.ts` is only `main(name, run)`. Usage errors read the
 * same in every command: `<name>: <what is wrong>` and a `hint:` line naming `--help`.
 */
import type { Readable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ClockError, clockFromEnv, type Clock } from '../time/clock.ts';

export interface OutStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  /** For prompts (`new` in a terminal); absent in tests and pipelines. */
  stdin?: (Readable & { isTTY?: boolean }) | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command: argv without the node and script names; "now" from the entry point's clock. */
export type Command = (argv: readonly string[], io: CliIo, clock: Clock) => Promise<number>;

/** Wrong arguments or environment: printed as `<name>: message` plus the help hint, exit 2. */
export class UsageError extends Error {}

/** node's `parseArgs` over a command's argv; what it refuses (an unknown option…) is a UsageError. */
export function parseArgv<T extends Omit<ParseArgsConfig, 'args'>>(argv: readonly string[], config: T): ReturnType<typeof parseArgs<T & { args: string[] }>> {
  try {
    return parseArgs({ ...config, args: [...argv] });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Prints `help` when -h/--help was given; true when it did (the command then exits 0). */
export function wantsHelp(values: { help?: boolean | undefined }, io: CliIo, help: string): boolean {
  if (values.help) io.stdout.write(help);
  return values.help === true;
}

/** The hint line under a usage error. */
export function helpHint(name: string): string {
  return name === 'report-issue' ? 'node scripts/report-issue.ts --help' : `npm run ${name} -- --help`;
}

/**
 * Runs a command and turns what escapes it into an exit code: a UsageError is `name: message`
 * plus the help hint (exit 2), anything else `name: internal error: message` (exit 2, no stack
 * trace unless DEBUG is set).
 */
export async function runCommand(name: string, command: Command, argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  try {
    return await command(argv, io, clock);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${name}: ${e.message}\nhint: ${helpHint(name)}\n`);
      return 2;
    }
    io.stderr.write(`${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (io.env.DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}

/** The process's streams, environment and working directory. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/**
 * The clock of an entry point: ATLAS_NOW or the real clock; a malformed ATLAS_NOW is a usage
 * error (written, exit 2), never a silent fall-back to the real clock.
 */
export function entryClock(name: string, io: CliIo): Clock | number {
  try {
    return clockFromEnv(io.env);
  } catch (e) {
    if (!(e instanceof ClockError)) throw e;
    io.stderr.write(`${name}: ${e.message}\nhint: ${helpHint(name)}\n`);
    return 2;
  }
}

/**
 * The whole of a `scripts/<name>.ts` entry point: the clock from ATLAS_NOW (read here and nowhere
 * else), then the command on the process's streams.
 */
export async function main(name: string, command: Command): Promise<void> {
  const io = processIo();
  const clock = entryClock(name, io);
  process.exitCode = typeof clock === 'number' ? clock : await runCommand(name, command, process.argv.slice(2), io, clock);
}
