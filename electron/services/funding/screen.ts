/** What the Nguồn vốn screen shows for a year: the works (first page without a filter), the criteria and the xã. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { resolveCutoff, yearTree, loadSources } from './common';
import { firstWorksPage, worksOfYear } from './data';
import { criteriaOfYear } from '../../../db/repositories/funding';

/** Works sent to the screen at most when no district or xã is chosen. */
const WORKS_PAGE = 200;
/** Above this many xã (with district-level units) the «Xã» filter lists only the chosen district's xã. */
const COMMUNE_CHOICES_MAX = 500;

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
  // The filters' choices: thousands of xã are not sent (nor put into a list) until a district narrows them.
  const withCommunes = new Set(tree.communes.map((c) => c.districtId));
  const districts = tree.districts.filter((d) => withCommunes.has(d.id));
  const byDistrict = districts.length > 0 && tree.communes.length > COMMUNE_CHOICES_MAX;
  return {
    year,
    asOf: cutoff,
    rows,
    total: page ? page.total : rows.length,
    criteria: criteriaOfYear(ctx.db, year),
    districts: districts.map((d) => ({ id: d.id, name: d.fullName })),
    communes: (byDistrict ? tree.communes.filter((c) => districtId && c.districtId === districtId) : tree.communes).map(
      (c) => ({ id: c.id, name: c.name, districtId: c.districtId }),
    ),
    communesByDistrict: byDistrict,
  };
}
