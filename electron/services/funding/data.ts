/** Reads a year's funding: the roll-up over the unit tree and the works with their figures. */
import type { ServiceContext } from '../context';
import { Rollup } from '../../domain/funding-rollup';
import {
  STAGES,
  type FundingStage,
  type FundingWarning,
  type WorkRow,
  type WorkStatus,
} from '../../../shared/models/funding';
import { checkWork } from '../../domain/funding-warnings';
import {
  allocatedAllYears,
  criteriaOfYear,
  listWorksOfYear,
  scanYearFigures,
  type WorkRecord,
} from '../../../db/repositories/funding';
import {
  firstWorksOfYear,
  worksOfCommunes,
  worksOfYearByIds,
  worksToCheck,
} from '../../../db/repositories/funding-works';
import { yearEnd } from '../../../shared/format/date';
import { thousandVnd } from '../../../shared/models/units-of-measure';
import {
  childrenOutsideTree,
  disbursedByCommune,
  plannedByCommune,
  sumsOfCommunes,
  zeroFiguresByCommune,
} from '../../../db/repositories/funding-summary';
import { loadSources, parentIds, treePart, yearTree, type Sources, type TreeSource, type YearTree } from './common';
import { figuresOfWorks, parentSumRows, warnedWorks } from '../../../db/repositories/funding-screen';

export interface YearRollup {
  sources: Sources;
  tree: YearTree;
  rollup: Rollup;
}

/** A figure in force: `holder` is the work id, or minus the unit id for a unit's own figure. */
type InForce = (holder: number, unitId: number, sourceId: number, stage: number, amount: number) => void;

/**
 * Emits each figure in force in the year: need and allocated as stored; for disbursement, per
 * holder and source, the latest snapshot on or before the cut-off (a cumulative figure).
 * `unitId` is the unit of a unit's own figure, or with `communeOf` the commune of a work (else 0).
 */
export function figuresInForce(
  ctx: ServiceContext,
  year: number,
  cutoff: string,
  emit: InForce,
  communeOf?: Map<number, number>,
  unitsOnly = false,
): void {
  const unit = (holder: number) => (holder < 0 ? -holder : (communeOf?.get(holder) ?? 0));
  // Latest snapshot per (holder, source), in parallel arrays: no object per row.
  const at = new Map<number, number>();
  const dates: number[] = [];
  const amounts: number[] = [];
  const holders: number[] = [];
  const sourceIds: number[] = [];
  scanYearFigures(
    ctx.sqlite,
    year,
    cutoff,
    {
      planned: (holder, sourceId, stage, amount) => emit(holder, unit(holder), sourceId, stage, amount),
      disbursed: (holder, sourceId, amount, date) => {
        const key = holder * 4096 + sourceId;
        const i = at.get(key);
        if (i === undefined) {
          at.set(key, dates.length);
          dates.push(date);
          amounts.push(amount);
          holders.push(holder);
          sourceIds.push(sourceId);
        } else if (date >= dates[i]!) {
          // Rows come in insertion order: on equal dates the later row wins.
          dates[i] = date;
          amounts[i] = amount;
        }
      },
    },
    unitsOnly,
  );
  for (let i = 0; i < dates.length; i++) emit(holders[i]!, unit(holders[i]!), sourceIds[i]!, 2, amounts[i]!);
}

/**
 * The year's roll-up at a cut-off: the works' figures come summed per commune from the maintained
 * summary (funding_commune_sums), the units' own figures from their few stored rows.
 */
export function yearRollup(ctx: ServiceContext, year: number, cutoff: string): YearRollup {
  const sources = loadSources(ctx);
  const tree = yearTree(ctx, year);
  const rollup = new Rollup(sources.codes, tree.units);
  // Plain arrays indexed by source id × 4 + stage: the lookup runs once per summed figure.
  const slots: number[] = [];
  for (const s of sources.list) STAGES.forEach((stage, i) => (slots[s.id * 4 + i] = rollup.slot(stage, s.code)!));
  const add = (unitId: number, direct: boolean, sourceId: number, stage: number, amount: number) => {
    const slot = slots[sourceId * 4 + stage];
    if (slot !== undefined) rollup.add(unitId, direct, slot, amount);
  };
  for (const [communeId, sourceId, stage, amount] of plannedByCommune(ctx.db, year))
    add(communeId, false, sourceId, stage, amount);
  for (const [communeId, sourceId, amount] of disbursedByCommune(ctx.db, year, cutoff))
    add(communeId, false, sourceId, 2, amount);
  // Figures of 0: a measured 0, not «chưa có số liệu».
  for (const [communeId, sourceId, stage] of zeroFiguresByCommune(ctx.db, year, cutoff))
    add(communeId, false, sourceId, stage, 0);
  figuresInForce(
    ctx,
    year,
    cutoff,
    (holder, unitId, sourceId, stage, amount) => add(unitId, true, sourceId, stage, amount),
    undefined,
    true,
  );
  return { sources, tree, rollup: rollup.finish() };
}

/**
 * The roll-up of the province and its district-level units only (what the Nguồn vốn screen shows):
 * from the maintained per-parent summary, so no row per xã is read; an xã with figures of
 * its own (rare) keeps its place in the tree so its own figure stands in for its works'. Equal to
 * yearRollup for the province and district-level units.
 */
export function provinceRollup(ctx: ServiceContext, year: number, cutoff: string, source: TreeSource): YearRollup {
  const sources = loadSources(ctx);
  const own: { unitId: number; sourceId: number; stage: number; amount: number }[] = [];
  figuresInForce(
    ctx,
    year,
    cutoff,
    (_holder, unitId, sourceId, stage, amount) => own.push({ unitId, sourceId, stage, amount }),
    undefined,
    true,
  );
  const zeros = zeroFiguresByCommune(ctx.db, year, cutoff);
  const tree = treePart(source, { communeIds: [...new Set([...own.map((f) => f.unitId), ...zeros.map((z) => z[0])])] });
  const ownCommunes = [...new Set(own.map((f) => f.unitId))].filter((id) => tree.communeById.has(id));
  const units = [
    { id: tree.province.id, parentId: null },
    ...tree.districts.map((d) => ({ id: d.id, parentId: d.parentId })),
    ...ownCommunes.map((id) => ({ id, parentId: tree.communeById.get(id)!.parentId })),
  ];
  const rollup = new Rollup(sources.codes, units);
  const slots: number[] = [];
  for (const s of sources.list) STAGES.forEach((stage, i) => (slots[s.id * 4 + i] = rollup.slot(stage, s.code)!));
  const add = (unitId: number, direct: boolean, sourceId: number, stage: number, amount: number) => {
    const slot = slots[sourceId * 4 + stage];
    if (slot !== undefined) rollup.add(unitId, direct, slot, amount);
  };
  const parents = parentIds(tree);
  // Every summary row of the parents, summed here (the disbursement's rows by date add up to the cut-off).
  const sums = parentSumRows(ctx.db, year, cutoff, parents);
  for (let i = 0; i < sums.parents.length; i++)
    add(sums.parents[i]!, false, sums.sources[i]!, sums.stages[i]!, sums.amounts[i]!);
  // The parents' sums hold every commune under them: take out those outside the year's tree, and
  // move those with figures of their own to their own place in the tree.
  const outside = new Map(childrenOutsideTree(ctx.db, parents, yearEnd(year)));
  const ownSet = new Set(ownCommunes);
  for (const [id, sourceId, stage, amount] of sumsOfCommunes(ctx.db, year, cutoff, [
    ...outside.keys(),
    ...ownCommunes,
  ])) {
    if (outside.has(id)) add(outside.get(id)!, false, sourceId, stage, -amount);
    if (ownSet.has(id)) {
      add(tree.communeById.get(id)!.parentId!, false, sourceId, stage, -amount);
      add(id, false, sourceId, stage, amount);
    }
  }
  for (const f of own) add(f.unitId, true, f.sourceId, f.stage, f.amount);
  // Figures of 0 of the year's xã: a measured 0 where they are, not «chưa có số liệu».
  for (const [id, sourceId, stage] of zeros) {
    const commune = tree.communeById.get(id);
    if (commune) add(ownSet.has(id) ? id : commune.parentId!, false, sourceId, stage, 0);
  }
  return { sources, tree, rollup: rollup.finish() };
}

export const emptyAmounts = (): Record<FundingStage, Record<string, number>> => ({
  need: {},
  allocated: {},
  disbursed: {},
});

export interface WorksFilter {
  districtId?: number;
  communeId?: number;
}

/** The year's works of the year's xã (optionally of one district-level unit or xã), with their figures. */
export function worksOfYear(
  ctx: ServiceContext,
  year: number,
  cutoff: string,
  source: TreeSource,
  sources: Sources,
  filter: WorksFilter = {},
): WorkRow[] {
  if (filter.districtId !== undefined || filter.communeId !== undefined) {
    // A few communes: their works and each work's own figures, through the indexes.
    const tree = treePart(
      source,
      filter.communeId !== undefined ? { communeIds: [filter.communeId] } : { parentIds: [filter.districtId!] },
    );
    const communes = tree.communes.filter(
      (c) =>
        (filter.districtId === undefined || c.districtId === filter.districtId) &&
        (filter.communeId === undefined || c.id === filter.communeId),
    );
    return worksWithOwnFigures(
      ctx,
      year,
      cutoff,
      tree,
      sources,
      worksOfCommunes(
        ctx.db,
        year,
        communes.map((c) => c.id),
      ),
    );
  }
  const tree = treePart(source, 'all');
  const criteria = new Map(criteriaOfYear(ctx.db, year).map((c) => [c.no, c.name]));
  const works = listWorksOfYear(ctx.db, year).filter((w) => w.communeId !== null && tree.communeById.has(w.communeId));
  const secured = allocatedAllYears(ctx.db);
  const amounts = new Map(works.map((w) => [w.id, emptyAmounts()]));
  const codeOf = new Map(sources.list.map((s) => [s.id, s.code]));
  figuresInForce(ctx, year, cutoff, (holder, _unitId, sourceId, stage, amount) => {
    const target = amounts.get(holder);
    const code = codeOf.get(sourceId);
    if (target && code) target[STAGES[stage]!][code] = (target[STAGES[stage]!][code] ?? 0) + amount;
  });
  return works.map((w) => workRow(w, tree, criteria, amounts.get(w.id)!, secured.get(w.id) ?? 0));
}

/** The year's first works (by id) with their figures, and how many the year has: the screen's page when no xã is chosen. */
export function firstWorksPage(
  ctx: ServiceContext,
  year: number,
  cutoff: string,
  source: TreeSource,
  sources: Sources,
  limit: number,
): { rows: WorkRow[]; total: number } {
  const { rows, total } = firstWorksOfYear(ctx.db, year, parentIds(treePart(source, {})), limit);
  return { rows: rowsInTree(ctx, year, cutoff, source, sources, rows), total };
}

/** Rows of some works (those in the year's xã), with the part of the year's tree holding their xã. */
function rowsInTree(
  ctx: ServiceContext,
  year: number,
  cutoff: string,
  source: TreeSource,
  sources: Sources,
  works: WorkRecord[],
): WorkRow[] {
  const tree = treePart(source, { communeIds: works.flatMap((w) => (w.communeId === null ? [] : [w.communeId])) });
  const inTree = works.filter((w) => w.communeId !== null && tree.communeById.has(w.communeId));
  return worksWithOwnFigures(ctx, year, cutoff, tree, sources, inTree);
}

/** The year's works that may carry a warning (optionally some of them), with their figures. */
export function worksToWarnAbout(
  ctx: ServiceContext,
  year: number,
  cutoff: string,
  tree: YearTree,
  sources: Sources,
  ids = worksToCheck(ctx.db, year, cutoff),
): WorkRow[] {
  return rowsInTree(ctx, year, cutoff, tree, sources, worksOfYearByIds(ctx.db, year, ids));
}

/**
 * The warnings of the year's works in the year's xã, in id order (as checkFunding gives them): the
 * first `limit` or a few more, read in full from only the works that carry them, and how many
 * there are in all (counted by SQLite from the maintained per-work sums).
 */
export function workWarnings(
  ctx: ServiceContext,
  year: number,
  cutoff: string,
  source: TreeSource,
  sources: Sources,
  limit: number,
): { warnings: FundingWarning[]; count: number } {
  const { ids, counts } = warnedWorks(ctx.db, year, cutoff, parentIds(treePart(source, {})));
  const warnings: FundingWarning[] = [];
  let next = 0;
  while (next < ids.length && warnings.length < limit) {
    // The works whose warnings (as counted) make up the rest of the limit.
    const from = next;
    for (let want = limit - warnings.length; next < ids.length && want > 0; next++) want -= counts[next]!;
    const works = worksOfYearByIds(ctx.db, year, ids.slice(from, next));
    for (const w of rowsInTree(ctx, year, cutoff, source, sources, works)) warnings.push(...checkWork(w, sources.list));
  }
  return { warnings, count: counts.reduce((a, b) => a + b, 0) };
}

/**
 * Rows of some works from each work's own stored figures: need and allocated of the year summed,
 * disbursement the latest snapshot on or before the cut-off (a later row wins on the same date),
 * and the allocated amounts of every year (funding secured against the committed value).
 */
function worksWithOwnFigures(
  ctx: ServiceContext,
  year: number,
  cutoff: string,
  tree: YearTree,
  sources: Sources,
  works: WorkRecord[],
): WorkRow[] {
  const criteria = new Map(criteriaOfYear(ctx.db, year).map((c) => [c.no, c.name]));
  const codeOf = new Map(sources.list.map((s) => [s.id, s.code]));
  const end = yearEnd(year);
  const figures = figuresOfWorks(
    ctx.db,
    works.map((w) => w.id),
  );
  return works.map((w) => {
    const amounts = emptyAmounts();
    const latest = new Map<string, string>();
    let secured = 0;
    for (const [y, sourceId, stage, amount, asOf] of figures.get(w.id)!) {
      if (stage === 'allocated') secured += amount;
      const code = codeOf.get(sourceId);
      if (y !== year || !code) continue;
      if (stage !== 'disbursed') {
        const by = amounts[stage as FundingStage];
        by[code] = (by[code] ?? 0) + amount;
        continue;
      }
      const date = asOf ?? end;
      if (date > cutoff) continue;
      if (date >= (latest.get(code) ?? '')) {
        latest.set(code, date);
        amounts.disbursed[code] = amount;
      }
    }
    return workRow(w, tree, criteria, amounts, secured);
  });
}

function workRow(
  w: WorkRecord,
  tree: YearTree,
  criteria: Map<number, string>,
  amounts: Record<FundingStage, Record<string, number>>,
  secured: number,
): WorkRow {
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
    // The figures were summed from the stored nghìn đồng as plain numbers (the hot path): named here.
    amounts: amounts as WorkRow['amounts'],
    allocatedAllYears: thousandVnd(secured),
  };
}
