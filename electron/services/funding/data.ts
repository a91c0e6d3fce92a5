/** Reads a year's funding: the roll-up over the unit tree and the works with their figures. */
import type { ServiceContext } from '../context';
import { Rollup } from '../../../shared/domain/funding-rollup';
import { STAGES, type FundingStage, type WorkRow, type WorkStatus } from '../../../shared/models/funding';
import { allocatedAllYears, criteriaOfYear, listWorksOfYear, rollupEntries, workAmounts } from '../../../db/repositories/funding';
import { loadSources, yearTree, type Sources, type YearTree } from './common';

export interface YearRollup {
  sources: Sources;
  tree: YearTree;
  rollup: Rollup;
}

export function yearRollup(ctx: ServiceContext, year: number, cutoff: string): YearRollup {
  const sources = loadSources(ctx);
  const tree = yearTree(ctx, year);
  const entries = rollupEntries(ctx.db, year, cutoff).map((e) => ({
    unitId: e.unitId,
    direct: !!e.direct,
    sourceCode: sources.byId.get(e.sourceId)?.code ?? '',
    stage: e.stage,
    amount: e.amount,
  }));
  return { sources, tree, rollup: new Rollup(sources.codes, tree.units, entries) };
}

export const emptyAmounts = (): Record<FundingStage, Record<string, number>> => ({ need: {}, allocated: {}, disbursed: {} });

export interface WorksFilter {
  districtId?: number;
  communeId?: number;
}

/** The year's works of the year's xã (optionally of one district-level unit or xã), with their figures. */
export function worksOfYear(ctx: ServiceContext, year: number, cutoff: string, tree: YearTree, sources: Sources, filter: WorksFilter = {}): WorkRow[] {
  const criteria = new Map(criteriaOfYear(ctx.db, year).map((c) => [c.no, c.name]));
  const works = listWorksOfYear(ctx.db, year).filter((w) => {
    const c = w.communeId === null ? undefined : tree.communeById.get(w.communeId);
    if (!c) return false;
    return (filter.districtId === undefined || c.districtId === filter.districtId) && (filter.communeId === undefined || c.id === filter.communeId);
  });
  const secured = allocatedAllYears(ctx.db);
  const amounts = new Map(works.map((w) => [w.id, emptyAmounts()]));
  // A short filtered list asks for its own works' figures; otherwise one pass over the year.
  const filtered = filter.districtId !== undefined || filter.communeId !== undefined;
  const all = workAmounts(ctx.db, year, cutoff, filtered && works.length <= 500 ? works.map((w) => w.id) : undefined);
  for (const a of all) {
    const target = amounts.get(a.workId);
    const code = sources.byId.get(a.sourceId)?.code;
    if (target && code && (STAGES as readonly string[]).includes(a.stage)) target[a.stage][code] = (target[a.stage][code] ?? 0) + a.amount;
  }
  return works.map((w) => {
    const c = tree.communeById.get(w.communeId!)!;
    return {
      id: w.id,
      communeId: c.id,
      communeName: c.name,
      districtId: c.districtId,
      districtName: c.districtName,
      name: w.name,
      criterionNo: w.criterionNo,
      criterionName: w.criterionNo === null ? '' : (criteria.get(w.criterionNo) ?? ''),
      startYear: w.startYear,
      endYear: w.endYear,
      status: w.status as WorkStatus,
      committedValue: w.committedValue,
      notes: w.notes,
      sample: w.source === 'sample',
      amounts: amounts.get(w.id)!,
      allocatedAllYears: secured.get(w.id) ?? 0,
    };
  });
}
