/**
 * Indicator evaluation: how an indicator value is entered, stored and judged against the threshold
 * of the commune's group (QĐ 51) or region (QĐ 318), and how a criterion's đạt follows from its
 * indicators. One rule for the grid, the panel, imports and the shortfall list.
 */
import { parseResultText } from './criteria-values';
import { searchKey } from '../format/text';

/** How an indicator is entered; the contract accepts exactly these. */
export const VALUE_KINDS = ['number', 'percent', 'yesno', 'grade'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];
/** How a value is compared with its threshold ('dat' = a yes/no «Đạt»). */
export const COMPARATORS = ['>=', '<=', '=', '>', '<', 'dat'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const VALUE_KIND_LABEL: Record<ValueKind, string> = {
  number: 'Số',
  percent: 'Tỷ lệ %',
  yesno: 'Đạt/Không',
  grade: 'Xếp loại',
};
export const COMPARATOR_LABEL: Record<Comparator, string> = {
  dat: 'Đạt',
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

/** A set's thresholds differ by QĐ 318 region or by QĐ 51 commune group. */
export const THRESHOLD_BY = ['region', 'group'] as const;
export const COMMUNE_GROUPS = [1, 2, 3] as const;
export const groupKey = (group: number) => `nhom${group}`;
export const GROUP_LABEL = (group: number) => `Nhóm ${group}`;
/** Excel and UI spelling of «không áp dụng». */
export const NOT_APPLICABLE_TEXT = 'Không áp dụng';

export interface IndicatorRule {
  comparator: string;
  valueKind: string;
  /** Best first. */
  grades: string;
}

export interface ThresholdRule {
  value: string;
  notApplicable: boolean;
}

export type IndicatorStatus = 'met' | 'unmet' | 'missing' | 'na' | 'no_threshold';

export const STATUS_LABEL: Record<IndicatorStatus, string> = {
  met: 'Đạt',
  unmet: 'Chưa đạt',
  missing: 'Chưa có số liệu',
  na: 'Không áp dụng',
  no_threshold: 'Chưa có ngưỡng',
};

export const gradeList = (grades: string): string[] =>
  grades
    .split(';')
    .map((g) => g.trim())
    .filter(Boolean);

/** "80", "80%", "1.234,5", "12,5" → number (Vietnamese decimal comma accepted), or null. */
export function parseNumberText(raw: string): number | null {
  let t = raw.trim().replace(/%$/, '').replace(/\s/g, '');
  if (!t) return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export type ParsedValue = { kind: 'value'; value: string } | { kind: 'empty' } | { kind: 'invalid'; message: string };

/** Reads what a person typed for an indicator into its stored form ('12.5', 'dat'/'khong', a grade). */
export function parseIndicatorValue(rule: IndicatorRule, raw: string): ParsedValue {
  const text = raw.trim();
  if (!text) return { kind: 'empty' };
  const kind = rule.valueKind as ValueKind;
  if (kind === 'yesno' || rule.comparator === 'dat') {
    const p = parseResultText(text);
    if (p.kind === 'met') return { kind: 'value', value: 'dat' };
    if (p.kind === 'unmet') return { kind: 'value', value: 'khong' };
    return { kind: 'invalid', message: `«${text}» không hợp lệ: ghi «Đạt» hoặc «Không»` };
  }
  if (kind === 'grade') {
    const grades = gradeList(rule.grades);
    const hit = grades.find((g) => searchKey(g) === searchKey(text));
    return hit
      ? { kind: 'value', value: hit }
      : {
          kind: 'invalid',
          message: `«${text}» không phải một mức xếp loại (${grades.join(', ') || 'chưa khai báo mức'})`,
        };
  }
  const n = parseNumberText(text);
  if (n === null) return { kind: 'invalid', message: `«${text}» không phải số` };
  if (kind === 'percent' && (n < 0 || n > 100)) return { kind: 'invalid', message: `tỷ lệ ${text} phải từ 0 đến 100` };
  return { kind: 'value', value: String(n) };
}

// One formatter for every value: building an Intl formatter per call costs ~0.1 ms, too much for a province.
const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

/** A stored value as a person reads it: 74,5; 74,5%; Đạt; Khá. */
export function showIndicatorValue(rule: IndicatorRule, stored: string | null): string {
  if (stored === null) return '';
  if (stored === 'dat') return 'Đạt';
  if (stored === 'khong') return 'Không';
  if (rule.valueKind === 'grade') return stored;
  const n = Number(stored);
  if (!Number.isFinite(n)) return stored;
  const s = VI_NUMBER.format(n);
  return rule.valueKind === 'percent' ? `${s}%` : s;
}

function compare(comparator: string, a: number, b: number): boolean {
  switch (comparator) {
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '=':
      return a === b;
    default:
      return false;
  }
}

/** One indicator of one commune against the threshold of its group (or region). */
export function evaluateIndicator(
  rule: IndicatorRule,
  threshold: ThresholdRule | undefined,
  stored: string | null,
): IndicatorStatus {
  return compileIndicator(rule, threshold)(stored);
}

/**
 * The same judgement prepared once per indicator and group, so a whole province's values
 * (hundreds of thousands) are judged without re-reading the threshold each time.
 */
export function compileIndicator(
  rule: IndicatorRule,
  threshold: ThresholdRule | undefined,
): (stored: string | null) => IndicatorStatus {
  if (!threshold) return () => 'no_threshold';
  if (threshold.notApplicable) return () => 'na';
  if (rule.valueKind === 'yesno' || rule.comparator === 'dat')
    return (v) => (v === null ? 'missing' : v === 'dat' ? 'met' : 'unmet');
  if (rule.valueKind === 'grade') {
    const grades = gradeList(rule.grades).map(searchKey);
    const t = grades.indexOf(searchKey(threshold.value));
    if (t < 0) return (v) => (v === null ? 'missing' : 'no_threshold');
    // Best grade first: a lower index is a better grade, so "≥ Khá" means an index ≤ Khá's.
    return (v) => {
      if (v === null) return 'missing';
      const i = grades.indexOf(searchKey(v));
      return i >= 0 && compare(rule.comparator, t, i) ? 'met' : 'unmet';
    };
  }
  const numeric = numericJudge(rule, threshold);
  if (!numeric) return (v) => (v === null ? 'missing' : 'no_threshold');
  return (v) => (v === null ? 'missing' : numeric(Number(v)));
}

/**
 * The judgement of a stored number (already read as a number) for a number or percent indicator
 * with a numeric threshold; null for any other indicator or threshold. compileIndicator uses it,
 * and the shortfall list calls it on numbers it reads straight from the stored text.
 */
export function numericJudge(
  rule: IndicatorRule,
  threshold: ThresholdRule | undefined,
): ((n: number) => IndicatorStatus) | null {
  if (
    !threshold ||
    threshold.notApplicable ||
    rule.valueKind === 'yesno' ||
    rule.comparator === 'dat' ||
    rule.valueKind === 'grade'
  )
    return null;
  const t = parseNumberText(threshold.value);
  if (t === null) return null;
  const c = rule.comparator;
  return (n) => (compare(c, n, t) ? 'met' : 'unmet');
}

/**
 * A criterion from its indicators: any unmet → unmet; otherwise every one met or not applicable →
 * met; otherwise (a value or threshold missing) not known yet (null).
 */
export function criterionFromIndicators(statuses: readonly IndicatorStatus[]): boolean | null {
  if (!statuses.length) return null;
  let unknown = false;
  for (const s of statuses) {
    if (s === 'unmet') return false;
    if (s === 'missing' || s === 'no_threshold') unknown = true;
  }
  return unknown ? null : true;
}

/** The threshold key that applies to a commune: its group under a by-group set, its region (else national) otherwise. */
export function thresholdFor<T>(
  thresholdBy: string,
  byKey: ReadonlyMap<string, T>,
  commune: { group: number | null; region: string | null },
): T | undefined {
  if (thresholdBy === 'group') return commune.group ? byKey.get(groupKey(commune.group)) : undefined;
  return (commune.region ? byKey.get(commune.region) : undefined) ?? byKey.get('chung');
}

/** What a commune must still do for a recognition: the criteria not met (or not entered). */
export function missingCriteria<C extends { id: number }>(
  criteria: readonly C[],
  met: ReadonlyMap<number, boolean>,
): C[] {
  return criteria.filter((c) => met.get(c.id) !== true);
}
