/** What the Nguồn vốn screen shows for a year: the works (first page without a filter), the criteria and the xã. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { resolveCutoff, loadSources, parentIds, treePart, yearTreeParts } from './common';
import { firstWorksPage, worksOfYear } from './data';
import { criteriaOfYear } from '../../../db/repositories/funding';
import { communeCounts } from '../../../db/repositories/funding-screen';
import { yearEnd } from '../../../shared/format/date';

/** Works sent to the screen at most when no district or xã is chosen. */
const WORKS_PAGE = 200;
/** Above this many xã (with district-level units) the «Xã» filter lists only the chosen district's xã. */
const COMMUNE_CHOICES_MAX = 500;

export function worksScreen(
  ctx: ServiceContext,
  { year, asOf, districtId, communeId }: ParsedInputOf<'funding.works'>,
) {
  const cutoff = resolveCutoff(ctx, year, asOf).asOf;
  // Only the parts of the year's tree the answer holds: a national year's 10^4 xã are not all read.
  const parts = yearTreeParts(ctx, year);
  const top = treePart(parts, {});
  const sources = loadSources(ctx);
  // Without a chosen district or xã a national-scale year holds tens of thousands of works: the screen gets the first page.
  const filtered = districtId !== undefined || communeId !== undefined;
  const page = filtered ? null : firstWorksPage(ctx, year, cutoff, parts, sources, WORKS_PAGE);
  const rows = page ? page.rows : worksOfYear(ctx, year, cutoff, parts, sources, { districtId, communeId });
  // The filters' choices: thousands of xã are not sent (nor put into a list) until a district narrows them.
  const counts = communeCounts(ctx.db, yearEnd(year));
  const districts = top.districts.filter((d) => counts.has(d.id));
  const communeCount = [top.province, ...top.districts].reduce((n, u) => n + (counts.get(u.id) ?? 0), 0);
  const byDistrict = districts.length > 0 && communeCount > COMMUNE_CHOICES_MAX;
  const choices = byDistrict
    ? districtId === undefined
      ? []
      : treePart(parts, { parentIds: [districtId] }).communes.filter((c) => c.districtId === districtId)
    : treePart(parts, { parentIds: parentIds(top) }).communes;
  return {
    year,
    asOf: cutoff,
    rows,
    total: page ? page.total : rows.length,
    criteria: criteriaOfYear(ctx.db, year),
    districts: districts.map((d) => ({ id: d.id, name: d.fullName })),
    communes: choices.map((c) => ({ id: c.id, name: c.name, districtId: c.districtId })),
    communesByDistrict: byDistrict,
  };
}
