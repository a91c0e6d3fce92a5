import type { HandlersOf } from './handler';
import { computeFigures } from '../../shared/domain/ntm-figures';
import { getProvince } from '../../db/repositories/units';
import { figuresByDistrict, standingsAt } from './criteria/figures';
import { fundingPlanData } from './funding/documents';
import { ocopReportData } from './ocop/report';
import { hasSampleData } from './units';
import { yearEnd } from '../../shared/format/date';


/** The province's headline figures for a year, each from its own domain: nothing is typed in. */
export const dashboardHandlers: HandlersOf<'dashboard'> = {
  'dashboard.summary': (ctx, { year }) => {
    const s = standingsAt(ctx, year);
    const f = computeFigures(s.standings, year, s.required);
    const funding = fundingPlanData(ctx, year);
    const ocop = ocopReportData(ctx, `${year}-01-01`, yearEnd(year));
    return {
      year,
      provinceName: getProvince(ctx.db, yearEnd(year))?.name ?? '',
      communeTotal: f.communeTotal,
      ntmCount: f.ntm,
      ntmPercent: f.ntmPercent,
      nangCaoCount: f.nangCao,
      kieuMauCount: f.kieuMau,
      avgCriteria: f.avgCriteria,
      minCriteria: f.minCriteria,
      criteriaSetName: s.set?.name ?? null,
      // Amounts are nghìn đồng; the dashboard shows whole triệu đồng.
      fundingNeedTotal: Math.round(funding.totalNeed / 1000),
      ocopProductCount: ocop.cumulative.validAtEnd,
      sampleData: hasSampleData(ctx),
      byDistrict: figuresByDistrict(s).map((d) => ({ districtId: d.districtId, name: d.name, communes: d.figures.communeTotal, ntm: d.figures.ntm })),
    };
  },
};
