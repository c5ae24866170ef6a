/**
 * What to do with the one report issue ("Link report") after a nightly run: a pure decision,
 * table-tested, so the REST code in github-issues.ts only carries it out. One issue is kept:
 * updated while something needs a maintainer, reopened rather than duplicated, closed when all
 * is healthy.
 */

export interface ExistingIssue {
  number: number;
  state: 'open' | 'closed';
  body: string;
}

export type IssueAction =
  | { kind: 'create'; body: string }
  | { kind: 'update'; number: number; body: string }
  | { kind: 'reopen'; number: number; body: string }
  | { kind: 'close'; number: number; body: string; comment: string }
  | { kind: 'none'; reason: string };

/**
 * `open`: the open report issue, if any; `closed`: the most recent closed one, if any.
 * `healthy`: nothing needs a maintainer.
 */
export function planIssue(open: ExistingIssue | undefined, closed: ExistingIssue | undefined, healthy: boolean, body: string): IssueAction {
  if (healthy) {
    if (!open) return { kind: 'none', reason: 'all healthy and no open report issue' };
    return { kind: 'close', number: open.number, body, comment: 'All links are healthy again: closing. A later run reopens this issue if something breaks.' };
  }
  if (open) return open.body === body ? { kind: 'none', reason: `issue #${open.number} is up to date` } : { kind: 'update', number: open.number, body };
  if (closed) return { kind: 'reopen', number: closed.number, body };
  return { kind: 'create', body };
}

/** GitHub refuses issue bodies over 65,536 characters: cut at a line and say so. */
export function fitIssueBody(body: string, limit = 65_000): string {
  if (body.length <= limit) return body;
  const note = '\n\n… report truncated: the full report is in the workflow run\'s summary.\n';
  const cut = body.lastIndexOf('\n', limit - note.length);
  return body.slice(0, cut > 0 ? cut : limit - note.length) + note;
}
