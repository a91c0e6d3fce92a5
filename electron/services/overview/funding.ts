/** Funding on Tổng quan: allocated and disbursed by source, and the units behind one source. */
import type { ServiceContext } from '../context';
import type { FundingCell, FundingStage, UnitFigures } from '../../../shared/models/funding';
import type { DashboardOverview, FundingUnitRow, SourceFigures } from '../../../shared/models/dashboard';
import { AppError } from '../../../shared/errors';
import { resolveCutoff, yearTreeParts } from '../funding/common';
import { provinceRollup, yearRollup, type YearRollup } from '../funding/data';
import { toMillionVnd, type MillionVnd } from '../../../shared/models/units-of-measure';

/** triệu đồng from nghìn đồng; null when nothing was entered at or below the unit. */
const million = (c: FundingCell | undefined): MillionVnd | null =>
  !c || c.total === null ? null : toMillionVnd(c.total);

export const rateOf = (allocated: number | null, disbursed: number | null): number | null =>
  allocated && disbursed !== null ? Math.round((disbursed / allocated) * 1000) / 10 : null;

function pick(fig: UnitFigures, code: string | null): Record<FundingStage, MillionVnd | null> {
  const cell = (stage: FundingStage) => (code === null ? fig[stage].total : fig[stage].bySource[code]);
  return { need: million(cell('need')), allocated: million(cell('allocated')), disbursed: million(cell('disbursed')) };
}

/**
 * The year's roll-up at its newest cut-off. The province's totals only (`provinceOnly`) come from the
 * maintained per-parent sums (provinceRollup, equal for the province and district-level units);
 * each xã's figures need the per-commune roll-up.
 */
function rollupOf(ctx: ServiceContext, year: number, provinceOnly = false): { asOf: string; r: YearRollup } | null {
  try {
    const { asOf } = resolveCutoff(ctx, year);
    return {
      asOf,
      r: provinceOnly ? provinceRollup(ctx, year, asOf, yearTreeParts(ctx, year)) : yearRollup(ctx, year, asOf),
    };
  } catch (e) {
    // A year without a province in force has no funding to show.
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

export function fundingFigures(ctx: ServiceContext, year: number): DashboardOverview['funding'] {
  const got = rollupOf(ctx, year, true);
  if (!got) return null;
  const { sources, tree, rollup } = got.r;
  const fig = rollup.figures(tree.province.id);
  const row = (code: string, name: string, v: Record<FundingStage, MillionVnd | null>): SourceFigures => ({
    code,
    name,
    ...v,
    rate: rateOf(v.allocated, v.disbursed),
  });
  return {
    asOf: got.asOf,
    sources: sources.list.map((s) => row(s.code, s.shortName || s.name, pick(fig, s.code))),
    total: row('', 'Tổng', pick(fig, null)),
  };
}

/** Each xã's (or district-level unit's) figures for one source, or for all sources summed. */
export function fundingUnits(
  ctx: ServiceContext,
  year: number,
  sourceCode: string | undefined,
  byDistrict: boolean,
): FundingUnitRow[] {
  const got = rollupOf(ctx, year);
  if (!got) return [];
  const { sources, tree, rollup } = got.r;
  if (sourceCode !== undefined && !sources.byCode.has(sourceCode))
    throw new AppError('VALIDATION', `Không có nguồn vốn mã «${sourceCode}».`);
  const units = byDistrict ? tree.districts.map((d) => ({ ...d, districtName: '' })) : tree.communes;
  return units.map((u) => {
    const v = pick(rollup.figures(u.id), sourceCode ?? null);
    return { id: u.id, name: u.name, districtName: u.districtName, ...v, rate: rateOf(v.allocated, v.disbursed) };
  });
}
