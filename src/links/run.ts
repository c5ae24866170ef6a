/**
 * `checkLinks`: from files to one result per URL as written. Extracts links, normalizes and
 * dedupes them (a page is fetched once for all its spellings and fragments), answers GitHub
 * repositories through GraphQL when a token is given, checks the rest over HTTP, records every
 * result in the store as it arrives, and decides from the store's history whether a dead link
 * fails the run (`failing`) or is only `suspect` so far.
 */
import type { Finding } from '../cli/finding.ts';
import { readSourceFile } from '../content/load.ts';
import { formatOf } from '../content/model.ts';
import type { HttpClient } from '../http/index.ts';
import type { LinkRecord, Verdict } from '../schemas/link-status.ts';
import { isUncheckableFragment } from './classify.ts';
import { checkPage, type PageCheck } from './check.ts';
import { linksIn, type ExtractedLink } from './extract.ts';
import { checkGithubRepos } from './github.ts';
import type { Remap } from './normalize.ts';
import { githubRepoHome } from '../identity/repo.ts';
import { linkTarget, type LinkTarget } from '../identity/url.ts';
import { nextRecord, workedRecently, type CheckOutcome, type StoreWriter } from './store.ts';
import { linkState, type LinkState } from './state.ts';
import type { Clock } from '../time/clock.ts';

export interface LinkSource {
  file: string;
  line: number;
}

export interface LinkItem {
  /** As written in the input. */
  url: string;
  /** Normalized URL (store key). */
  key: string;
  verdict: Verdict;
  status?: number;
  finalUrl?: string;
  reason?: string;
  archived?: boolean;
  sources: LinkSource[];
  state: LinkState;
  /** Consecutive failing runs, this one included (from the store). */
  failures: number;
  /** True when the result comes from the store (`--max-age` or a resumed run), not this run. */
  cached: boolean;
}

export interface CheckLinksOptions {
  /** Files to read (Markdown or YAML). */
  files: readonly string[];
  http: HttpClient;
  store?: StoreWriter | undefined;
  remaps?: readonly Remap[];
  exclude?: readonly RegExp[];
  /** Skip URLs found working within this many ms (`--max-age`). */
  maxAgeMs?: number | undefined;
  /** Reuse results recorded at or after this instant (resuming a killed run). */
  resumeFrom?: string | undefined;
  /** Consecutive dead runs before a dead link fails the run (default 2). */
  failAfter?: number;
  /**
   * Links that must work now (threshold 1), e.g. new or changed in a pull request: given the
   * URL as written and one of its sources.
   */
  mustWorkNow?: (url: string, source: LinkSource) => boolean;
  /** Fail on redirected/unknown links too. */
  strict?: boolean;
  github?: { token: string; graphqlUrl: string } | undefined;
  maxRedirects?: number;
  onProgress?: (done: number, total: number) => void;
  /** Problems that do not stop the run (an unreadable file, YAML the validator refuses, a link). */
  onProblem?: (finding: Finding) => void;
  /** The one clock ("now" for timestamps and freshness); CLIs pass clockFromEnv(). */
  now: Clock;
  signal?: AbortSignal;
}

export interface CheckLinksResult {
  items: LinkItem[];
  /** Every extracted link occurrence (for --fix). */
  links: ExtractedLink[];
  /** Pages checked over HTTP / repositories answered by GraphQL in this run. */
  checkedPages: number;
  githubRepos: number;
}

interface KeyInfo {
  norm: LinkTarget;
  written: Set<string>;
}

/** Turns one page check into the outcome of one of its URLs (fragment included). */
export function outcomeFor(page: PageCheck, fragment: string | undefined): CheckOutcome {
  const o: CheckOutcome = { verdict: page.verdict, status: page.status, reason: page.reason, archived: page.archived };
  if (page.finalUrl) o.finalUrl = fragment === undefined ? page.finalUrl : `${page.finalUrl}#${encodeURI(fragment)}`;
  if (fragment !== undefined && page.fragments.get(fragment) === 'missing') {
    return { verdict: 'dead', status: page.status, reason: `fragment #${fragment} not found` };
  }
  return o;
}

/** Checks every link of `files`; see the module comment. */
export async function checkLinks(options: CheckLinksOptions): Promise<CheckLinksResult> {
  const now = options.now;
  const failAfter = options.failAfter ?? 2;
  const links: ExtractedLink[] = [];
  for (const file of options.files) {
    const source = readSourceFile(file, formatOf(file) ?? 'markdown', file);
    for (const p of source.problems) options.onProblem?.(p);
    if (!source.file) continue;
    links.push(...(await linksIn(source.file)));
  }

  // Written URL -> sources; key -> info; page -> fragments.
  const sourcesByWritten = new Map<string, LinkSource[]>();
  const keyOfWritten = new Map<string, string>();
  const keys = new Map<string, KeyInfo>();
  for (const link of links) {
    if (options.exclude?.some((re) => re.test(link.url))) continue;
    const norm = linkTarget(link.url);
    if (!norm) continue;
    if (!sourcesByWritten.has(link.url)) sourcesByWritten.set(link.url, []);
    sourcesByWritten.get(link.url)!.push({ file: link.file, line: link.line });
    keyOfWritten.set(link.url, norm.key);
    const info = keys.get(norm.key) ?? { norm, written: new Set<string>() };
    info.written.add(link.url);
    keys.set(norm.key, info);
  }

  const stored = options.store?.store.links ?? {};
  const startedAt = now();
  const reused = new Map<string, LinkRecord>();
  const pages = new Map<string, Set<string>>(); // page -> fragments to check
  const keysOfPage = new Map<string, string[]>();
  for (const [key, info] of keys) {
    const prev = stored[key];
    const resumed = prev && options.resumeFrom !== undefined && prev.checkedAt >= options.resumeFrom;
    if (prev && (resumed || (options.maxAgeMs !== undefined && workedRecently(prev, options.maxAgeMs, startedAt)))) {
      reused.set(key, prev);
      continue;
    }
    const page = info.norm.page;
    if (!pages.has(page)) {
      pages.set(page, new Set());
      keysOfPage.set(page, []);
    }
    keysOfPage.get(page)!.push(key);
    const f = info.norm.fragment;
    if (f !== undefined && !isUncheckableFragment(f) && !githubRepoHome(page)) pages.get(page)!.add(f);
  }

  const fresh = new Map<string, LinkRecord>();
  const total = pages.size;
  let done = 0;
  const record = (page: string, check: PageCheck) => {
    const at = now().toISOString();
    for (const key of keysOfPage.get(page) ?? []) {
      const rec = nextRecord(stored[key], outcomeFor(check, keys.get(key)!.norm.fragment), at);
      fresh.set(key, rec);
      options.store?.set(key, rec);
    }
    done++;
    options.onProgress?.(done, total);
  };

  const checkOverHttp = async (page: string) => {
    let check: PageCheck;
    try {
      check = await checkPage(page, pages.get(page)!, {
        http: options.http,
        remaps: options.remaps ?? [],
        ...(options.maxRedirects !== undefined ? { maxRedirects: options.maxRedirects } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (e) {
      // A bug or an odd URL must not sink the other 1,999 checks: report it as unknown.
      check = { verdict: 'unknown', reason: `could not check (${e instanceof Error ? e.message : String(e)})`, fragments: new Map() };
    }
    record(page, check);
  };

  // GitHub repositories go to GraphQL while every other page is checked over HTTP at the same
  // time; repositories GraphQL could not answer are checked over HTTP afterwards.
  const github = options.github;
  const repoPages = github ? [...pages.keys()].filter((p) => githubRepoHome(p)) : [];
  const repoSet = new Set(repoPages);
  const otherPages = [...pages.keys()].filter((p) => !repoSet.has(p));
  let githubRepos = 0;
  let fallbackPages = 0;
  const viaGithub = async () => {
    if (!github || repoPages.length === 0) return;
    const answered = await checkGithubRepos(repoPages, {
      http: options.http,
      token: github.token,
      graphqlUrl: github.graphqlUrl,
      ...(options.signal ? { signal: options.signal } : {}),
      onResults: (batch) => {
        for (const [page, check] of batch) record(page, check);
      },
    });
    githubRepos = answered.size;
    const left = repoPages.filter((p) => !answered.has(p));
    fallbackPages = left.length;
    await Promise.all(left.map(checkOverHttp));
  };
  await Promise.all([viaGithub(), ...otherPages.map(checkOverHttp)]);
  const checkedPages = otherPages.length + fallbackPages;

  const items: LinkItem[] = [];
  for (const [written, sources] of sourcesByWritten) {
    const key = keyOfWritten.get(written)!;
    const rec = fresh.get(key) ?? reused.get(key);
    if (!rec) continue;
    const item: LinkItem = {
      url: written,
      key,
      verdict: rec.verdict,
      sources,
      state: linkState(rec.verdict, rec.failures, sources.some((src) => options.mustWorkNow?.(written, src)) ? 1 : failAfter, options.strict),
      failures: rec.failures,
      cached: !fresh.has(key),
    };
    if (rec.status !== undefined) item.status = rec.status;
    if (rec.finalUrl !== undefined) item.finalUrl = rec.finalUrl;
    if (rec.reason !== undefined) item.reason = rec.reason;
    if (rec.archived) item.archived = true;
    items.push(item);
  }
  return { items, links, checkedPages, githubRepos };
}
