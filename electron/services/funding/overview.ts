/** The "Nguồn vốn" screen's data for a year: figures by source and stage, per unit, with warnings. */
import type { ServiceContext } from '../context';
import { checkFunding } from '../../domain/funding-warnings';
import type { FundingOverview } from '../../../shared/models/funding';
import { hasSampleFunding } from '../../../db/repositories/funding';
import { resolveCutoff, statedTotals, yearTreeParts } from './common';
import { provinceRollup, workWarnings } from './data';

/** Warnings beyond this many are counted, not sent. */
const WARNINGS_SENT = 300;

export function fundingOverview(ctx: ServiceContext, year: number, asOf?: string): FundingOverview {
  const { asOf: cutoff, cutoffs } = resolveCutoff(ctx, year, asOf);
  // Only the parts of the year's tree these figures need: the province, its district-level units and a few xã.
  const parts = yearTreeParts(ctx, year);
  const { sources, tree, rollup } = provinceRollup(ctx, year, cutoff, parts);
  const province = { id: tree.province.id, name: tree.province.fullName, figures: rollup.figures(tree.province.id) };
  const stated = statedTotals(ctx, year);
  const warnings = checkFunding({ sources: sources.list, province: province.figures, statedTotals: stated, works: [] });
  const provinceWarnings = warnings.length;
  // Works' warnings in id order (as checkFunding gives them): only the works of those sent are read in full.
  const works = workWarnings(ctx, year, cutoff, parts, sources, WARNINGS_SENT - warnings.length);
  warnings.push(...works.warnings);
  return {
    year,
    asOf: cutoff,
    cutoffs,
    sources: sources.list,
    province,
    districts: tree.districts.map((d) => ({ id: d.id, name: d.fullName, totals: rollup.stageTotals(d.id) })),
    statedTotals: stated,
    warnings: warnings.slice(0, WARNINGS_SENT),
    warningCount: provinceWarnings + works.count,
    sampleData: hasSampleFunding(ctx.db, year),
  };
}
