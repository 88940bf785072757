import type { Lang, Span } from './doc.js';

const HAN = /^\p{Script=Han}$/u;
/** No Han character is below U+2E80 (CJK Radicals Supplement). */
const FIRST_HAN = 0x2e80;

/**
 * What a code unit counts as, in two bits added up without a branch (a
 * branch first taken late, at the first Latin letter of a Chinese run,
 * de-optimizes V8's compiled code): bit 0 a Han character, bit 1 a Latin
 * letter; UNKNOWN ones are looked up on first sight (high surrogates every time).
 */
const OTHER = 0;
const HAN_CHAR = 1;
const LATIN_LETTER = 2;
const UNKNOWN = 3;

/** Per BMP code unit, its kind: below FIRST_HAN filled at load, above it on first sight. */
const kinds = new Uint8Array(0x10000).fill(UNKNOWN).fill(OTHER, 0, FIRST_HAN);
for (const first of [0x41, 0x61]) kinds.fill(LATIN_LETTER, first, first + 26);

/** The kind of the UNKNOWN code unit at `k`, before `to`: a high surrogate's is its code point's, not kept. */
function kindAt(text: string, k: number, to: number): number {
  const code = text.charCodeAt(k);
  if (code >= 0xd800 && code <= 0xdbff) return k + 1 < to && HAN.test(String.fromCodePoint(text.codePointAt(k)!)) ? HAN_CHAR : OTHER;
  return (kinds[code] = HAN.test(String.fromCharCode(code)) ? HAN_CHAR : OTHER);
}

/** The letters a text's language is judged by. */
export interface Letters {
  han: number;
  latin: number;
}

/** Adds to `counts` the Han characters and Latin letters of `text[from, to)`, one table read per code unit. */
function countLetters(text: string, from: number, to: number, counts: Letters): void {
  let han = 0;
  let latin = 0;
  for (let k = from; k < to; k++) {
    let kind = kinds[text.charCodeAt(k)]!;
    if (kind === UNKNOWN) kind = kindAt(text, k, to);
    han += kind & HAN_CHAR;
    latin += kind >> 1;
  }
  counts.han += han;
  counts.latin += latin;
}

/** Chinese when Han characters are at least a fifth of the letters (or there are none); English otherwise. */
export function langOf({ han, latin }: Letters): Lang {
  return han * 5 < latin ? 'en' : 'zh';
}

/** The Han characters and Latin letters of a text (added up over lines, they give their article's language). */
export function lettersOf(text: string): Letters {
  const counts = { han: 0, latin: 0 };
  countLetters(text, 0, text.length, counts);
  return counts;
}

/**
 * The language of a text, by its letters: no match arrays, it runs on every
 * line, unit and sentence.
 */
export function detectLang(text: string): Lang {
  return langOf(lettersOf(text));
}

/** The language of the spans of `text` (a unit's lines, an article's segments; none cuts a surrogate pair) read as one text, without joining them. */
export function detectLangOfSpans(text: string, spans: readonly Span[]): Lang {
  const counts = { han: 0, latin: 0 };
  for (const s of spans) countLetters(text, s.start, s.end, counts);
  return langOf(counts);
}
