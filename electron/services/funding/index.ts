import type { HandlersOf } from '../handler';
import { fundingOverview } from './overview';
import { createWork, editWork, removeWork, setAmounts, setStatedTotal } from './edit';
import { resolveCutoff, yearTree, loadSources } from './common';
import { firstWorksPage, worksOfYear } from './data';
import { criteriaOfYear } from '../../../db/repositories/funding';
import { exportFunding } from './excel-export';
import { importFunding } from './excel-import';

/** Works sent to the screen at most when no district or xã is chosen (a grid's first screens; choosing a unit shows all of its works). */
const WORKS_PAGE = 200;

export { fundingPlanData, fundingReportData, annexInvestmentNeeds } from './documents';

export const fundingHandlers: HandlersOf<'funding' | 'works'> = {
  'funding.overview': (ctx, { year, asOf }) => fundingOverview(ctx, year, asOf),

  'funding.works': (ctx, { year, asOf, districtId, communeId }) => {
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
