import { describe, expect, it } from 'vitest';
import { resource, validateTree, where } from '../fixtures/index.ts';

describe('resource-kind', () => {
  it('reports a kind that differs from the folder, at the kind value', () => {
    const problems = validateTree({ 'resources/book/cast.md': resource('podcast', { url: 'https://cast2.example.org/', description: 'Interviews with maintainers about how they work.' }) });
    expect(where(problems)).toEqual(['content/resources/book/cast.md:4:7 resource-kind']);
    expect(problems[0]!.message).toBe('kind "podcast" does not match folder "book"');
  });
});
