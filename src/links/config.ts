/**
 * Per-list settings of the link checker, from a JSON file (`links.config.json` at the repo root by
 * default), so another list can reuse the checker without code changes. Command-line options win
 * over the file. Validated with zod; problems are reported as `file: path message`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const durationPattern = /^\d+(\.\d+)?(ms|s|m|h|d)$/;

/** The config file's shape; every key optional, unknown keys rejected (typos surface). */
export const linksConfigSchema = z
  .object({
    /** Files or folders checked when no path is given. */
    paths: z.array(z.string().min(1)).min(1).optional(),
    /** Regular expressions; matching URLs are not checked or reported. */
    exclude: z.array(z.string()).optional(),
    /** Results store (JSON). */
    store: z.string().min(1).optional(),
    /** Requests in flight, all hosts together. */
    concurrency: z.number().int().min(1).max(256).optional(),
    /** Requests in flight to one host. */
    perHost: z.number().int().min(1).max(16).optional(),
    /** Per-host overrides (host as in a URL, e.g. "github.com"). */
    hosts: z.record(z.string(), z.object({ concurrency: z.number().int().min(1).max(16).optional(), intervalMs: z.number().int().min(0).max(60_000).optional() }).strict()).optional(),
    /** Timeouts in milliseconds. */
    timeouts: z.object({ connect: z.number().int().positive().optional(), headers: z.number().int().positive().optional(), total: z.number().int().positive().optional() }).strict().optional(),
    /** Retries after the first attempt for network errors, 5xx and 429. */
    retries: z.number().int().min(0).max(5).optional(),
    /** Consecutive dead runs before a dead link fails the run. */
    failAfter: z.number().int().min(1).optional(),
    /** Skip URLs that were ok within this duration (e.g. "24h"). */
    maxAge: z.string().regex(durationPattern, 'must be a duration like 30m, 24h or 7d').optional(),
    /** `<from-prefix> <to-prefix>` rewrites applied before requests. */
    remap: z.array(z.string()).optional(),
    userAgent: z.string().min(1).optional(),
  })
  .strict();

export type LinksConfig = z.infer<typeof linksConfigSchema>;

/** Parses `30m`, `24h`, `7d`, `500ms`, `10s` into milliseconds; null if malformed. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

/** A config problem the user must fix (exit 2 with the message, no stack). */
export class ConfigError extends Error {}

/** Reads and validates a config file; `required` false = a missing file is an empty config. */
export function loadConfig(path: string, required: boolean): LinksConfig {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    if (required) throw new ConfigError(`${path}: cannot read the config file`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = linksConfigSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || '(root)'} ${i.message}`);
    throw new ConfigError(lines.join('\n'));
  }
  return parsed.data;
}
