/**
 * Chinese datelines: the day an article was filed, at the head of its first
 * body line — `新华社上海3月5日电`, `本报广州６月３日讯`, `据新华社东京１１月２日电`,
 * `本报讯(…记者 X)2月28日，…`, or a lead that opens with the day (`2月28日，…`).
 * Lines are read in the folded form (full-width digits are ASCII).
 */

export interface DatelineMatch {
  year?: number;
  month: number;
  day: number;
  /** `agency`: a news-agency or 本报 dateline; `lead`: a body that opens with its day. */
  kind: 'agency' | 'lead';
}

/** Month and day are whole numbers: `13月5日` is no dateline, not `3月5日`. */
const DAY = '(?:(?<y>\\d{4})年)?(?<!\\d)(?<m>1[0-2]|0?[1-9])月(?<d>3[01]|[12]\\d|0?[1-9])日';
const SOURCE = '(?:新华社|中新社|中国新闻社|本报|人民日报|经济日报|光明日报|中央社|法新社|路透社|美联社|塔斯社|共同社|新华网|人民网)';
const LEAD_IN = '^[\\s□■●◆]*';

const agency = new RegExp(`${LEAD_IN}据?${SOURCE}[^，。；,\\n]{0,16}?${DAY}(?:电|讯|专电|消息)`);
const newsByline = new RegExp(`${LEAD_IN}本报讯\\s*(?:[(（][^)）]{0,40}[)）])?\\s*${DAY}`);
const lead = new RegExp(`${LEAD_IN}${DAY}[，,]`);

/** The dateline at the head of `line`, if it has one. */
export function readZhDateline(line: string): DatelineMatch | null {
  for (const [pattern, kind] of [[agency, 'agency'], [newsByline, 'agency'], [lead, 'lead']] as const) {
    const g = pattern.exec(line)?.groups;
    if (g) return { ...(g.y ? { year: Number(g.y) } : {}), month: Number(g.m), day: Number(g.d), kind };
  }
  return null;
}
