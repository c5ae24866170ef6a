import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEALTH_FORMULA, HEALTH_FORMULA_README } from '../../activity/health.ts';
import { renderDocBlocks } from './docs-blocks.ts';

const README = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

describe('README blocks rendered from code', () => {
  it('the README holds the health formula exactly as HEALTH_FORMULA renders it', () => {
    expect(README).toContain(`<!-- health:start -->\n${HEALTH_FORMULA_README}\n<!-- health:end -->\n`);
    expect(renderDocBlocks(README)).toBe(README);
  });

  it('rewrites a drifted block and leaves everything else alone', () => {
    const stale = 'a\n<!-- x:start -->\nold words\n<!-- x:end -->\nb\n';
    expect(renderDocBlocks(stale, { x: 'new words' })).toBe('a\n<!-- x:start -->\nnew words\n<!-- x:end -->\nb\n');
    expect(renderDocBlocks('no markers\n', { x: 'new' })).toBe('no markers\n');
    const twice = 'a\n<!-- x:start -->\nold\n<!-- x:end -->\n<!-- x:start -->\nold\n<!-- x:end -->\n';
    expect(renderDocBlocks(twice, { x: 'new' })).toBe(twice);
  });

  it('renders the weights and caps from the formula, not from a copy', () => {
    const changed = HEALTH_FORMULA_README.includes(`last\ncommit (${HEALTH_FORMULA.parts.commit.weight}:`) && HEALTH_FORMULA_README.includes(`capped at ${HEALTH_FORMULA.caps.archived}`);
    expect(changed).toBe(true);
  });
});
