/**
 * Finds `id="…"` / `name="…"` anchors in HTML as it streams in, so a page is read only until every
 * fragment we look for has been seen (a 50 MB page with the anchor at the top costs one chunk).
 * Works on bytes (latin1 view), so a chunk boundary inside a multi-byte character is harmless.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Looks for a fixed set of fragments in a growing HTML buffer; see the module comment. */
export class FragmentScanner {
  private readonly wanted: Map<string, RegExp>;
  readonly found = new Set<string>();
  private scanned = 0;

  /** `fragments` are decoded fragment strings (without '#'). */
  constructor(fragments: Iterable<string>) {
    this.wanted = new Map();
    for (const f of fragments) {
      const bytes = escapeRe(Buffer.from(f, 'utf8').toString('latin1'));
      // id="x", id='x', id=x, name="x", and GitHub's rendered README anchors (user-content-x).
      this.wanted.set(f, new RegExp(`\\s(?:[iI][dD]|[nN][aA][mM][eE])\\s*=\\s*(?:"(?:user-content-)?${bytes}"|'(?:user-content-)?${bytes}'|(?:user-content-)?${bytes}[\\s>/])`));
    }
  }

  /** Feeds everything received so far; true once every fragment has been found. */
  feed(received: Buffer): boolean {
    const from = Math.max(0, this.scanned - 1024);
    const text = received.toString('latin1', from);
    for (const [f, re] of this.wanted) if (!this.found.has(f) && re.test(text)) this.found.add(f);
    this.scanned = received.length;
    return this.found.size === this.wanted.size;
  }

  has(fragment: string): boolean {
    return this.found.has(fragment);
  }
}
