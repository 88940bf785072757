import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { evaluateGold } from '../src/eval/evaluate.js';
import { belowFloors } from '../src/eval/floors.js';

it('the sample issue scores at or above every recorded floor (test/quality-floors.json)', () => {
  const floors = JSON.parse(readFileSync(new URL('./quality-floors.json', import.meta.url), 'utf8'));
  expect(belowFloors(evaluateGold('test/gold'), floors)).toEqual([]);
});
