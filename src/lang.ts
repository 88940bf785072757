import type { Lang } from './doc.js';

const HAN = /^\p{Script=Han}$/u;
/** No Han character is below U+2E80 (CJK Radicals Supplement). */
const FIRST_HAN = 0x2e80;
/** Per BMP code unit: 0 not yet known, 1 Han, 2 not Han; filled on first sight. */
const bmpHan = new Uint8Array(0x10000);

function isHan(text: string, k: number, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdbff) return HAN.test(String.fromCodePoint(text.codePointAt(k)!));
  if (bmpHan[code] === 0) bmpHan[code] = HAN.test(String.fromCharCode(code)) ? 1 : 2;
  return bmpHan[code] === 1;
}

/**
 * Chinese when Han characters are at least a fifth of the letters; English
 * otherwise. One pass over the code units, no match arrays: it runs on every
 * line, article, unit and sentence.
 */
export function detectLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < FIRST_HAN) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
    } else if (isHan(text, k, code)) han++;
  }
  return han > 0 && han * 5 >= latin ? 'zh' : latin > 0 ? 'en' : 'zh';
}
