import { z } from 'zod';
import { channel } from '../define';
import { year } from '../zod-blocks';
import type { DashboardOverview, FundingUnitRow, OcopValidProduct } from '../../models/dashboard';


export const overviewContract = {
  'overview.year': channel(z.object({ year }).strict()).returns<DashboardOverview>(),
  /** The units behind a funding source's bar (xã, or district-level units when grouped). */
  'overview.fundingUnits': channel(
    z.object({ year, sourceCode: z.string().max(40).optional(), byDistrict: z.boolean().default(false) }).strict(),
  ).returns<FundingUnitRow[]>(),
  /** The products behind an OCOP star bar: certificates valid at the year's end. */
  'overview.ocopProducts': channel(z.object({ year, stars: z.number().int().min(3).max(5).optional() }).strict()).returns<OcopValidProduct[]>(),
};
