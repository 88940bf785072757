import type { Lang } from './doc.js';

const HAN = /^\p{Script=Han}$/u;
/** No Han character is below U+2E80 (CJK Radicals Supplement). */
const FIRST_HAN = 0x2e80;

/** What a BMP code unit counts as; UNKNOWN ones are looked up on first sight (and high surrogates every time). */
const UNKNOWN = 0;
const HAN_CHAR = 1;
const LATIN_LETTER = 2;
const OTHER = 3;

/** Per BMP code unit, its kind: filled below FIRST_HAN at load, above it on first sight. */
const kinds = new Uint8Array(0x10000);
for (let code = 0; code < FIRST_HAN; code++) kinds[code] = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? LATIN_LETTER : OTHER;

/** The kind of the UNKNOWN code unit at `k`: a high surrogate's is its code point's, not kept. */
function kindAt(text: string, k: number): number {
  const code = text.charCodeAt(k);
  if (code >= 0xd800 && code <= 0xdbff) return HAN.test(String.fromCodePoint(text.codePointAt(k)!)) ? HAN_CHAR : OTHER;
  return (kinds[code] = HAN.test(String.fromCharCode(code)) ? HAN_CHAR : OTHER);
}

/**
 * Chinese when Han characters are at least a fifth of the letters; English
 * otherwise. One pass over the code units, one table read for each, no
 * match arrays: it runs on every line, article, unit and sentence.
 */
export function detectLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  for (let k = 0; k < text.length; k++) {
    let kind = kinds[text.charCodeAt(k)]!;
    if (kind === UNKNOWN) kind = kindAt(text, k);
    if (kind === HAN_CHAR) han++;
    else if (kind === LATIN_LETTER) latin++;
  }
  return han > 0 && han * 5 >= latin ? 'zh' : latin > 0 ? 'en' : 'zh';
}
