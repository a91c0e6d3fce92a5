/**
 * The Nguồn vốn screen's answers recomputed plainly (issue 14 sameness tests): the whole year's
 * tree, the per-commune roll-up, every work of the year read with its figures and checked.
 */
import type { ServiceContext } from '../../electron/services/context';
import { checkFunding } from '../../electron/domain/funding-warnings';
import { hasSampleFunding, criteriaOfYear } from '../../db/repositories/funding';
import { loadSources, resolveCutoff, statedTotals, yearTree } from '../../electron/services/funding/common';
import { worksOfYear, yearRollup } from '../../electron/services/funding/data';
import type { FundingOverview } from '../../shared/models/funding';

export function referenceOverview(ctx: ServiceContext, year: number, asOf?: string): FundingOverview {
  const { asOf: cutoff, cutoffs } = resolveCutoff(ctx, year, asOf);
  const { sources, tree, rollup } = yearRollup(ctx, year, cutoff);
  const province = { id: tree.province.id, name: tree.province.fullName, figures: rollup.figures(tree.province.id) };
  const stated = statedTotals(ctx, year);
  const warnings = checkFunding({
    sources: sources.list,
    province: province.figures,
    statedTotals: stated,
    works: worksOfYear(ctx, year, cutoff, tree, sources),
  });
  return {
    year,
    asOf: cutoff,
    cutoffs,
    sources: sources.list,
    province,
    districts: tree.districts.map((d) => {
      const f = rollup.figures(d.id);
      return {
        id: d.id,
        name: d.fullName,
        totals: { need: f.need.total.total, allocated: f.allocated.total.total, disbursed: f.disbursed.total.total },
      };
    }),
    statedTotals: stated,
    warnings: warnings.slice(0, 300),
    warningCount: warnings.length,
    sampleData: hasSampleFunding(ctx.db, year),
  };
}

export function referenceWorks(
  ctx: ServiceContext,
  { year, asOf, districtId, communeId }: { year: number; asOf?: string; districtId?: number; communeId?: number },
) {
  const cutoff = resolveCutoff(ctx, year, asOf).asOf;
  const tree = yearTree(ctx, year);
  const all = worksOfYear(ctx, year, cutoff, tree, loadSources(ctx));
  const filtered = districtId !== undefined || communeId !== undefined;
  const rows = filtered
    ? all.filter(
        (w) =>
          (districtId === undefined || w.districtId === districtId) &&
          (communeId === undefined || w.communeId === communeId),
      )
    : all.slice(0, 200);
  const withCommunes = new Set(tree.communes.map((c) => c.districtId));
  const districts = tree.districts.filter((d) => withCommunes.has(d.id));
  const byDistrict = districts.length > 0 && tree.communes.length > 500;
  return {
    year,
    asOf: cutoff,
    rows,
    total: filtered ? rows.length : all.length,
    criteria: criteriaOfYear(ctx.db, year),
    districts: districts.map((d) => ({ id: d.id, name: d.fullName })),
    communes: (byDistrict ? tree.communes.filter((c) => districtId && c.districtId === districtId) : tree.communes).map(
      (c) => ({ id: c.id, name: c.name, districtId: c.districtId }),
    ),
    communesByDistrict: byDistrict,
  };
}
