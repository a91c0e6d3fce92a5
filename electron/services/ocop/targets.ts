/** The year's OCOP targets (Kế hoạch mục II.2) with progress counted from the data. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { NATIONAL_PROPOSAL_DOC, DEFAULT_DOSSIER_TYPES } from '../../../shared/domain/ocop-dossier';
import { OCOP_TARGET_LABEL, type OcopTargetKind, type TargetProgress } from '../../../shared/models/ocop';
import { recordAudit } from '../../../db/repositories/audit';
import { getUnit } from '../../../db/repositories/units';
import { getTarget, insertTarget, listTargets, updateTarget } from '../../../db/repositories/ocop-evaluations';
import { targetCounts } from '../../../db/repositories/ocop-stats';
import { unitName } from '../../../shared/models/units';
import { yearEnd } from '../../../shared/format/date';

const proposalLabel = DEFAULT_DOSSIER_TYPES.find((t) => t.code === NATIONAL_PROPOSAL_DOC)!.label;

/** How each target's current count is obtained; shown next to the figure. */
export const TARGET_RULES: Record<OcopTargetKind, string> = {
  district_3_4:
    'Số sản phẩm của đơn vị có kết quả đánh giá cấp huyện đạt 3 - 4 sao trong năm (tính theo ngày quyết định công nhận; chưa có quyết định thì theo ngày đánh giá).',
  province_3_4:
    'Số sản phẩm được công nhận 3 - 4 sao cấp tỉnh theo quyết định ký trong năm (sản phẩm thăng hạng được tính ở chỉ tiêu thăng hạng).',
  upgrade_3_4: 'Số sản phẩm được công nhận thăng hạng lên 4 sao theo quyết định ký trong năm.',
  national_dossiers: `Số sản phẩm trong năm có kết quả đánh giá cấp tỉnh từ 90 điểm trở lên, hoặc đã được đánh giá cấp trung ương, hoặc hồ sơ có «${proposalLabel}».`,
};

/**
 * Targets of `year` with their current counts, counting what is dated from 1 January up to
 * `upTo` (default: 31 December). For reports: `ocopPlanTargets(ctx, 2022)`.
 */
export function ocopPlanTargets(ctx: ServiceContext, year: number, upTo = yearEnd(year)): TargetProgress[] {
  const to = upTo < yearEnd(year) ? upTo : yearEnd(year);
  const counts = targetCounts(ctx.sqlite, `${year}-01-01`, to, NATIONAL_PROPOSAL_DOC);
  const perUnit = new Map(counts.byDistrict.map((r) => [r.unitId, r.n]));
  return listTargets(ctx.db, year).map((t) => {
    const kind = t.kind as OcopTargetKind;
    const unit = t.unitId === null ? undefined : getUnit(ctx.db, t.unitId);
    const current =
      kind === 'district_3_4'
        ? (perUnit.get(t.unitId) ?? 0)
        : kind === 'province_3_4'
          ? counts.province
          : kind === 'upgrade_3_4'
            ? counts.upgrades
            : counts.national;
    return {
      id: t.id,
      year: t.year,
      kind,
      label: OCOP_TARGET_LABEL[kind] ?? t.kind,
      unitId: t.unitId,
      unitName: unit ? unitName(unit.kind, unit.name) : 'Toàn tỉnh',
      minCount: t.minCount,
      maxCount: t.maxCount,
      targetText:
        t.maxCount !== null && t.maxCount !== t.minCount
          ? `${t.minCount} - ${t.maxCount} sản phẩm`
          : `ít nhất ${t.minCount} sản phẩm`,
      current,
      met: current >= t.minCount,
      rule: TARGET_RULES[kind] ?? '',
      notes: t.notes,
    };
  });
}

export function copyTargets(ctx: ServiceContext, { fromYear, toYear }: ParsedInputOf<'ocop.targetsCopy'>) {
  if (listTargets(ctx.db, toYear).length)
    throw new AppError('CONFLICT', `Năm ${toYear} đã có chỉ tiêu OCOP; hãy sửa từng chỉ tiêu.`);
  const source = listTargets(ctx.db, fromYear);
  if (!source.length) throw new AppError('NOT_FOUND', `Năm ${fromYear} chưa có chỉ tiêu OCOP để sao chép.`);
  ctx.db.transaction((tx) => {
    for (const { id: _id, ...t } of source) {
      const values = {
        ...t,
        year: toYear,
        notes: `Sao chép từ chỉ tiêu năm ${fromYear}; cần cập nhật theo kế hoạch năm ${toYear}.`,
      };
      const id = insertTarget(tx, values);
      recordAudit(tx, [{ entity: 'ocop_target', entityId: id, action: 'insert', newValue: values }], ctx.now());
    }
  });
  return ocopPlanTargets(ctx, toYear);
}

export function saveTarget(ctx: ServiceContext, input: ParsedInputOf<'ocop.targetSave'>) {
  const unitId = input.unitId ?? null;
  if (input.kind === 'district_3_4') {
    const u = unitId === null ? undefined : getUnit(ctx.db, unitId);
    if (!u || u.level !== 'district')
      throw new AppError('VALIDATION', 'Chỉ tiêu cấp huyện phải chọn một đơn vị cấp huyện.');
  } else if (unitId !== null) {
    throw new AppError('VALIDATION', 'Chỉ tiêu này là chỉ tiêu toàn tỉnh, không chọn đơn vị cấp huyện.');
  }
  const clash = listTargets(ctx.db, input.year).find(
    (t) => t.kind === input.kind && t.unitId === unitId && t.id !== input.id,
  );
  if (clash)
    throw new AppError(
      'CONFLICT',
      `Năm ${input.year} đã có chỉ tiêu «${OCOP_TARGET_LABEL[input.kind]}» cho đơn vị này; hãy sửa chỉ tiêu đã có.`,
    );
  const values = {
    year: input.year,
    kind: input.kind,
    unitId,
    minCount: input.minCount,
    maxCount: input.maxCount ?? null,
    notes: input.notes,
  };
  ctx.db.transaction((tx) => {
    if (input.id) {
      const before = getTarget(tx, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu cần sửa.');
      updateTarget(tx, input.id, values);
      recordAudit(
        tx,
        [{ entity: 'ocop_target', entityId: input.id, action: 'update', oldValue: before, newValue: values }],
        ctx.now(),
      );
    } else {
      const id = insertTarget(tx, values);
      recordAudit(tx, [{ entity: 'ocop_target', entityId: id, action: 'insert', newValue: values }], ctx.now());
    }
  });
  return ocopPlanTargets(ctx, input.year);
}
