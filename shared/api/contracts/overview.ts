import { z } from 'zod';
import { channel, noInput } from '../define';
import { year } from '../zod-blocks';
import type {
  DashboardOverview,
  DistrictRow,
  FundingUnitRow,
  OcopValidProduct,
  OverviewCommuneList,
} from '../../models/dashboard';

const level = z.enum(['ntm', 'nang_cao', 'kieu_mau']);
const communeFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('level'), level, upToYear: year.optional() }).strict(),
  z.object({ kind: z.literal('met'), met: z.number().int().min(0).max(100) }).strict(),
  z.object({ kind: z.literal('noResults') }).strict(),
  z.object({ kind: z.literal('atRisk') }).strict(),
]);

export const overviewContract = {
  'overview.year': channel(z.object({ year }).strict()).returns<DashboardOverview>(),
  /** The units behind a funding source's bar (xã, or district-level units when grouped). */
  'overview.fundingUnits': channel(
    z.object({ year, sourceCode: z.string().max(40).optional(), byDistrict: z.boolean().default(false) }).strict(),
  ).returns<FundingUnitRow[]>(),
  /** The products behind an OCOP star bar: certificates valid at the year's end. */
  'overview.ocopProducts': channel(
    z.object({ year, stars: z.number().int().min(3).max(5).optional() }).strict(),
  ).returns<OcopValidProduct[]>(),
  /** The xã behind a figure or chart element: the count, and the first `limit` rows (all when absent). */
  'overview.communes': channel(
    z.object({ year, filter: communeFilter, limit: z.number().int().min(1).max(100_000).optional() }).strict(),
  ).returns<OverviewCommuneList>(),
  /** The same xã grouped by district-level unit (before 1/7/2025). */
  'overview.communesByDistrict': channel(z.object({ year, filter: communeFilter }).strict()).returns<DistrictRow[]>(),
  /** A value that changes whenever the data file changes: the renderer keeps a visited section while it stays the same. */
  'overview.dataVersion': channel(noInput).returns<string>(),
};
