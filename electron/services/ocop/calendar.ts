/** Certificates expiring soon, products due for re-evaluation, and the per-district summary. */
import type { ServiceContext } from '../context';
import { addMonths, yearEnd } from '../../../shared/format/date';
import { isDueFromFacts, statusFromFacts, WARNING_MONTHS } from '../../../shared/domain/ocop-status';
import {
  OCOP_STATUSES,
  OCOP_STATUS_LABEL,
  type CertificateFields,
  type DistrictSummaryRow,
  type DueItem,
  type ExpiringItem,
  type ExpiryMonth,
  type OcopCalendar,
  type OcopStatus,
  type OcopSummary,
} from '../../../shared/models/ocop';
import {
  certificatesByIds,
  certificatesExpiring,
  productFacts,
  type CertificateRow,
} from '../../../db/repositories/ocop-stats';
import { getUnit, listDistrictUnits } from '../../../db/repositories/units';
import { planYear } from '../data-file';
import { unitName } from '../../../shared/models/units';

/** What a certificate row shows in a list (the expiry calendar, the overview's valid products). */
export const certificateFields = (r: CertificateRow): CertificateFields => ({
  producerName: r.producerName,
  districtName: unitName(r.districtKind, r.districtName),
  stars: r.stars,
  decisionNo: r.decisionNo,
  decisionDate: r.decisionDate,
  expiryDate: r.expiryDate,
});

const item = (r: CertificateRow): ExpiringItem => ({
  evaluationId: r.evaluationId,
  productId: r.productId,
  productName: r.productName,
  ...certificateFields(r),
  reEvaluated: !!r.reEvaluated,
});

/** Certificates in force whose expiry falls in the warning window (status "expiring"), by month. */
export function expiryCalendar(ctx: ServiceContext, asOf: string): ExpiryMonth[] {
  // One month of slack for month-end clamping; the exact rule is the status rule.
  const rows = certificatesExpiring(ctx.sqlite, asOf, addMonths(asOf, WARNING_MONTHS + 1)).filter(
    (r) => asOf >= addMonths(r.expiryDate, -WARNING_MONTHS),
  );
  const months = new Map<string, ExpiryMonth>();
  for (const r of rows) {
    const key = r.expiryDate.slice(0, 7);
    let m = months.get(key);
    if (!m) {
      m = { month: key, label: `Tháng ${Number(key.slice(5))}/${key.slice(0, 4)}`, items: [] };
      months.set(key, m);
    }
    m.items.push(item(r));
  }
  return [...months.values()];
}

/** Products whose certificate is expiring or expired with nothing evaluated since. */
export function dueForReevaluation(ctx: ServiceContext, asOf: string): DueItem[] {
  const due = new Map<number, OcopStatus>();
  for (const f of productFacts(ctx.sqlite, asOf)) {
    if (f.facts.recognition && isDueFromFacts(f.facts, asOf))
      due.set(f.facts.recognition.id, statusFromFacts(f.facts, asOf));
  }
  return certificatesByIds(ctx.sqlite, [...due.keys()], asOf).map((r) => {
    const status = due.get(r.evaluationId)!;
    return { ...item(r), status, statusLabel: OCOP_STATUS_LABEL[status] };
  });
}

export function ocopCalendar(ctx: ServiceContext, asOf: string): OcopCalendar {
  return {
    asOf,
    until: addMonths(asOf, WARNING_MONTHS),
    months: expiryCalendar(ctx, asOf),
    due: dueForReevaluation(ctx, asOf),
  };
}

const emptyRow = (districtId: number | null, name: string): DistrictSummaryRow => ({
  districtId,
  name,
  products: 0,
  byStatus: Object.fromEntries(OCOP_STATUSES.map((s) => [s, 0])) as Record<OcopStatus, number>,
  stars3: 0,
  stars4: 0,
  stars5: 0,
});

/** Products by district-level unit and status as of a date, with valid certificates by stars. */
export function ocopSummary(ctx: ServiceContext, asOf: string): OcopSummary {
  const rows = new Map<number | null, DistrictSummaryRow>();
  for (const d of listDistrictUnits(ctx.db, yearEnd(planYear(ctx))))
    rows.set(d.id, emptyRow(d.id, unitName(d.kind, d.name)));
  const total = emptyRow(null, 'Toàn tỉnh');
  for (const f of productFacts(ctx.sqlite, asOf)) {
    let row = rows.get(f.districtId);
    if (!row) {
      const u = f.districtId === null ? undefined : getUnit(ctx.db, f.districtId);
      row = emptyRow(f.districtId, u ? unitName(u.kind, u.name) : 'Chưa xác định đơn vị cấp huyện');
      rows.set(f.districtId, row);
    }
    const status = statusFromFacts(f.facts, asOf);
    for (const r of [row, total]) {
      r.products++;
      r.byStatus[status]++;
      if (status === 'recognised' || status === 'expiring') {
        const s = f.facts.recognition!.stars;
        if (s === 3) r.stars3++;
        else if (s === 4) r.stars4++;
        else if (s === 5) r.stars5++;
      }
    }
  }
  return { asOf, rows: [...rows.values()], total };
}
