import { describe, expect, it } from 'vitest';
import { entrySchema } from '../schemas/entry.ts';
import { isPlaceholder } from '../content/rules/placeholder-text.ts';
import { pickStyleIssues } from '../content/rules/pick-style.ts';
import { placeholderPick } from './pick-draft.ts';

describe('placeholderPick', () => {
  const draft = placeholderPick('Litestar');

  it('is a placeholder the validator refuses to merge', () => {
    expect(draft).toBe('TODO: finish "Pick it when …" for Litestar: when to choose it over its neighbours, in our own words.');
    expect(isPlaceholder(draft)).toBe(true);
  });

  it('passes the schema, so new and import can write it, and is left to placeholder-text by pick-style', () => {
    expect(entrySchema.shape.pick.safeParse(draft).success).toBe(true);
    expect(pickStyleIssues(draft, 'Typed ASGI framework for APIs.')).toEqual([]);
  });
});
