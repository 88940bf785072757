import type { Lang } from './doc.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/** Chinese when Han characters are at least a fifth of the letters; English otherwise. */
export function detectLang(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return han > 0 && han * 5 >= latin ? 'zh' : latin > 0 ? 'en' : 'zh';
}
