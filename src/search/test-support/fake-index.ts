/**
 * A Pagefind-shaped full-text index for the engine tests: each page is an entry id with some
 * prose; a search returns the pages whose prose contains every word of the term (a word also
 * matches as a prefix, as in Pagefind), scored by how many times the words occur.
 */
import type { FullTextIndex, IndexHit } from '../engine.ts';

export interface FakePage {
  /** Page hash, as Pagefind would name the fragment. */
  hash: string;
  /** Entry id: the page URL is /entries/<id>/. */
  id: string;
  prose: string;
  description?: string;
}

export function fakeIndex(pages: readonly FakePage[], log: string[] = []): FullTextIndex & { fragmentLoads: number } {
  const index = {
    fragmentLoads: 0,
    async search(term: string) {
      log.push(term);
      const words = term.toLowerCase().split(/\s+/).filter(Boolean);
      const results: IndexHit[] = [];
      for (const p of pages) {
        const tokens = p.prose.toLowerCase().split(/[^a-z0-9]+/);
        const counts = words.map((w) => tokens.filter((t) => t.startsWith(w)).length);
        if (counts.some((c) => c === 0)) continue;
        results.push({
          id: p.hash,
          score: counts.reduce((a, b) => a + b, 0),
          data: async () => {
            index.fragmentLoads++;
            return { url: `/entries/${p.id}/`, meta: { title: p.id, description: p.description ?? '' } };
          },
        });
      }
      results.sort((a, b) => b.score - a.score);
      return { results };
    },
  };
  return index;
}
