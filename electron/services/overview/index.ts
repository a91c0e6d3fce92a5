import type { HandlersOf } from '../handler';
import type { ServiceContext } from '../context';
import type { OcopValidProduct } from '../../../shared/models/dashboard';
import { productFacts, certificatesByIds } from '../../../db/repositories/ocop-stats';
import { statusFromFacts } from '../../../shared/domain/ocop-status';
import { yearEnd } from '../../../shared/format/date';
import { compareVi } from '../../../shared/format/text';
import { districtLabel } from '../ocop/common';
import { dashboardOverview } from './figures';
import { fundingUnits } from './funding';

/** Products holding a valid certificate at the year's end (optionally of one star count). */
function ocopValidProducts(ctx: ServiceContext, year: number, stars?: number): OcopValidProduct[] {
  const asOf = yearEnd(year);
  const ids: number[] = [];
  for (const f of productFacts(ctx.sqlite, asOf)) {
    const st = statusFromFacts(f.facts, asOf);
    const rec = f.facts.recognition;
    if (rec && (st === 'recognised' || st === 'expiring') && (stars === undefined || rec.stars === stars)) ids.push(rec.id);
  }
  return certificatesByIds(ctx.sqlite, ids, asOf)
    .map((r) => ({
      productId: r.productId,
      name: r.productName,
      producerName: r.producerName,
      districtName: districtLabel(r.districtKind, r.districtName),
      stars: r.stars,
      decisionNo: r.decisionNo,
      decisionDate: r.decisionDate,
      expiryDate: r.expiryDate,
    }))
    .sort((a, b) => b.stars - a.stars || compareVi(a.name, b.name));
}

export const overviewHandlers: HandlersOf<'overview'> = {
  'overview.year': (ctx, { year }) => dashboardOverview(ctx, year),
  'overview.fundingUnits': (ctx, { year, sourceCode, byDistrict }) => fundingUnits(ctx, year, sourceCode, byDistrict),
  'overview.ocopProducts': (ctx, { year, stars }) => ocopValidProducts(ctx, year, stars),
};
