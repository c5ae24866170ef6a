import { describe, expect, it } from 'vitest';
import { validateTree, where } from '../fixtures/index.ts';

describe('frontmatter-missing', () => {
  it('reports a Markdown file without frontmatter at 1:1', () => {
    const problems = validateTree({ 'entries/testing/plain.md': 'name: pytest\nJust text.\n' });
    expect(where(problems)).toEqual(['content/entries/testing/plain.md:1:1 frontmatter-missing']);
    expect(problems[0]!.message).toMatch(/no frontmatter/);
  });

  it('reports frontmatter that is never closed', () => {
    const problems = validateTree({ 'resources/podcast/open.md': '---\nname: Open\n' });
    expect(where(problems)).toEqual(['content/resources/podcast/open.md:1:1 frontmatter-missing']);
    expect(problems[0]!.message).toMatch(/never closed/);
  });

  it('reports empty frontmatter (only blank lines or comments)', () => {
    const problems = validateTree({ 'entries/testing/hollow.md': '---\n# todo\n\n---\nA note.\n' });
    expect(where(problems)).toEqual(['content/entries/testing/hollow.md:1:1 frontmatter-missing']);
    expect(problems[0]!.message).toBe('frontmatter is empty');
  });
});
