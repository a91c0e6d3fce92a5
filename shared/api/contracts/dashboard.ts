import { z } from 'zod';
import { channel } from '../define';
import { year } from '../zod-blocks';
import type { DashboardSummary } from '../../models/units';

export const dashboardContract = {
  /** grouping defaults to 'none' from 1/7/2025 (the province's list of xã) and 'district' before. */
  'dashboard.summary': channel(
    z
      .object({ year, grouping: z.enum(['none', 'district', 'origin-district', 'origin-province']).optional() })
      .strict(),
  ).returns<DashboardSummary>(),
};
