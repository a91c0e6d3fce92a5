/** Dates in the forms official documents use (Decree 30/2020). */

const parseIso = (iso: string): { y: number; m: number; d: number } => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
};

/**
 * "ngày 11 tháng 7 năm 2022": days below 10 and months below 3 take a leading zero
 * (ngày 05 tháng 02 năm 2022), per Decree 30/2020.
 */
export function formatLongDate(iso: string): string {
  const { y, m, d } = parseIso(iso);
  const dd = d < 10 ? `0${d}` : `${d}`;
  const mm = m < 3 ? `0${m}` : `${m}`;
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "11/07/2022" for grids and lists. */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const { y, m, d } = parseIso(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** Accepts "11/07/2022", "11-7-2022" or ISO; returns ISO "2022-07-11" or null. */
export function parseViDate(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds whole months to an ISO date, clamping to the month's end (certificate expiry: +36 months). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parseIso(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** 31 December of a year (ISO): year-end figures and units "as they stood at the end of the year". */
export const yearEnd = (year: number): string => `${year}-12-31`;
