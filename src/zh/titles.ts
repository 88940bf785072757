/** Titles of works, 《…》: what is written inside one names the work, not a number or a day of the text. */

/** How far (in characters) a title 《…》 may reach around a span. */
const TITLE_WINDOW = 40;

/** True when [start, end) of `view` lies inside a title 《…》 (`《十万个为什么》`, `《永远的五月》`). */
export function insideTitle(view: string, start: number, end: number): boolean {
  const open = start > 0 ? view.lastIndexOf('《', start - 1) : -1;
  if (open < 0 || open < start - TITLE_WINDOW || open < view.lastIndexOf('》', start - 1)) return false;
  const close = view.indexOf('》', end);
  return close >= 0 && close < end + TITLE_WINDOW;
}
