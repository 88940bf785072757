/**
 * 周 after a Chinese numeral counts weeks only in a duration frame: 四周 is
 * 'all around', 绕场一周 'a lap'. Made-up sentences; each fails without the rule.
 */
import { describe, expect, it } from 'vitest';
import { extractZhQuantities } from '../src/zh/quantities.js';

const weeks = (view: string) =>
  extractZhQuantities(view).filter((q) => q.unit === 'week').map((q) => [view.slice(q.start, q.end), q.value] as const);

describe('weeks need a duration frame', () => {
  it('drops 周 after a Chinese numeral outside a duration frame', () => {
    expect(weeks('村子四周种满了果树。')).toEqual([]);
    expect(weeks('院墙四周挂着灯笼。')).toEqual([]);
    expect(weeks('运动员绕场一周向观众致意。')).toEqual([]);
  });

  it('keeps weeks in a duration frame, and Arabic weeks', () => {
    expect(weeks('两周后再来，为期三周的展览开幕，工程停了四周。')).toEqual([['两周', 2], ['三周', 3], ['四周', 4]]);
    expect(weeks('移栽6周以后开花。')).toEqual([['6周', 6]]);
  });
});
