import type { Report } from './score.js';

/** Every `kind.mode.metric` (or `kind.fields.name`) floor that the report falls below, as readable lines. */
export function belowFloors(report: Report, floors: Record<string, number>): string[] {
  const out: string[] = [];
  for (const [key, floor] of Object.entries(floors)) {
    if (key.startsWith('$')) continue;
    const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], report);
    if (typeof value !== 'number') out.push(`${key}: no such score`);
    else if (value < floor - 1e-9) out.push(`${key} = ${value.toFixed(3)} < ${floor}`);
  }
  return out;
}

/** The floors of `test/quality-floors.json`: one table of floors per eval set name. */
export type SetFloors = Record<string, Record<string, number> | string>;

/** The floors recorded for one set (an empty table when none are). */
export function floorsOf(all: SetFloors, set: string): Record<string, number> {
  const floors = all[set];
  return typeof floors === 'object' ? floors : {};
}
