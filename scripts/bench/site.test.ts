import { expect, test } from 'vitest';
import { browserGoalsMissed, staticImports } from './site.ts';
import type { HomeFigures } from './home-page.ts';

const figures = (over: Partial<HomeFigures>): HomeFigures => ({
  profile: 'phone, 4x CPU',
  tbtMs: 40,
  longestTaskMs: 60,
  cls: 0,
  domElements: 11_000,
  sortMs: 300,
  sortKey: 'stars',
  tagMs: 80,
  resetMs: 200,
  ...over,
});

test('browser goals: phone load TBT and layout shift, desktop next frames, on the activity fixture only', () => {
  const ok = [figures({}), figures({ profile: 'desktop, no throttling', tbtMs: 0, sortMs: 90, tagMs: 20, resetMs: 60 })];
  expect(browserGoalsMissed([{ scenario: 'real+activity', browser: ok }])).toEqual([]);
  const slow = [figures({ tbtMs: 250, cls: 0.05 }), figures({ profile: 'desktop, no throttling', sortMs: 140, tagMs: null, resetMs: 101 })];
  expect(browserGoalsMissed([{ scenario: 'real+activity', browser: slow }])).toEqual([
    'real+activity phone, 4x CPU: load TBT 250 ms (goal <= 200 ms)',
    'real+activity phone, 4x CPU: layout shift 0.050 (goal <= 0.02)',
    'real+activity desktop, no throttling: sort next frame 140 ms (goal <= 100 ms)',
    'real+activity desktop, no throttling: Reset next frame 101 ms (goal <= 100 ms)',
  ]);
  expect(browserGoalsMissed([{ scenario: 'real', browser: slow }]), 'the real list is reported, not judged').toEqual([]);
});

test('the home weight follows static imports of its scripts, not dynamic ones', () => {
  expect(staticImports('import{c as e,o as t}from"./filters.C0.js";var i=1;import"./side.js";')).toEqual(['./filters.C0.js', './side.js']);
  expect(staticImports('const x=()=>import(`./engine.js`).then(e=>e.n);import("./lazy.js")')).toEqual([]);
});
