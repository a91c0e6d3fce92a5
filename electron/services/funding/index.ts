import type { HandlersOf } from '../handler';
import { fundingOverview } from './overview';
import { createWork, editWork, removeWork, setAmounts, setStatedTotal } from './edit';
import { resolveCutoff, yearTree, loadSources } from './common';
import { worksOfYear } from './data';
import { criteriaOfYear } from '../../../db/repositories/funding';
import { exportFunding } from './excel-export';
import { importFunding } from './excel-import';

export { fundingPlanData, fundingReportData, annexInvestmentNeeds } from './documents';

export const fundingHandlers: HandlersOf<'funding' | 'works'> = {
  'funding.overview': (ctx, { year, asOf }) => fundingOverview(ctx, year, asOf),

  'funding.works': (ctx, { year, asOf, districtId, communeId }) => {
    const cutoff = resolveCutoff(ctx, year, asOf).asOf;
    const tree = yearTree(ctx, year);
    return {
      year,
      asOf: cutoff,
      rows: worksOfYear(ctx, year, cutoff, tree, loadSources(ctx), { districtId, communeId }),
      criteria: criteriaOfYear(ctx.db, year),
      communes: tree.communes.map((c) => ({ id: c.id, name: c.name, districtId: c.districtId, districtName: c.districtName })),
    };
  },

  'funding.setAmounts': (ctx, { year, asOf, changes }) => setAmounts(ctx, year, asOf, changes),
  'funding.setStatedTotal': (ctx, { year, stage, amount }) => setStatedTotal(ctx, year, stage, amount),
  'funding.export': (ctx, { year, asOf }) => exportFunding(ctx, year, asOf),
  'funding.importPreview': (ctx, { fileName, base64 }) => importFunding(ctx, fileName, base64, false),
  'funding.importApply': async (ctx, { fileName, base64 }) => ({ ...(await importFunding(ctx, fileName, base64, true)), applied: true as const }),

  'works.create': (ctx, input) => createWork(ctx, input),
  'works.update': (ctx, input) => editWork(ctx, input),
  'works.delete': (ctx, { id }) => removeWork(ctx, id),
};
