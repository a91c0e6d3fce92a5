/** A report's period: a quarter, a half, nine months or the year. */
export interface ReportPeriod {
  /** '2022-Q1' … '2022-Q4', '2022-H1', '2022-9M', '2022-Y'. */
  code: string;
  year: number;
  fromIso: string;
  toIso: string;
  /** "quý I năm 2022", "6 tháng đầu năm 2022", "9 tháng năm 2022", "năm 2022". */
  label: string;
}

export const PERIOD_PATTERN = /^(\d{4})-(Q[1-4]|H1|9M|Y)$/;

const QUARTER = ['I', 'II', 'III', 'IV'];

/** '2022-H1' → 1 Jan – 30 Jun 2022, "6 tháng đầu năm 2022". Null if the code is not a period. */
export function parsePeriod(code: string): ReportPeriod | null {
  const m = PERIOD_PATTERN.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  const kind = m[2]!;
  const end = (month: number) =>
    `${year}-${String(month).padStart(2, '0')}-${month === 6 || month === 9 ? '30' : '31'}`;
  let from = `${year}-01-01`;
  let to: string;
  let label: string;
  if (kind.startsWith('Q')) {
    const q = Number(kind[1]);
    from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
    to = end(q * 3);
    label = `quý ${QUARTER[q - 1]} năm ${year}`;
  } else if (kind === 'H1') {
    to = end(6);
    label = `6 tháng đầu năm ${year}`;
  } else if (kind === '9M') {
    to = end(9);
    label = `9 tháng năm ${year}`;
  } else {
    to = end(12);
    label = `năm ${year}`;
  }
  return { code, year, fromIso: from, toIso: to, label };
}

export const PERIOD_CHOICES = [
  { suffix: 'Q1', label: 'Quý I' },
  { suffix: 'Q2', label: 'Quý II' },
  { suffix: 'H1', label: '6 tháng đầu năm' },
  { suffix: 'Q3', label: 'Quý III' },
  { suffix: '9M', label: '9 tháng' },
  { suffix: 'Q4', label: 'Quý IV' },
  { suffix: 'Y', label: 'Cả năm' },
] as const;
