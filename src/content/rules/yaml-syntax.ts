/**
 * Rule `yaml-syntax`: YAML that does not parse (bad indentation, an unclosed bracket, a duplicate
 * key) is reported at the line the parser stopped, with the parser's own explanation.
 *
 * Every reader of content parses with the same parser and limits (src/content/yaml-doc.ts), so
 * the link checker, the activity fetcher and the build give the same answer as the validator.
 *
 * Passes: `tags: [web, api]`
 * Fails:  `tags: [web, api`        → `path:3:7  yaml-syntax  …flow sequence…`
 *         `name: A` twice          → `path:4:1  yaml-syntax  Map keys must be unique`
 *         101 `*alias` references  → `path:3:408  yaml-syntax  invalid YAML: more than 100 YAML aliases (*name); …`
 */
import type { Problem } from '../problem.ts';
import type { PositionedYaml } from '../yaml-doc.ts';

export const id = 'yaml-syntax';

/** One problem per YAML parse error, placed at the error's offset. */
export function yamlSyntaxProblems(path: string, yaml: PositionedYaml): Problem[] {
  return yaml.errors.map((err) => {
    const { line, col } = yaml.position(err.offset);
    const message = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
    return {
      path,
      line,
      col,
      rule: id,
      severity: 'error' as const,
      message: `invalid YAML: ${message}`,
      hint:
        err.code === 'DUPLICATE_KEY'
          ? 'keep one of the two keys'
          : err.code === 'ALIAS_LIMIT'
            ? 'content needs no YAML anchors (&name) or aliases (*name): write each value where it is used'
            : 'check indentation and quoting; a value containing ": " or starting with a special character needs quotes',
    };
  });
}
