/**
 * The Chinese numeral table (`data/zh/numerals.json`), validated once at load, and
 * the character classes the number finder is built from.
 */
import { loadDataJson } from '../data-file.js';
import { z } from 'zod';
import { codeAt, codeSet } from '../matches.js';

/** Inner qualifiers: 余, 多 after a number (一百余, 三十多). */
export const INNER = '余多';

export const tableSchema = z.object({
  $comment: z.string().optional(),
  digits: z.record(z.string().length(1), z.number().int().min(0).max(9)),
  small: z.record(z.string().length(1), z.number().int().positive()),
  big: z.record(z.string().length(1), z.number().int().positive()),
  bigNeedsFollower: z.array(z.string().length(1)),
  unitStarts: z.record(z.string().length(1), z.string().min(1)),
  financial: z.array(z.string().length(1)),
  points: z.array(z.string().length(1)),
  vague: z.array(z.string().length(1)),
  vagueRange: z.tuple([z.number().int(), z.number().int()]),
  negative: z.array(z.string().length(1)),
  unsignedDimensions: z.array(z.string().min(1)),
  belowZero: z.array(z.string().min(1)),
  belowZeroUnits: z.array(z.string().min(1)),
  fraction: z.array(z.string().min(2)),
  measureBeforeBig: z.record(z.string().length(1), z.string().min(1)),
  bareLeading: z.array(z.string().length(1)),
}).strict().superRefine((t, ctx) => {
  // The lexer (numeral-lexer.ts) reads a character as one kind of atom, from one table of them all.
  const classes: [string, string[]][] = [['digits', Object.keys(t.digits)], ['small', Object.keys(t.small)], ['big', Object.keys(t.big)],
    ['points', t.points], ['vague', t.vague], ['measureBeforeBig', Object.keys(t.measureBeforeBig)], ['inner', [...INNER]]];
  const seen = new Map<string, string>();
  for (const [name, chars] of classes) {
    for (const c of chars) {
      const other = seen.get(c);
      if (other && other !== name) ctx.addIssue({ code: 'custom', message: `${c} is both in ${other} and in ${name}: a character is one kind of numeral` });
      seen.set(c, name);
    }
  }
});

export const numeralTable = loadDataJson('zh/numerals.json', tableSchema);

/** Characters for a regex character class (none of them is special inside `[...]`). */
const cls = (chars: Iterable<string>): string => [...chars].join('');

export const DIGIT_CHARS = cls(Object.keys(numeralTable.digits));
export const SMALL_CHARS = cls(Object.keys(numeralTable.small));
const BIG_FREE = Object.keys(numeralTable.big).filter((c) => !numeralTable.bigNeedsFollower.includes(c));
export const BIG_CHARS = cls(Object.keys(numeralTable.big));
export const POINT_CHARS = cls(numeralTable.points);
export const VAGUE_CHARS = cls(numeralTable.vague);
export const NEGATIVE_CHARS = cls(numeralTable.negative);
export const FINANCIAL = new Set(numeralTable.financial);

/** The numerals, as the characters of a class (the ASCII digits listed, not a range: `RUN_BEFORE` reads them one by one). */
const N = `0123456789${DIGIT_CHARS}${SMALL_CHARS}${BIG_CHARS}`;
const SMALL_FREE = Object.keys(numeralTable.small).filter((c) => !numeralTable.unitStarts[c]);
/** Horizontal space inside a Chinese numeral (一百 五 十, 1000 万), never between two Arabic numbers. */
const SPACE = `(?<=[${N}${cls(numeralTable.points)}${INNER}${VAGUE_CHARS}之])[ \t]+(?=[分${DIGIT_CHARS}${SMALL_CHARS}${BIG_CHARS}${cls(numeralTable.points)}${INNER}${VAGUE_CHARS}])|(?<=[${DIGIT_CHARS}${SMALL_CHARS}${BIG_CHARS}])[ \t]+(?=[0-9])`;

/**
 * An alternative of a numeral run: the characters its first consumed character is one of
 * (no ranges); the characters one of which stands right before that one, or before a space
 * or tab there, whenever the alternative matches ('' when it has no lookbehind: any); its source.
 */
type RunAlternative = [first: string, before: string, source: string];

/** An alternative that only follows one of `before` (a space or tab between allowed). */
const after = (first: string, before: string, rest: string): RunAlternative => [first, before, `(?<=[${before}][ \t]?)${rest}`];

const RUN_ALTERNATIVES: RunAlternative[] = [
  [`0123456789${DIGIT_CHARS}${cls(SMALL_FREE)}${cls(BIG_FREE)}`, '', `[0-9${DIGIT_CHARS}${cls(SMALL_FREE)}${cls(BIG_FREE)}]`],
  ...Object.entries(numeralTable.unitStarts).map(([c, next]): RunAlternative => [c, '', `${c}(?![${next}])`]),
  [' \t', `${N}${cls(numeralTable.points)}${INNER}${VAGUE_CHARS}之`, SPACE],
  [cls(numeralTable.bigNeedsFollower), '', `[${cls(numeralTable.bigNeedsFollower)}](?=[${N}])`],
  [',', '0123456789', '(?<=[0-9]),(?=[0-9]{3}(?![0-9]))'],
  after('.·', '0123456789', '[.·](?=[0-9])'),
  [' \t', '0123456789', '(?<=[0-9])[ \t](?=[.·][0-9])'],
  ...Object.entries(numeralTable.measureBeforeBig).map(([m, next]) => after(m[0]!, `${N}${INNER}${VAGUE_CHARS}`, `${m}(?=[${next}])`)),
  after(POINT_CHARS, N, `[${POINT_CHARS}](?=[ \t]?[${DIGIT_CHARS}])`),
  after(INNER, N, `[${INNER}](?=[ \t]?[${BIG_CHARS}])`),
  [VAGUE_CHARS, '', `[${VAGUE_CHARS}](?=[${SMALL_CHARS}${BIG_CHARS}])`],
  after(VAGUE_CHARS, `${SMALL_CHARS}零〇`, `[${VAGUE_CHARS}]`),
  ...numeralTable.fraction.map((f) => after(f[0]!, N, `${f}(?=[ \t]?[${N}])`)),
];

/**
 * A run of numeral material: every alternative consumes one or two characters and
 * they start with different characters, so the regex is linear (no nested ambiguity).
 * Separators, points and qualifier characters only count when numerals surround them.
 * Sticky: it is tried only where `nextRunStart` says a run can start (most of a
 * sentence is none, and the lookbehinds make every try costly).
 */
export const NUMERAL_RUN = new RegExp('(?:' + RUN_ALTERNATIVES.map(([, , source]) => source).join('|') + ')+', 'y');

/**
 * Where a numeral run can start, by UTF-16 code unit: 0 never, 1 anywhere, 2 only
 * after one of its `RUN_BEFORE` (every alternative it starts has a lookbehind: a
 * comma, 个, 多, 分 and 点 are mostly no numeral, and the regex costs more than the check).
 */
const RUN_START = new Uint8Array(0x10000);
const RUN_BEFORE = new Map<number, Set<number>>();
for (const [first, before] of RUN_ALTERNATIVES) {
  for (const c of codeSet(first)) {
    if (before === '') RUN_START[c] = 1;
    else if (RUN_START[c] !== 1) RUN_START[c] = 2;
    if (before !== '') for (const b of codeSet(before)) RUN_BEFORE.set(c, (RUN_BEFORE.get(c) ?? new Set()).add(b));
  }
}

/** One of the characters that may stand before the one at `i` (with a space or tab between) stands there. */
function afterRunBefore(view: string, i: number): boolean {
  const before = RUN_BEFORE.get(view.charCodeAt(i))!;
  const b = codeAt(view, i - 1);
  return before.has(b) || ((b === 0x20 || b === 0x09) && before.has(codeAt(view, i - 2)));
}

/** The first index from `from` on where a numeral run can start (a table lookup per code unit: a class regex is ten times slower), or -1. */
export function nextRunStart(view: string, from: number): number {
  for (let i = from; i < view.length; i++) {
    const start = RUN_START[view.charCodeAt(i)];
    if (start === 1 || (start === 2 && afterRunBefore(view, i))) return i;
  }
  return -1;
}
