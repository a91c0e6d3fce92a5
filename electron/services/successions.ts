/** Where a new unit came from (with the old units' history) and where an old unit went; settling unclear parts. */
import type { ParsedInputOf } from '../../shared/api/contract';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { AppError } from '../../shared/errors';
import { UNIT_KIND_LABEL, unitFullName, unitName, type UnitKind } from '../../shared/models/units';
import { LEVEL_LABEL, type Level } from '../../shared/domain/ntm-figures';
import type {
  PendingSuccession,
  PredecessorHistory,
  SuccessionMatch,
  UnitRef,
  UnitSuccessionView,
} from '../../shared/models/successions';
import { getUnit, unitsWithParents } from '../../db/repositories/units';
import {
  communeLinks,
  countSuccessionParts,
  criteriaYearsOfUnits,
  getPart,
  linksOfParts,
  listParts,
  ocopOfUnits,
  recognitionsOfUnits,
  settlePart,
  type PartRow,
} from '../../db/repositories/successions';
import { recordAudit } from '../../db/repositories/audit';
import { REORGANISATION_DATE } from '../../db/seed/province';

/** The day before the reorganisation: what the old units held when they ended. */
const LAST_OLD_DAY = '2025-06-30';

export function unitRefs(ctx: ServiceContext, ids: number[]): Map<number, UnitRef> {
  const out = new Map<number, UnitRef>();
  for (const u of unitsWithParents(ctx.db, [...new Set(ids)])) {
    const district = u.parentLevel === 'district' ? unitName(u.parentKind, u.parentName) : '';
    const province =
      u.parentLevel === 'district' && u.grandName
        ? unitFullName(u.grandKind === 'thanh_pho_tw' ? 'thanh_pho' : (u.grandKind ?? ''), u.grandName)
        : '';
    out.set(u.id, {
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      fullName: unitFullName(u.kind, u.name),
      districtFullName: district,
      provinceFullName: province,
      validFrom: u.validFrom,
      validTo: u.validTo,
    });
  }
  return out;
}

const REASON: Record<string, string> = {
  several: 'Nhiều đơn vị cũ trùng tên: cần chọn đúng đơn vị',
  'none/partial': 'Nhận một phần diện tích, dân số: chưa khớp được đơn vị cũ',
  'none/whole': 'Không khớp được đơn vị cũ',
  partial: 'Chỉ nhận một phần của đơn vị cũ',
};

function reasonOf(p: PartRow): string {
  if (p.match === 'several') return REASON.several!;
  if (p.match === 'none') return REASON[`none/${p.extent}`]!;
  if (p.extent === 'partial') return REASON.partial!;
  return p.status === 'settled' ? 'Đã xác nhận' : 'Cần xác nhận';
}

function pendingViews(ctx: ServiceContext, parts: PartRow[]): PendingSuccession[] {
  const candidates = new Map(parts.map((p) => [p.id, JSON.parse(p.candidateIds) as number[]]));
  const links = linksOfParts(
    ctx.db,
    parts.map((p) => p.id),
  );
  const refs = unitRefs(ctx, [
    ...parts.map((p) => p.toUnitId),
    ...[...candidates.values()].flat(),
    ...[...links.values()].flat(),
  ]);
  const ref = (id: number) => refs.get(id);
  return parts.map((p) => ({
    id: p.id,
    status: p.status as PendingSuccession['status'],
    newUnit: ref(p.toUnitId)!,
    compositionText: p.compositionText,
    part: p.part,
    match: p.match as SuccessionMatch,
    extent: p.extent as 'whole' | 'partial',
    reason: reasonOf(p),
    candidates: (candidates.get(p.id) ?? []).map(ref).filter((r): r is UnitRef => r !== undefined),
    chosen: (links.get(p.id) ?? []).map(ref).filter((r): r is UnitRef => r !== undefined),
    settledAt: p.settledAt,
    note: p.note,
  }));
}

/** «3 xã cũ, 2 đã đạt NTM: Tân Tiến, Hỏa Lựu»; '' when there is nothing recorded. */
export function inheritedSummary(formedFrom: PredecessorHistory[]): string {
  if (!formedFrom.length) return '';
  const kinds = new Set(formedFrom.map((f) => f.unit.kind));
  const noun = kinds.size === 1 ? (UNIT_KIND_LABEL[[...kinds][0] as UnitKind] ?? 'đơn vị') : 'đơn vị';
  const ntm = formedFrom.filter((f) =>
    f.recognitions.some(
      (r) =>
        r.level === 'ntm' &&
        (r.revokedDate === null || r.revokedDate > LAST_OLD_DAY) &&
        (r.decisionDate ?? `${r.year}-12-31`) <= LAST_OLD_DAY,
    ),
  );
  const head = `${formedFrom.length} ${noun} cũ`;
  return ntm.length
    ? `${head}, ${ntm.length} đã đạt NTM: ${ntm.map((f) => f.unit.name).join(', ')}`
    : `${head}, chưa có đơn vị nào đạt NTM`;
}

export function predecessorsOf(ctx: ServiceContext, unitIds: number[]): Map<number, PredecessorHistory[]> {
  const links = communeLinks(ctx.db, { toUnitIds: unitIds });
  const oldIds = [...new Set(links.map((l) => l.fromUnitId))];
  const refs = unitRefs(ctx, oldIds);
  const recs = recognitionsOfUnits(ctx.db, oldIds);
  const crit = criteriaYearsOfUnits(ctx.db, oldIds);
  const ocop = ocopOfUnits(ctx.db, oldIds);
  const out = new Map<number, PredecessorHistory[]>();
  for (const l of links) {
    const unit = refs.get(l.fromUnitId);
    if (!unit) continue;
    const list = out.get(l.toUnitId) ?? [];
    list.push({
      unit,
      extent: l.extent as 'whole' | 'partial',
      recognitions: recs
        .filter((r) => r.communeId === l.fromUnitId)
        .map((r) => ({
          id: r.id,
          level: r.level as Level,
          levelLabel: LEVEL_LABEL[r.level as Level] ?? r.level,
          year: r.year,
          decisionNo: r.decisionNo,
          decisionDate: r.decisionDate,
          issuer: r.issuer,
          criteriaSetName: r.setName,
          revokedDate: r.revokedDate,
        })),
      criteria: crit
        .filter((c) => c.communeId === l.fromUnitId)
        .map((c) => ({
          year: c.year,
          met: Number(c.met),
          assessed: Number(c.assessed),
          required: Number(c.required ?? c.assessed),
        })),
      ocop: ocop
        .filter((o) => o.communeId === l.fromUnitId)
        .map((o) => ({ productId: o.id, name: o.name, stars: o.stars, status: o.status })),
    });
    out.set(l.toUnitId, list);
  }
  return out;
}

function viewOf(ctx: ServiceContext, unitId: number): UnitSuccessionView {
  const unit = unitRefs(ctx, [unitId]).get(unitId);
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  const formedFrom = predecessorsOf(ctx, [unitId]).get(unitId) ?? [];
  const went = communeLinks(ctx.db, { fromUnitIds: [unitId] });
  const toRefs = unitRefs(
    ctx,
    went.map((w) => w.toUnitId),
  );
  return {
    unit,
    formedFrom,
    wentTo: went.flatMap((w) => {
      const to = toRefs.get(w.toUnitId);
      return to
        ? [{ unit: to, extent: w.extent as 'whole' | 'partial', effectiveDate: w.effectiveDate, decision: w.decision }]
        : [];
    }),
    pending: pendingViews(ctx, listParts(ctx.db, { toUnitId: unitId, status: 'pending' })),
    inheritedSummary: inheritedSummary(formedFrom),
  };
}

export function pendingList(ctx: ServiceContext, { all }: ParsedInputOf<'successions.pending'>) {
  const parts = all
    ? listParts(ctx.db).filter((p) => p.status === 'pending' || p.settledAt !== null)
    : listParts(ctx.db, { status: 'pending' });
  return pendingViews(ctx, parts);
}

export function settleSuccession(
  ctx: ServiceContext,
  { id, oldUnitIds, extent, note }: ParsedInputOf<'successions.settle'>,
) {
  const part = getPart(ctx.db, id);
  if (!part) throw new AppError('NOT_FOUND', 'Không tìm thấy mục kế thừa cần xác nhận.');
  const ids = [...new Set(oldUnitIds)];
  for (const oldId of ids) {
    const u = getUnit(ctx.db, oldId);
    if (!u || u.level !== 'commune' || u.validTo === null || u.validTo > REORGANISATION_DATE) {
      throw new AppError('VALIDATION', 'Chỉ chọn được đơn vị cấp xã cũ (hết hiệu lực từ 01/7/2025).');
    }
  }
  const before = pendingViews(ctx, [part])[0]!;
  const chosenExtent = extent ?? (part.extent as 'whole' | 'partial');
  ctx.db.transaction((tx) => {
    settlePart(tx, part, ids, chosenExtent, note ?? part.note, REORGANISATION_DATE, ctx.now());
    recordAudit(
      tx,
      [
        {
          entity: 'succession',
          entityId: id,
          action: 'update',
          oldValue: { status: before.status, oldUnits: before.chosen.map((c) => c.fullName) },
          newValue: { status: 'settled', oldUnitIds: ids, extent: chosenExtent, note: note ?? '' },
          communeId: part.toUnitId,
        },
      ],
      ctx.now(),
    );
  });
  return pendingViews(ctx, [getPart(ctx.db, id)!])[0]!;
}

export const successionsHandlers: HandlersOf<'successions'> = {
  'successions.forUnit': (ctx, { unitId }) => viewOf(ctx, unitId),
  'successions.pending': (ctx, input) => pendingList(ctx, input),
  'successions.pendingCount': (ctx) => countSuccessionParts(ctx.db).pending,
  'successions.settle': (ctx, input) => settleSuccession(ctx, input),
};
