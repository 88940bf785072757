/**
 * The characters of `text` at the offsets of `map` (a sentence view's map
 * into the original text), read as slices of its contiguous runs rather than
 * one character at a time.
 */
export function originalText(text: string, map: readonly number[]): string {
  let out = '';
  let k = 0;
  while (k < map.length) {
    let j = k + 1;
    while (j < map.length && map[j] === map[j - 1]! + 1) j++;
    out += text.slice(map[k], map[j - 1]! + 1);
    k = j;
  }
  return out;
}
