/**
 * Every rule's documented examples (its exported `examples`) run through the real loader and
 * validator on the fixture list: a passing example reports nothing, a failing one exactly the
 * lines it documents. The docs are the tests, so they cannot drift from what the rules print.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExample } from '../fixtures/examples.ts';
import type { RuleExamples } from '../rule-examples.ts';
import { ruleIds } from '../validate.ts';

const modules = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const rules = await Promise.all(modules.map(async (f) => (await import(`./${f}`)) as { id: string; examples?: RuleExamples }));

describe('rule examples', () => {
  it('every rule the validator runs documents at least one passing and one failing example', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleIds].sort());
    expect(rules.filter((r) => !r.examples?.passes.length || !r.examples.fails.length).map((r) => r.id)).toEqual([]);
  });

  it("the README's rule table names every rule", () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| Rule | What it checks |'), readme.indexOf('### Editor setup'));
    expect(ruleIds.filter((id) => !table.includes(`\`${id}\``))).toEqual([]);
  });

  for (const r of rules) {
    describe(r.id, () => {
      for (const example of [...(r.examples?.passes ?? []), ...(r.examples?.fails ?? [])]) {
        it(example.title, () => {
          expect(runExample(r.id, example)).toEqual(example.reports);
        });
      }
    });
  }
});
