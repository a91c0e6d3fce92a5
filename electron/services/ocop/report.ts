/**
 * OCOP figures for the documents (plans, periodic reports), as plain functions of the service
 * context: `ocopReportData(ctx, fromIso, toIso)` and, in targets.ts, `ocopPlanTargets(ctx, year)`.
 */
import type { ServiceContext } from '../context';
import type { EvaluationKind, OcopReportData } from '../../../shared/models/ocop';
import { recognitionsBetween } from '../../../db/repositories/ocop-stats';
import { statusFromFacts } from '../../../shared/domain/ocop-status';
import { productFacts } from '../../../db/repositories/ocop-stats';
import { compareVi } from '../../../shared/format/text';
import { unitName } from '../../../shared/models/units';
import { ocopPlanTargets } from './targets';

const STARS = [3, 4, 5];

/**
 * Products recognised in [fromIso, toIso] (by decision date) by stars and district-level unit,
 * upgrades and re-evaluations among them, certificates valid at `toIso` and ever issued up to it,
 * and the targets of `toIso`'s year with progress up to `toIso`.
 */
export function ocopReportData(ctx: ServiceContext, fromIso: string, toIso: string): OcopReportData {
  const recs = recognitionsBetween(ctx.sqlite, fromIso, toIso);
  const byDistrict = new Map<number | null, OcopReportData['recognised']['byDistrict'][number]>();
  for (const r of recs) {
    let d = byDistrict.get(r.districtId);
    if (!d) {
      d = {
        districtId: r.districtId,
        name: r.districtName ? unitName(r.districtKind, r.districtName) : 'Chưa xác định đơn vị cấp huyện',
        stars3: 0,
        stars4: 0,
        stars5: 0,
        total: 0,
      };
      byDistrict.set(r.districtId, d);
    }
    if (r.stars === 3) d.stars3++;
    else if (r.stars === 4) d.stars4++;
    else d.stars5++;
    d.total++;
  }
  const facts = productFacts(ctx.sqlite, toIso);
  const valid = facts.filter((f) => {
    const s = statusFromFacts(f.facts, toIso);
    return s === 'recognised' || s === 'expiring';
  });
  return {
    from: fromIso,
    to: toIso,
    recognised: {
      total: recs.length,
      byStars: STARS.map((stars) => ({ stars, count: recs.filter((r) => r.stars === stars).length })),
      byDistrict: [...byDistrict.values()].sort((a, b) =>
        a.districtId === null ? 1 : b.districtId === null ? -1 : compareVi(a.name, b.name),
      ),
      products: recs.map((r) => ({
        productId: r.productId,
        name: r.productName,
        producerName: r.producerName,
        districtName: r.districtName ? unitName(r.districtKind, r.districtName) : '',
        stars: r.stars,
        kind: r.kind as EvaluationKind,
        decisionNo: r.decisionNo,
        decisionDate: r.decisionDate,
        source: r.source,
      })),
    },
    upgrades: recs.filter((r) => r.kind === 'upgrade').length,
    reEvaluations: recs.filter((r) => r.kind === 're_evaluation').length,
    cumulative: {
      validAtEnd: valid.length,
      validByStars: STARS.map((stars) => ({
        stars,
        count: valid.filter((f) => f.facts.recognition!.stars === stars).length,
      })),
      everRecognised: facts.filter((f) => f.facts.recognition).length,
      expiries: valid.map((f) => f.facts.recognition!.expiryDate).filter((d): d is string => d !== null),
    },
    targets: ocopPlanTargets(ctx, Number(toIso.slice(0, 4)), toIso),
  };
}
