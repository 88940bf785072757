/**
 * UTF-16 offset → Unicode code-point offset, for one text. Texts without
 * astral characters (almost all) map to themselves at no cost.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\ud800-\udbff][\udc00-\udfff]/.test(text)) return (o) => o;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) table[++i] = cp; // an offset inside a pair cannot occur; map it to the pair's start
    cp++;
  }
  table[text.length] = cp;
  return (o) => table[o]!;
}
