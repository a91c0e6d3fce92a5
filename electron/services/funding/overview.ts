/** The "Nguồn vốn" screen's data for a year: figures by source and stage, per unit, with warnings. */
import type { ServiceContext } from '../context';
import { checkFunding, checkWork } from '../../domain/funding-warnings';
import { workWarningCount } from '../../../db/repositories/funding-works';
import type { FundingOverview } from '../../../shared/models/funding';
import { hasSampleFunding } from '../../../db/repositories/funding';
import { resolveCutoff, statedTotals, yearTree } from './common';
import { provinceRollup, workIdsToCheck, worksToWarnAbout } from './data';

/** Warnings beyond this many are counted, not sent. */
const WARNINGS_SENT = 300;

export function fundingOverview(ctx: ServiceContext, year: number, asOf?: string): FundingOverview {
  const { asOf: cutoff, cutoffs } = resolveCutoff(ctx, year, asOf);
  const { sources, tree, rollup } = provinceRollup(ctx, year, cutoff, yearTree(ctx, year));
  const province = { id: tree.province.id, name: tree.province.fullName, figures: rollup.figures(tree.province.id) };
  const stated = statedTotals(ctx, year);
  const warnings = checkFunding({ sources: sources.list, province: province.figures, statedTotals: stated, works: [] });
  const provinceWarnings = warnings.length;
  // Works' warnings in id order (as checkFunding gives them), read in full only until enough are
  // found to send; SQLite counts them all.
  const ids = workIdsToCheck(ctx, year, cutoff);
  for (let i = 0; i < ids.length && warnings.length < WARNINGS_SENT; i += 100) {
    for (const w of worksToWarnAbout(ctx, year, cutoff, tree, sources, ids.slice(i, i + 100)))
      warnings.push(...checkWork(w, sources.list));
  }
  const parents = [tree.province.id, ...tree.districts.map((d) => d.id)];
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
    warnings: warnings.slice(0, WARNINGS_SENT),
    warningCount: provinceWarnings + workWarningCount(ctx.db, year, cutoff, parents),
    sampleData: hasSampleFunding(ctx.db, year),
  };
}
