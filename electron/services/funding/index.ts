import type { HandlersOf } from '../handler';
import { fundingOverview } from './overview';
import { setAmounts, setStatedTotal } from './edit';
import { worksScreen } from './screen';
import { exportFunding } from './excel-export';
import { importApply, importPreview } from './excel-import';

export { fundingPlanData, fundingReportData, annexInvestmentNeeds } from './documents';

export const fundingHandlers: HandlersOf<'funding'> = {
  'funding.overview': (ctx, { year, asOf }) => fundingOverview(ctx, year, asOf),
  'funding.works': (ctx, input) => worksScreen(ctx, input),
  'funding.setAmounts': (ctx, { year, asOf, changes }) => setAmounts(ctx, year, asOf, changes),
  'funding.setStatedTotal': (ctx, { year, stage, amount }) => setStatedTotal(ctx, year, stage, amount),
  'funding.export': (ctx, { year, asOf }) => exportFunding(ctx, year, asOf),
  'funding.importPreview': (ctx, input) => importPreview(ctx, input),
  'funding.importApply': (ctx, input) => importApply(ctx, input),
};
