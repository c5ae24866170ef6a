/**
 * The search vocabulary (`content/synonyms.yaml`): groups of words and phrases a developer may
 * type for one idea ("cli", "command line"), and filler words a query can do without ("python",
 * "library", "how to"). Search reads it to understand queries; the validator checks it here.
 */
import { z } from 'zod';
import { terms } from '../search/fold.ts';

/** A phrase as search compares it: folded, singular words ("Env-Vars" and "env var" are one). */
function folded(s: string): string {
  return terms(s).join(' ');
}

/** A lowercase word or phrase ("k8s", "retrieval-augmented generation"). */
export const synonymPhrase = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9 .+_-]*$/, 'must be lowercase words, like "command line" or "k8s"')
  .refine((s) => folded(s) !== '', 'must contain a letter or digit');

/** A single lowercase word. */
export const fillerWord = z.string().trim().regex(/^[a-z0-9]+$/, 'must be one lowercase word, like "python"');

export const synonymsFileSchema = z
  .object({
    /** Each group lists phrases that mean the same thing in a query; any of them finds the others. */
    synonyms: z.array(z.array(synonymPhrase).min(2, 'a group needs at least two phrases')),
    /** Words dropped from a query when other words remain (a query of only these keeps them). */
    ignore: z.array(fillerWord),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.synonyms.forEach((group, g) => {
      group.forEach((phrase, p) => {
        const key = folded(phrase);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, g);
        else {
          ctx.addIssue({
            code: 'custom',
            path: ['synonyms', g, p],
            message: first === g ? `"${phrase}" appears twice in this group (case, hyphens and plurals fold away)` : `"${phrase}" is already in group ${first + 1}; merge the two groups`,
          });
        }
      });
    });
    const ignored = new Set<string>();
    file.ignore.forEach((word, i) => {
      if (ignored.has(word)) ctx.addIssue({ code: 'custom', path: ['ignore', i], message: `"${word}" is listed twice` });
      else if (seen.has(word)) ctx.addIssue({ code: 'custom', path: ['ignore', i], message: `"${word}" is a synonym; a query word cannot be both ignored and expanded` });
      ignored.add(word);
    });
  });

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
