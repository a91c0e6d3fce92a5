/**
 * OCOP scoring: points → stars (QĐ 1048 and QĐ 148 share the bands), each part's maximum from the
 * criteria version in force on the evaluation date, council averages, and the mandatory-criterion cap.
 * All points are integers in hundredths so totals and band edges are exact.
 */
import { formatNumber } from '../format/number';
import type { VersionLimits } from '../models/ocop';
import { pointsFromWhole, pointsHundredths, pointsValue, type PointsHundredths } from '../models/units-of-measure';

export type { VersionLimits };

export type Part = 'A' | 'B' | 'C';
export const PARTS: Part[] = ['A', 'B', 'C'];
export const PART_LABEL: Record<Part, string> = {
  A: 'Phần A — Sản phẩm và sức mạnh cộng đồng',
  B: 'Phần B — Khả năng tiếp thị',
  C: 'Phần C — Chất lượng sản phẩm',
};

export interface Points {
  pointsA: PointsHundredths;
  pointsB: PointsHundredths;
  pointsC: PointsHundredths;
}

/** Lower edge of each star band, in hundredths: <30 → 1★, 30–<50 → 2★, 50–<70 → 3★, 70–<90 → 4★, 90–100 → 5★. */
const BANDS: [PointsHundredths, 1 | 2 | 3 | 4 | 5][] = [
  [pointsFromWhole(90), 5],
  [pointsFromWhole(70), 4],
  [pointsFromWhole(50), 3],
  [pointsFromWhole(30), 2],
];

export function starsFromTotal(totalHundredths: PointsHundredths): 1 | 2 | 3 | 4 | 5 {
  for (const [edge, stars] of BANDS) if (totalHundredths >= edge) return stars;
  return 1;
}

/** The highest star level a product failing a mandatory criterion can get. */
export const MANDATORY_CAP = 2;

/** 7250 → "72,5"; 7000 → "70". */
export const formatPoints = (hundredths: PointsHundredths): string => formatNumber(pointsValue(hundredths), 2);

export const maxOf = (v: VersionLimits, part: Part): number => (part === 'A' ? v.maxA : part === 'B' ? v.maxB : v.maxC);
const pointsOf = (p: Points, part: Part): PointsHundredths =>
  part === 'A' ? p.pointsA : part === 'B' ? p.pointsB : p.pointsC;

/** The version in force on a date: the latest whose effectiveFrom is on or before it. */
export function versionAt<V extends VersionLimits>(versions: V[], dateIso: string): V | undefined {
  let best: V | undefined;
  for (const v of versions) if (v.effectiveFrom <= dateIso && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  return best;
}

/** Checks one part's points against the version; returns a Vietnamese message or null. */
export function partProblem(v: VersionLimits, part: Part, hundredths: PointsHundredths): string | null {
  if (!Number.isInteger(hundredths) || hundredths < 0)
    return `Điểm phần ${part} phải là số không âm, tối đa 2 chữ số thập phân.`;
  const max = maxOf(v, part);
  if (hundredths > pointsFromWhole(max)) {
    return `Điểm phần ${part} (${formatPoints(hundredths)}) vượt điểm tối đa ${max} của phần ${part} theo ${v.decision}.`;
  }
  return null;
}

/** Every problem of a score sheet, by part. */
export function pointsProblems(v: VersionLimits, p: Points): { part: Part; message: string }[] {
  const out: { part: Part; message: string }[] = [];
  for (const part of PARTS) {
    const m = partProblem(v, part, pointsOf(p, part));
    if (m) out.push({ part, message: m });
  }
  return out;
}

/** Parses "38", "38,5", "38.25" into hundredths; null if not a number with at most 2 decimals. */
export function parsePoints(text: string): PointsHundredths | null {
  const s = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return null;
  const [i = '0', f = ''] = s.split('.');
  return pointsHundredths(Number(i) * 100 + Number(f.padEnd(2, '0')));
}

const roundDiv = (sum: number, n: number): number => Math.floor((2 * sum + n) / (2 * n)); // half up, integers only

/**
 * The council's result from its members' sheets: each part and the total averaged, rounded half up
 * to hundredths. The total is the average of the members' totals ("tổng điểm trung bình").
 */
export function averageOfMembers(members: Points[]): Points & { total: PointsHundredths } {
  if (!members.length) throw new Error('averageOfMembers: no members');
  const n = members.length;
  const sum = (f: (m: Points) => number) => members.reduce((s, m) => s + f(m), 0);
  return {
    pointsA: pointsHundredths(
      roundDiv(
        sum((m) => m.pointsA),
        n,
      ),
    ),
    pointsB: pointsHundredths(
      roundDiv(
        sum((m) => m.pointsB),
        n,
      ),
    ),
    pointsC: pointsHundredths(
      roundDiv(
        sum((m) => m.pointsC),
        n,
      ),
    ),
    total: pointsHundredths(
      roundDiv(
        sum((m) => m.pointsA + m.pointsB + m.pointsC),
        n,
      ),
    ),
  };
}

export interface Rating {
  total: PointsHundredths;
  /** Stars from the points alone. */
  pointStars: 1 | 2 | 3 | 4 | 5;
  /** Stars awarded (capped at 2★ when a mandatory criterion failed). */
  stars: 1 | 2 | 3 | 4 | 5;
  capped: boolean;
  /** Why the stars were capped, for the person. */
  capReason: string | null;
}

export function rate(total: PointsHundredths, mandatoryFailed: boolean): Rating {
  const pointStars = starsFromTotal(total);
  const capped = mandatoryFailed && pointStars > MANDATORY_CAP;
  return {
    total,
    pointStars,
    stars: capped ? MANDATORY_CAP : pointStars,
    capped,
    capReason: capped
      ? `Đạt ${formatPoints(total)} điểm (mức ${pointStars} sao) nhưng không đạt tiêu chí bắt buộc nên chỉ được xếp ${MANDATORY_CAP} sao.`
      : mandatoryFailed
        ? 'Không đạt tiêu chí bắt buộc: không được xếp từ 3 sao trở lên.'
        : null,
  };
}
