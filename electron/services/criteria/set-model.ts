/**
 * A criteria set loaded for evaluation: criteria, their indicators and thresholds by group/region key,
 * and the rule that turns a commune's indicator values into criterion results kept in
 * `criterion_results` (the table the grid reads), with overrides applied.
 */
import type { AppDb } from '../../../db/open';
import { criteriaOfSet, getCriteriaSet, indicatorsOfSet, thresholdsOfSet } from '../../../db/repositories/criteria';
import { groupsAt, overridesOf, regionsOf, valuesOf } from '../../../db/repositories/criteria-values';
import { AppError } from '../../../shared/errors';
import {
  COMPARATOR_LABEL,
  criterionFromIndicators,
  evaluateIndicator,
  parseNumberText,
  showIndicatorValue,
  thresholdFor,
  type Comparator,
  type IndicatorStatus,
  type ThresholdRule,
} from '../../../shared/domain/criteria-eval';
import { yearEnd } from '../../../shared/format/date';
import type { IndicatorFields, ResultChange } from '../../../shared/models/criteria';
import { resultsOf } from '../../../db/repositories/criteria';
import { writeResults } from './matrix';

/** The indicator fields of a row that has more. */
export const indicatorFields = (i: IndicatorFields): IndicatorFields => ({
  code: i.code,
  name: i.name,
  unit: i.unit,
  comparator: i.comparator,
  valueKind: i.valueKind,
  grades: i.grades,
});

export interface ModelIndicator extends IndicatorFields {
  id: number;
  criterionId: number;
  thresholds: Map<string, ThresholdRule & { verified: boolean; source: string }>;
}

export interface ModelCriterion {
  id: number;
  no: number;
  name: string;
  indicators: ModelIndicator[];
}

export interface SetModel {
  id: number;
  name: string;
  code: string;
  thresholdBy: string;
  yearFrom: number;
  yearTo: number;
  criteria: ModelCriterion[];
  indicatorById: Map<number, ModelIndicator>;
}

export function loadSetModel(db: AppDb, setId: number): SetModel {
  const set = getCriteriaSet(db, setId);
  if (!set) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ tiêu chí.');
  const byIndicator = new Map<number, ModelIndicator['thresholds']>();
  for (const t of thresholdsOfSet(db, setId)) {
    const m = byIndicator.get(t.indicatorId) ?? new Map();
    m.set(t.region, { value: t.value, notApplicable: t.notApplicable, verified: t.verified, source: t.source });
    byIndicator.set(t.indicatorId, m);
  }
  const criteria: ModelCriterion[] = criteriaOfSet(db, setId).map((c) => ({
    id: c.id,
    no: c.no,
    name: c.name,
    indicators: [],
  }));
  const byCriterion = new Map(criteria.map((c) => [c.id, c]));
  const indicatorById = new Map<number, ModelIndicator>();
  for (const i of indicatorsOfSet(db, setId)) {
    const ind: ModelIndicator = { ...i, thresholds: byIndicator.get(i.id) ?? new Map() };
    byCriterion.get(i.criterionId)?.indicators.push(ind);
    indicatorById.set(i.id, ind);
  }
  return {
    id: set.id,
    name: set.name,
    code: set.code,
    thresholdBy: set.thresholdBy,
    yearFrom: set.yearFrom,
    yearTo: set.yearTo,
    criteria,
    indicatorById,
  };
}

export interface CommuneKey {
  group: number | null;
  region: string | null;
}

/** Group (in force at the year's end) and region of some communes. */
export function communeKeys(db: AppDb, year: number, communeIds: number[]): Map<number, CommuneKey> {
  const groups = groupsAt(db, yearEnd(year), communeIds);
  const regions = regionsOf(db, communeIds);
  return new Map(
    communeIds.map((id) => [id, { group: groups.get(id)?.groupNo ?? null, region: regions.get(id) ?? null }]),
  );
}

export const thresholdText = (i: ModelIndicator, t: ThresholdRule | undefined): string => {
  if (!t) return '';
  if (t.notApplicable) return 'Không áp dụng';
  if (i.valueKind === 'yesno' || i.comparator === 'dat') return 'Đạt';
  const n = i.valueKind === 'grade' ? null : parseNumberText(t.value);
  const shown = n === null ? t.value : showIndicatorValue(i, String(n));
  return `${COMPARATOR_LABEL[i.comparator as Comparator] ?? i.comparator} ${shown}${i.unit && i.unit !== '%' ? ` ${i.unit}` : ''}`;
};

export function indicatorStatus(
  model: SetModel,
  i: ModelIndicator,
  key: CommuneKey,
  value: string | null,
): IndicatorStatus {
  return evaluateIndicator(i, thresholdFor(model.thresholdBy, i.thresholds, key), value);
}

/**
 * Recomputes, for some communes and a year, the criteria whose đạt follows from indicator values,
 * and writes the outcome into criterion_results (audited) inside the caller's transaction. A
 * criterion is computed for a commune once it has a value or an override there (or when `touched`
 * names it, e.g. after its last value was removed); otherwise its hand-entered mark stays.
 */
export function syncCriterionResults(
  tx: AppDb,
  model: SetModel,
  year: number,
  communeIds: number[],
  at: Date,
  imported = false,
  touched?: Set<string>,
): number {
  const computedCriteria = model.criteria.filter((c) => c.indicators.length);
  if (!computedCriteria.length || !communeIds.length) return 0;
  const keys = communeKeys(tx, year, communeIds);
  const values = new Map<string, string>();
  for (const v of valuesOf(tx, year, communeIds)) values.set(`${v.communeId}:${v.indicatorId}`, v.value);
  const overrides = new Map(overridesOf(tx, year, communeIds).map((o) => [`${o.communeId}:${o.criterionId}`, o.met]));
  const changes: ResultChange[] = [];
  for (const communeId of communeIds) {
    const key = keys.get(communeId)!;
    for (const c of computedCriteria) {
      const o = overrides.get(`${communeId}:${c.id}`);
      const cellValues = c.indicators.map((i) => values.get(`${communeId}:${i.id}`) ?? null);
      if (o === undefined && cellValues.every((v) => v === null) && !touched?.has(`${communeId}:${c.id}`)) continue;
      const met =
        o ?? criterionFromIndicators(c.indicators.map((i, k) => indicatorStatus(model, i, key, cellValues[k]!)));
      changes.push({ communeId, criterionId: c.id, met });
    }
  }
  return writeResults(tx, year, changes, at, imported);
}

/** The criterion results of a commune and year (after sync), for the recognition check. */
export function metByCriterion(db: AppDb, year: number, communeId: number): Map<number, boolean> {
  return new Map(resultsOf(db, year, [communeId]).map((r) => [r.criterionId, r.met]));
}
