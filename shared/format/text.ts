/** Sorting and searching Vietnamese names. */

export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export const compareVi = (a: string, b: string): number => viCollator.compare(a, b);

/** Lower-cases and strips diacritics (đ → d) so "phu huu" finds "Phú Hữu". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the text, ignoring case and diacritics. */
export function matchesSearch(text: string, query: string): boolean {
  const q = searchKey(query);
  if (!q) return true;
  const t = searchKey(text);
  return q.split(' ').every((w) => t.includes(w));
}

/** What screens and documents say where no figure was entered: never a 0. */
export const NO_DATA = 'chưa có số liệu';
