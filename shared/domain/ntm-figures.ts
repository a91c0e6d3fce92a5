import { formatDecimal1, formatPercent } from '../format/number';

/** Recognition levels, lowest first: each level requires the one before it. */
export const LEVELS = ['ntm', 'nang_cao', 'kieu_mau'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABEL: Record<Level | 'none', string> = {
  none: 'Chưa đạt',
  ntm: 'NTM',
  nang_cao: 'NTM nâng cao',
  kieu_mau: 'NTM kiểu mẫu',
};

export interface CommuneStanding {
  communeId: number;
  districtId: number | null;
  /** Highest level held at the end of the year (not revoked), or null. */
  level: Level | null;
  /** Year the highest level was recognised. */
  levelYear: number | null;
  /** Criteria met in the year, or null if no result was entered. */
  criteriaMet: number | null;
}

export interface Band {
  label: string;
  min: number;
  max: number;
}

/** Bands of BNN report forms, scaled to the set's size (19 → 19 / 15–18 / 10–14 / 5–9 / <5). */
export function criteriaBands(required: number): Band[] {
  if (required === 19) {
    return [
      { label: '19 tiêu chí', min: 19, max: 19 },
      { label: '15–18 tiêu chí', min: 15, max: 18 },
      { label: '10–14 tiêu chí', min: 10, max: 14 },
      { label: '5–9 tiêu chí', min: 5, max: 9 },
      { label: 'Dưới 5 tiêu chí', min: 0, max: 4 },
    ];
  }
  const hi = required - 1;
  const mid = Math.ceil(required / 2);
  return [
    { label: `${required} tiêu chí`, min: required, max: required },
    { label: `${mid}–${hi} tiêu chí`, min: mid, max: hi },
    { label: `Dưới ${mid} tiêu chí`, min: 0, max: mid - 1 },
  ];
}

export interface Figures {
  communeTotal: number;
  ntm: number;
  ntmPercent: string;
  newNtm: number;
  nangCao: number;
  newNangCao: number;
  kieuMau: number;
  newKieuMau: number;
  /** Average criteria per commune, one decimal, Vietnamese comma ("18,2"). */
  avgCriteria: string;
  avgCriteriaValue: number;
  minCriteria: number | null;
  bands: { label: string; count: number }[];
  withResults: number;
}

/** Province (or district) figures for a year, from standings only — nothing is typed in. */
export function computeFigures(rows: CommuneStanding[], year: number, required: number): Figures {
  const has = (r: CommuneStanding, lv: Level) => r.level !== null && LEVELS.indexOf(r.level) >= LEVELS.indexOf(lv);
  const count = (lv: Level) => rows.filter((r) => has(r, lv)).length;
  const countNew = (lv: Level) => rows.filter((r) => r.level === lv && r.levelYear === year).length;
  const withResults = rows.filter((r) => r.criteriaMet !== null);
  const sum = withResults.reduce((s, r) => s + (r.criteriaMet ?? 0), 0);
  const avg = rows.length ? sum / rows.length : 0;
  const ntm = count('ntm');
  return {
    communeTotal: rows.length,
    ntm,
    ntmPercent: formatPercent(ntm, rows.length),
    newNtm: countNew('ntm'),
    nangCao: count('nang_cao'),
    newNangCao: countNew('nang_cao'),
    kieuMau: count('kieu_mau'),
    newKieuMau: countNew('kieu_mau'),
    avgCriteria: formatDecimal1(Math.round(avg * 10) / 10),
    avgCriteriaValue: avg,
    minCriteria: withResults.length ? Math.min(...withResults.map((r) => r.criteriaMet ?? 0)) : null,
    bands: criteriaBands(required).map((b) => ({
      label: b.label,
      count: withResults.filter((r) => (r.criteriaMet ?? 0) >= b.min && (r.criteriaMet ?? 0) <= b.max).length,
    })),
    withResults: withResults.length,
  };
}
