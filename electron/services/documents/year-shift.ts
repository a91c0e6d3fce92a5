/**
 * Carrying a plan's text to a new year: «năm 2022» in running text becomes «năm 2023», but what
 * the text cites never changes — the date of an act («ngày 22 tháng 02 năm 2022»), a numeric date
 * («11/7/2022») and the quoted title of an act («Nghị quyết số 33/NQ-HĐND … năm 2022;») keep their
 * year. A citation runs from its type and number («Quyết định số 263/QĐ-TTg») to the end of the
 * clause (the next ';', '.', ':' or line end), which is how Vietnamese official texts list acts.
 */

const ACT_TYPES = [
  'Luật',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Thông tư',
  'Thông tư liên tịch',
  'Kế hoạch',
  'Kết luận',
  'Công văn',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Đề án',
  'Báo cáo',
  'Tờ trình',
  'Văn bản',
];

// «Quyết định số 263/QĐ-TTg», «Nghị quyết 25/2021/QH15» (the «số» is sometimes left out).
const CITATION = new RegExp(
  `(?:${ACT_TYPES.join('|')})\\s+(?:số\\s+)?\\d+[\\w/.-]*\\/[\\p{L}\\p{N}/.-]+[^;.:\\n]*`,
  'giu',
);
const LONG_DATE = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/gu;
const SHORT_DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/gu;

/** Character ranges of the text that must keep their years. */
function protectedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const re of [CITATION, LONG_DATE, SHORT_DATE])
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** One string: «năm {from}» → «năm {to}» outside citations and dates. */
export function shiftYearInText(text: string, from: number, to: number): string {
  if (from === to || !text.includes(String(from))) return text;
  const ranges = protectedRanges(text);
  const needle = new RegExp(`năm\\s+${from}(?!\\d)`, 'gu');
  return text.replace(needle, (match, offset: number) =>
    ranges.some(([a, b]) => offset >= a && offset < b) ? match : match.replace(String(from), String(to)),
  );
}

/** Every string inside a JSON-like value (narrative blocks, sections), shifted. */
export function shiftYear<T>(value: T, from: number, to: number): T {
  if (from === to) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return shiftYearInText(v, from, to);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
