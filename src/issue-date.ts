const ISO_IN_NAME = /(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)/;

/** A valid calendar day `YYYY-MM-DD`, or null. */
export function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The issue date written in a file name as `YYYY-MM-DD` or `YYYYMMDD`, if it is a real day. */
export function dateFromFileName(name: string): string | null {
  const m = ISO_IN_NAME.exec(name);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
