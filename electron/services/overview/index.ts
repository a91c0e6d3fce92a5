import type { HandlersOf } from '../handler';
import type { ServiceContext } from '../context';
import type { OcopValidProduct } from '../../../shared/models/dashboard';
import { dataVersion } from '../../../db/repositories/overview';
import { productFacts, certificatesByIds } from '../../../db/repositories/ocop-stats';
import { statusFromFacts } from '../../../shared/domain/ocop-status';
import { yearEnd } from '../../../shared/format/date';
import { compareVi } from '../../../shared/format/text';
import { certificateFields } from '../ocop/calendar';
import { dashboardOverview, type YearOverview } from './figures';
import { communeList, groupByDistrict } from './communes';
import { fundingUnits } from './funding';

/** Products holding a valid certificate at the year's end (optionally of one star count). */
function ocopValidProducts(ctx: ServiceContext, year: number, stars?: number): OcopValidProduct[] {
  const asOf = yearEnd(year);
  const ids: number[] = [];
  for (const f of productFacts(ctx.sqlite, asOf)) {
    const st = statusFromFacts(f.facts, asOf);
    const rec = f.facts.recognition;
    if (rec && (st === 'recognised' || st === 'expiring') && (stars === undefined || rec.stars === stars))
      ids.push(rec.id);
  }
  return certificatesByIds(ctx.sqlite, ids, asOf)
    .map((r) => ({
      productId: r.productId,
      name: r.productName,
      ...certificateFields(r),
    }))
    .sort((a, b) => b.stars - a.stars || compareVi(a.name, b.name));
}

/**
 * The last few overviews, reused while the data file has not changed (any write, here or by another
 * process, changes the data version): the director comes back to Tổng quan often, the data rarely moves.
 */
const cache = new WeakMap<object, Map<string, YearOverview>>();
function cachedOverview(ctx: ServiceContext, year: number): YearOverview {
  let byKey = cache.get(ctx.sqlite);
  if (!byKey) cache.set(ctx.sqlite, (byKey = new Map()));
  // "Today" is part of what is due, so it is part of the key.
  const key = `${year}|${ctx.now().toISOString().slice(0, 10)}|${dataVersion(ctx.sqlite)}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const value = dashboardOverview(ctx, year);
  if (byKey.size >= 4) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, value);
  return value;
}

export const overviewHandlers: HandlersOf<'overview'> = {
  // The figures only: the xã behind them are asked for by the list, filtered here.
  'overview.year': (ctx, { year }) => cachedOverview(ctx, year).overview,
  'overview.communes': (ctx, { year, filter, limit }) => communeList(cachedOverview(ctx, year).communes, filter, limit),
  'overview.communesByDistrict': (ctx, { year, filter }) => groupByDistrict(cachedOverview(ctx, year).communes, filter),
  'overview.fundingUnits': (ctx, { year, sourceCode, byDistrict }) => fundingUnits(ctx, year, sourceCode, byDistrict),
  'overview.ocopProducts': (ctx, { year, stars }) => ocopValidProducts(ctx, year, stars),
  'overview.dataVersion': (ctx) => dataVersion(ctx.sqlite),
};
