/**
 * How the province map turns figures into colours: one scale per layer, the neutral tones, and the
 * rule that counts former communes' results on the new unit that absorbed them. Pure; the map service
 * classifies with it and sends each unit's colour and the legend, so the renderer draws (and exports)
 * exactly these colours without importing it.
 */
import { formatDecimal1, formatNumber } from '../../shared/format/number';
import { LEVELS, type Level } from '../../shared/domain/ntm-figures';

export interface ScaleClass {
  key: string;
  label: string;
  color: string;
  /** Lower bound, inclusive (numeric scales). */
  min?: number;
}

/** Tones that say "not measured here", listed after the scale in every legend. */
export const NEUTRAL = {
  outside: { key: 'outside', label: 'Ngoài phạm vi NTM (phường, đặc khu)', color: '#d8d3c7' },
  nodata: { key: 'nodata', label: 'Chưa có số liệu', color: '#c3ccd6' },
  absent: { key: 'absent', label: 'Không có trong dữ liệu', color: '#f3f3f0' },
} as const satisfies Record<string, ScaleClass>;

export const STATUS_CLASSES: ScaleClass[] = [
  { key: 'kieu_mau', label: 'Đạt chuẩn NTM kiểu mẫu', color: '#00441b' },
  { key: 'nang_cao', label: 'Đạt chuẩn NTM nâng cao', color: '#238b45' },
  { key: 'ntm', label: 'Đạt chuẩn NTM', color: '#74c476' },
  { key: 'partial', label: 'Một phần các xã cũ đạt chuẩn', color: '#f5d67b' },
  { key: 'none', label: 'Chưa đạt chuẩn', color: '#e8893a' },
];

/** Criteria met, on the set's size: all / ≥ ¾ / ≥ ½ / fewer (averages of former communes fall between). */
export function criteriaClasses(required: number): ScaleClass[] {
  const q3 = Math.ceil(required * 0.75);
  const half = Math.ceil(required / 2);
  return [
    { key: 'c4', label: `Đủ ${required} tiêu chí`, color: '#006837', min: required },
    { key: 'c3', label: `Từ ${q3} đến dưới ${required} tiêu chí`, color: '#31a354', min: q3 },
    { key: 'c2', label: `Từ ${half} đến dưới ${q3} tiêu chí`, color: '#addd8e', min: half },
    { key: 'c1', label: `Dưới ${half} tiêu chí`, color: '#f7fcb9', min: -Infinity },
  ];
}

export const SHARE_CLASSES: ScaleClass[] = [
  { key: 's4', label: '100% chỉ tiêu', color: '#08589e', min: 1 },
  { key: 's3', label: 'Từ 75% đến dưới 100%', color: '#4eb3d3', min: 0.75 },
  { key: 's2', label: 'Từ 50% đến dưới 75%', color: '#a8ddb5', min: 0.5 },
  { key: 's1', label: 'Dưới 50%', color: '#f0f9e8', min: -Infinity },
];

export const OCOP_CLASSES: ScaleClass[] = [
  { key: 'o3', label: 'Từ 4 sản phẩm trở lên', color: '#6a51a3', min: 4 },
  { key: 'o2', label: '2–3 sản phẩm', color: '#9e9ac8', min: 2 },
  { key: 'o1', label: '1 sản phẩm', color: '#cbc9e2', min: 1 },
  { key: 'o0', label: 'Không có sản phẩm', color: '#f2f0f7', min: -Infinity },
];

/** 1234 → 1200, 0.37 → 0.37: two significant digits, so class bounds read as round figures. */
export function roundNice(x: number): number {
  if (x <= 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / p) * p;
}

const AMOUNT_COLORS = ['#a63603', '#e6550d', '#fd8d3c', '#fdd0a2'];

/**
 * Four classes of amounts (nghìn đồng) by quartile of the communes that have a figure, bounds rounded
 * to two significant digits of triệu đồng; fewer classes when the figures do not spread.
 */
export function amountClasses(values: number[]): ScaleClass[] {
  const trieu = values
    .filter((v) => v > 0)
    .map((v) => v / 1000)
    .sort((a, b) => a - b);
  const q = (f: number) => trieu[Math.min(trieu.length - 1, Math.floor(f * trieu.length))] ?? 0;
  const bounds = [...new Set([q(0.75), q(0.5), q(0.25)].map(roundNice).filter((b) => b > 0))].sort((a, b) => b - a);
  const out: ScaleClass[] = [];
  const fmt = (b: number) => formatNumber(b, 2);
  bounds.forEach((b, i) => {
    const upper = bounds[i - 1];
    out.push({
      key: `a${bounds.length - i + 1}`,
      label: upper === undefined ? `Từ ${fmt(b)} triệu đồng trở lên` : `Từ ${fmt(b)} đến dưới ${fmt(upper)} triệu đồng`,
      color: AMOUNT_COLORS[i]!,
      min: b * 1000,
    });
  });
  const lowest = bounds[bounds.length - 1];
  out.push({
    key: 'a1',
    label: lowest === undefined ? 'Có số liệu' : `Dưới ${fmt(lowest)} triệu đồng`,
    color: AMOUNT_COLORS[Math.min(bounds.length, AMOUNT_COLORS.length - 1)]!,
    min: -Infinity,
  });
  return out;
}

/** The first class whose lower bound the value reaches (classes are ordered high to low). */
export function classify(classes: ScaleClass[], value: number): ScaleClass {
  return classes.find((c) => value >= (c.min ?? -Infinity)) ?? classes[classes.length - 1]!;
}

/**
 * The standing of a new unit from the levels its communes held: one commune → its own level; several
 * former communes → the lowest level when all hold one, "partial" when only some do.
 */
export function combineLevels(levels: (Level | null)[]): { key: string; held: number } {
  const held = levels.filter((l): l is Level => l !== null);
  if (!levels.length || !held.length) return { key: 'none', held: 0 };
  if (held.length < levels.length) return { key: 'partial', held: held.length };
  const lowest = held.reduce((lo, l) => (LEVELS.indexOf(l) < LEVELS.indexOf(lo) ? l : lo));
  return { key: lowest, held: held.length };
}

/** The mean of the figures that exist, or null when none does ("chưa có số liệu", never 0). */
export function meanOf(values: (number | null)[]): { mean: number; n: number } | null {
  const xs = values.filter((v): v is number => v !== null);
  if (!xs.length) return null;
  return { mean: xs.reduce((s, v) => s + v, 0) / xs.length, n: xs.length };
}

/** "17 tiêu chí" for one commune, "bình quân 17,3 tiêu chí" for several. */
export function criteriaFigure(mean: number, n: number): string {
  return n > 1 ? `bình quân ${formatDecimal1(mean)} tiêu chí` : `${formatNumber(mean, 1)} tiêu chí`;
}
