/**
 * Works at risk of capital-construction debt («nợ đọng xây dựng cơ bản»): a committed value above
 * what has been allocated over all years. Reports state the count and the shortfall.
 */
import type { ServiceContext } from '../context';
import { worksOfYear, yearRollup } from './data';
import { thousandVnd, type ThousandVnd } from '../../../shared/models/units-of-measure';

export interface DebtRisk {
  /** Works with a committed value on record (0 = the figure is not kept, say nothing). */
  worksWithCommitment: number;
  atRisk: number;
  /** Sum of committed − allocated over the works at risk. */
  shortfall: ThousandVnd;
}

export function debtRisk(ctx: ServiceContext, year: number, cutoffIso: string): DebtRisk {
  const { sources, tree } = yearRollup(ctx, year, cutoffIso);
  let worksWithCommitment = 0;
  let atRisk = 0;
  let shortfall = 0;
  for (const w of worksOfYear(ctx, year, cutoffIso, tree, sources)) {
    const committed = w.committedValue ?? 0;
    if (committed <= 0) continue;
    worksWithCommitment++;
    if (w.allocatedAllYears < committed) {
      atRisk++;
      shortfall += committed - w.allocatedAllYears;
    }
  }
  return { worksWithCommitment, atRisk, shortfall: thousandVnd(shortfall) };
}
