/**
 * Rule `yaml-syntax`: YAML that does not parse (bad indentation, an unclosed bracket, a duplicate
 * key) is reported at the line the parser stopped, with the parser's own explanation.
 *
 * Every reader of content parses with the same parser and limits (src/content/yaml-doc.ts), so
 * the link checker, the activity fetcher and the build give the same answer as the validator.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Problem } from '../problem.ts';
import type { PositionedYaml } from '../yaml-doc.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'yaml-syntax';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'tags as a closed flow list',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'an unclosed flow list',
      files: { 'entries/testing/one.md': { fields: { tags: '[testing, async' } } },
      reports: [
        'content/entries/testing/one.md:8:1  yaml-syntax  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    },
    {
      title: 'a key written twice',
      files: { 'entries/testing/one.md': { fields: { status: 'recommended\nstatus: legacy' } } },
      reports: [
        'content/entries/testing/one.md:11:1  yaml-syntax  invalid YAML: Map keys must be unique',
      ],
    },
  ],
};

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
