/** The "Nguồn vốn" screen's data for a year: figures by source and stage, per unit, with warnings. */
import type { ServiceContext } from '../context';
import { checkFunding } from '../../../shared/domain/funding-warnings';
import type { FundingOverview } from '../../../shared/models/funding';
import { hasSampleFunding } from '../../../db/repositories/funding';
import { resolveCutoff, statedTotals, yearTree } from './common';
import { provinceRollup, worksToWarnAbout } from './data';

/** Warnings beyond this many are counted, not sent. */
const WARNINGS_SENT = 300;

export function fundingOverview(ctx: ServiceContext, year: number, asOf?: string): FundingOverview {
  const { asOf: cutoff, cutoffs } = resolveCutoff(ctx, year, asOf);
  const { sources, tree, rollup } = provinceRollup(ctx, year, cutoff, yearTree(ctx, year));
  const province = { id: tree.province.id, name: tree.province.fullName, figures: rollup.figures(tree.province.id) };
  const stated = statedTotals(ctx, year);
  const warnings = checkFunding({
    sources: sources.list,
    province: province.figures,
    statedTotals: stated,
    // Only works that may carry a warning are read in full: equal to checking every work of the year.
    works: worksToWarnAbout(ctx, year, cutoff, tree, sources),
  });
  return {
    year,
    asOf: cutoff,
    cutoffs,
    sources: sources.list,
    province,
    districts: tree.districts.map((d) => ({ id: d.id, name: d.fullName, figures: rollup.figures(d.id) })),
    statedTotals: stated,
    warnings: warnings.slice(0, WARNINGS_SENT),
    warningCount: warnings.length,
    sampleData: hasSampleFunding(ctx.db, year),
  };
}
