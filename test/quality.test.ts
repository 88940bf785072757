import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { EVAL_SETS, evaluateGold } from '../src/eval/evaluate.js';
import { belowFloors, floorsOf, type SetFloors } from '../src/eval/floors.js';

const floors = JSON.parse(readFileSync(new URL('./quality-floors.json', import.meta.url), 'utf8')) as SetFloors;

it('records floors for every eval set', () => {
  for (const set of EVAL_SETS) expect(Object.keys(floorsOf(floors, set.name)).length, set.name).toBeGreaterThan(0);
});

it.each(EVAL_SETS.map((s) => [s.name, s] as const))('%s scores at or above every recorded floor (test/quality-floors.json)', (_, set) => {
  expect(belowFloors(evaluateGold(set), floorsOf(floors, set.name))).toEqual([]);
}, 120_000);
