import { describe, expect, it } from 'vitest';
import { END_MARKER, GENERATED_NOTE, headingsOutsideSection, locateListSection, replaceSectionBody, START_MARKER } from './section.ts';

const entry = (i: number) => `- [P${i}](https://p${i}.example.org/) - Does thing ${i}.`;
const listBody = (n: number) => [GENERATED_NOTE, '', ...Array.from({ length: n }, (_, i) => entry(i))].join('\n');

describe('locateListSection', () => {
  it('finds the marker lines and replaces only what lies between them', () => {
    const readme = `# Title\n\n## The list\n\n${START_MARKER}\nold\n${END_MARKER}\n\nAfter.\n`;
    const found = locateListSection(readme);
    expect(found).toMatchObject({ ok: true, section: { startLine: 5, endLine: 7 } });
    if (!found.ok) return;
    const updated = replaceSectionBody(readme, found.section, 'new\n');
    expect(updated).toBe(`# Title\n\n## The list\n\n${START_MARKER}\nnew\n${END_MARKER}\n\nAfter.\n`);
    const again = locateListSection(updated);
    expect(again.ok && replaceSectionBody(updated, again.section, 'new\n')).toBe(updated);
  });

  it('ignores markers quoted in prose, in inline code and inside fenced or indented code', () => {
    const readme = [
      '# T',
      `The section (between \`${START_MARKER}\` and \`${END_MARKER}\`) is generated.`,
      '```md',
      START_MARKER,
      END_MARKER,
      '```',
      `    ${START_MARKER}`,
      START_MARKER,
      'body',
      END_MARKER,
      '',
    ].join('\n');
    expect(locateListSection(readme)).toMatchObject({ ok: true, section: { startLine: 8, endLine: 10 } });
  });

  it('refuses a README without markers, or with them out of order', () => {
    expect(locateListSection('# No markers\n')).toMatchObject({ ok: false, problem: { rule: 'readme/markers', line: 1 } });
    expect(locateListSection(`# T\n${END_MARKER}\n${START_MARKER}\n`)).toMatchObject({
      ok: false,
      problem: { rule: 'readme/markers', line: 2, message: `${END_MARKER} (line 2) comes before ${START_MARKER} (line 3)` },
    });
  });

  it('refuses two list sections, pointing at the second', () => {
    const readme = `# T\n${START_MARKER}\n${listBody(3)}\n${END_MARKER}\n## Old\n${START_MARKER}\n${listBody(3)}\n${END_MARKER}\n`;
    expect(locateListSection(readme)).toEqual({
      ok: false,
      problem: {
        rule: 'readme/duplicate-list',
        line: 10,
        message: `the README holds 2 list sections (${START_MARKER} on lines 2, 10)`,
        hint: 'keep one list section: delete the other copy with its markers, then run `npm run readme`',
      },
    });
  });

  it('refuses a stray copy of the generated list outside the markers (the generated note betrays it)', () => {
    const readme = `# T\nProse (between\n${listBody(3)}\nmore prose.\n${START_MARKER}\n${listBody(3)}\n${END_MARKER}\n`;
    expect(locateListSection(readme)).toMatchObject({ ok: false, problem: { rule: 'readme/duplicate-list', line: 3 } });
  });

  it('refuses many list lines repeated outside the section even without the note, but allows a few examples', () => {
    const copied = Array.from({ length: 6 }, (_, i) => entry(i)).join('\n');
    const section = `${START_MARKER}\n${listBody(10)}\n${END_MARKER}\n`;
    expect(locateListSection(`# T\n${copied}\n${section}`)).toMatchObject({ ok: false, problem: { rule: 'readme/duplicate-list', line: 2, message: expect.stringContaining('6 list lines outside') } });
    const fewExamples = Array.from({ length: 2 }, (_, i) => entry(i)).join('\n');
    expect(locateListSection(`# T\n${fewExamples}\n${section}`).ok).toBe(true);
  });

  it('lists headings outside the section, skipping fenced code', () => {
    const readme = `# A\n\`\`\`sh\n# not a heading\n\`\`\`\n## B **bold**\n${START_MARKER}\n### Inside\n${END_MARKER}\n## C\n`;
    const found = locateListSection(readme);
    expect(found.ok && headingsOutsideSection(readme, found.section)).toEqual(['A', 'B bold', 'C']);
  });
});
