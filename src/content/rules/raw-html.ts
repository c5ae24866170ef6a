/**
 * Rule `raw-html`: note bodies are plain Markdown. Raw HTML is stripped or escaped by the site's
 * sanitizer, breaks the README export, and hides layout decisions in content files.
 *
 * Passes: `Use **httpx** when you need HTTP/2.`
 * Fails:  `Use <b>httpx</b> when…` on body line 1 of a file whose body starts at line 14
 *         → `path:14:5  raw-html  raw HTML <b> in the note`
 */
import { visit } from 'unist-util-visit';
import { bodyPosition, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'raw-html';

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.files) {
      if (!ctx.isSelected(file) || !file.body.includes('<')) continue;
      const tree = ctx.markdown(file);
      if (!tree) continue;
      visit(tree, 'html', (node) => {
        const value = node.value.trim();
        const snippet = /^<[^>\n]{0,60}>/.exec(value)?.[0] ?? value.split('\n')[0]!.slice(0, 40);
        problems.push(
          ctx.problem(id, file, bodyPosition(file, node.position?.start), `raw HTML ${snippet} in the note`,
            'use Markdown instead (**bold**, [text](url), lists); write a literal < as &lt; or inside `code`'),
        );
      });
    }
    return problems;
  },
};
