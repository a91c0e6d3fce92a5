/** What the Nguồn vốn screen shows for a year: the works (first page without a filter), the criteria and the xã. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { resolveCutoff, yearTree, loadSources } from './common';
import { firstWorksPage, worksOfYear } from './data';
import { criteriaOfYear } from '../../../db/repositories/funding';

/** Works sent to the screen at most when no district or xã is chosen. */
const WORKS_PAGE = 200;

export function worksScreen(
  ctx: ServiceContext,
  { year, asOf, districtId, communeId }: ParsedInputOf<'funding.works'>,
) {
  const cutoff = resolveCutoff(ctx, year, asOf).asOf;
  const tree = yearTree(ctx, year);
  const sources = loadSources(ctx);
  // Without a chosen district or xã a national-scale year holds tens of thousands of works: the screen gets the first page.
  const filtered = districtId !== undefined || communeId !== undefined;
  const page = filtered ? null : firstWorksPage(ctx, year, cutoff, tree, sources, WORKS_PAGE);
  const rows = page ? page.rows : worksOfYear(ctx, year, cutoff, tree, sources, { districtId, communeId });
  return {
    year,
    asOf: cutoff,
    rows,
    total: page ? page.total : rows.length,
    criteria: criteriaOfYear(ctx.db, year),
    communes: tree.communes.map((c) => ({
      id: c.id,
      name: c.name,
      districtId: c.districtId,
      districtName: c.districtName,
    })),
  };
}
