/**
 * What the documents domain needs to write about NTM: plan section II.1 and Phụ lục 1
 * (criteriaPlanData) and a periodic report's results section (criteriaReportData).
 * Plain functions over the service context, not channels: the document builders call them.
 */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { computeFigures, LEVELS, type Level } from '../../../shared/domain/ntm-figures';
import type {
  CriteriaPlanData,
  CriteriaReportData,
  CriterionTally,
  PlanCommune,
  TargetProgress,
  TargetRow,
} from '../../../shared/models/criteria';
import { criteriaOfSet, anySampleResults } from '../../../db/repositories/criteria';
import { summaryMasks } from '../../../db/repositories/criteria-summary';
import { recognitionsDecidedBetween, revocationsBetween } from '../../../db/repositories/recognitions';
import { getProvince } from '../../../db/repositories/units';
import { atRiskOf, figuresByDistrict, projectionsOf, standingsAt, statedAverages } from './figures';
import { listTargets } from './targets';
import { toRecognitionRow } from './recognitions';
import { heldLevels } from './common';
import { yearEnd } from '../../../shared/format/date';

const planCommune = (t: TargetRow): PlanCommune => ({
  communeId: t.communeId,
  name: t.communeName,
  districtFullName: t.districtFullName,
  label: t.communeLabel,
  targetCriteria: t.targetCriteria,
  baselineCriteria: t.baselineCriteria,
  notes: t.notes,
});

/** Plan data for a year: baseline (end of last year), targets per level with projections, Phụ lục 1. */
export function criteriaPlanData(ctx: ServiceContext, year: number): CriteriaPlanData {
  const now = standingsAt(ctx, year);
  const before = standingsAt(ctx, year - 1);
  const targets = listTargets(ctx, year);
  const projections = projectionsOf(ctx, now);
  // Section II names communes in the order the office entered them (the plan's own order).
  const inEntryOrder = [...targets].sort((a, b) => a.id - b.id);
  const appendix: CriteriaPlanData['appendix'] = [];
  for (const t of targets) {
    let group = appendix.find((g) => g.districtId === t.districtId);
    if (!group)
      appendix.push((group = { districtId: t.districtId, districtFullName: t.districtFullName, targets: [] }));
    group.targets.push(t);
  }
  return {
    year,
    provinceName: getProvince(ctx.db, yearEnd(year))?.name ?? '',
    set: now.set,
    communeTotal: now.communes.length,
    baseline: computeFigures(before.standings, year - 1, before.required),
    current: computeFigures(now.standings, year, now.required),
    levels: LEVELS.map((level) => ({
      level,
      official: inEntryOrder.filter((t) => t.level === level && t.kind === 'official').map(planCommune),
      stretch: inEntryOrder.filter((t) => t.level === level && t.kind === 'stretch').map(planCommune),
      projection: projections.find((p) => p.level === level)!,
    })),
    criteriaCountTargets: inEntryOrder.filter((t) => t.level === 'tieu_chi').map(planCommune),
    ...statedAverages(ctx, year),
    appendix,
    sampleData: anySampleResults(ctx.db, year),
  };
}

/** Per criterion of the set: communes that met it and communes with a result, from the maintained summary (one row per commune). */
function criterionTallies(
  ctx: ServiceContext,
  year: number,
  setId: number | null,
  communeIds: number[],
): CriterionTally[] {
  if (setId === null) return [];
  const wanted = new Set(communeIds);
  const masks = summaryMasks(ctx.db, year, setId).filter((m) => wanted.has(m.communeId));
  return criteriaOfSet(ctx.db, setId).map((c) => {
    const bit = 2 ** c.no;
    let communesMet = 0;
    let communesEntered = 0;
    for (const m of masks) {
      // Divide rather than shift: bit operators are 32-bit (as resultsFromMasks does for high numbers).
      if (Math.floor(m.knownMask / bit) % 2 === 1) communesEntered++;
      if (Math.floor(m.metMask / bit) % 2 === 1) communesMet++;
    }
    return { criterionId: c.id, no: c.no, name: c.name, communesMet, communesEntered };
  });
}

/**
 * Report data for the period from 1 January of `year` to `periodEndIso` (a 6-month report: 30/06;
 * the annual one: 31/12): recognitions and revocations decided in the period, cumulative figures at
 * its end, bands, criteria tallies, progress against the year's targets, communes at risk.
 */
export function criteriaReportData(ctx: ServiceContext, year: number, periodEndIso: string): CriteriaReportData {
  const periodStart = `${year}-01-01`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(periodEndIso) || periodEndIso < periodStart || periodEndIso > yearEnd(year)) {
    throw new AppError('VALIDATION', `Ngày cuối kỳ báo cáo (${periodEndIso}) phải nằm trong năm ${year}.`);
  }
  const atEnd = standingsAt(ctx, year, periodEndIso);
  const previous = standingsAt(ctx, year - 1);
  const held = heldLevels(ctx, periodEndIso);
  const communeIds = atEnd.communes.map((c) => c.id);
  const targets = listTargets(ctx, year);
  const achieved = (t: TargetRow) => {
    const h = held.get(t.communeId);
    if (t.level === 'tieu_chi') return t.targetCriteria !== null && (t.currentCriteria ?? 0) >= t.targetCriteria;
    return !!h && LEVELS.indexOf(h.level) >= LEVELS.indexOf(t.level as Level);
  };
  const progress: TargetProgress[] = LEVELS.map((level) => ({
    level,
    official: targets
      .filter((t) => t.level === level && t.kind === 'official')
      .map((t) => ({ label: t.communeLabel, achieved: achieved(t) })),
    stretch: targets
      .filter((t) => t.level === level && t.kind === 'stretch')
      .map((t) => ({ label: t.communeLabel, achieved: achieved(t) })),
  }));
  return {
    year,
    periodStart,
    periodEnd: periodEndIso,
    provinceName: getProvince(ctx.db, periodEndIso)?.name ?? '',
    set: atEnd.set,
    recognised: recognitionsDecidedBetween(ctx.db, periodStart, periodEndIso).map(toRecognitionRow),
    revoked: revocationsBetween(ctx.db, periodStart, periodEndIso).map(toRecognitionRow),
    figures: computeFigures(atEnd.standings, year, atEnd.required),
    previousYearEnd: computeFigures(previous.standings, year - 1, previous.required),
    byDistrict: figuresByDistrict(atEnd),
    criteria: criterionTallies(ctx, year, atEnd.set?.id ?? null, communeIds),
    targets: progress,
    atRisk: atRiskOf(atEnd),
    sampleData: anySampleResults(ctx.db, year),
  };
}
