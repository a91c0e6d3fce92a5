/** Per-commune yearly targets (official vs. stretch) and the province's stated figures. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { LEVEL_LABEL, LEVELS } from '../../../shared/domain/ntm-figures';
import {
  TARGET_KIND_LABEL,
  TARGET_LEVEL_LABEL,
  type TargetKind,
  type TargetLevel,
  type TargetRow,
} from '../../../shared/models/criteria';
import type { ParsedInputOf } from '../../../shared/api/contract';
import {
  deleteCommuneTarget,
  getCommuneTarget,
  listCommuneTargets,
  provinceTargetsOf,
  setProvinceTarget,
  upsertCommuneTarget,
  findCommuneTarget,
} from '../../../db/repositories/targets';
import { criteriaMetByCommune, criteriaSetForYear } from '../../../db/repositories/standings';
import { recordAudit } from '../../../db/repositories/audit';
import { communesOfYear, heldLevels, namesOf } from './common';
import { yearEnd } from '../../../shared/format/date';

function metInYear(ctx: ServiceContext, year: number): Map<number, number> {
  const set = criteriaSetForYear(ctx.db, year);
  return set ? criteriaMetByCommune(ctx.db, year, set.id) : new Map();
}

export function listTargets(ctx: ServiceContext, year: number, id?: number): TargetRow[] {
  const baseline = metInYear(ctx, year - 1);
  const current = metInYear(ctx, year);
  return listCommuneTargets(ctx.db, { year, id }).map((t) => {
    const { districtFullName, label } = namesOf(t.communeName, t.districtName, t.districtKind);
    return {
      id: t.id,
      communeId: t.communeId,
      communeName: t.communeName,
      communeLabel: label,
      districtId: t.districtId,
      districtFullName,
      year: t.year,
      level: t.level as TargetLevel,
      kind: t.kind as TargetKind,
      targetCriteria: t.targetCriteria,
      notes: t.notes,
      baselineCriteria: baseline.get(t.communeId) ?? null,
      currentCriteria: current.get(t.communeId) ?? null,
    };
  });
}

const describeTarget = (t: { level: string; kind: string; targetCriteria: number | null }) =>
  `${TARGET_LEVEL_LABEL[t.level as TargetLevel]} — ${TARGET_KIND_LABEL[t.kind as TargetKind]}${t.targetCriteria !== null ? `, ${t.targetCriteria} tiêu chí` : ''}`;

export function setTarget(ctx: ServiceContext, input: ParsedInputOf<'criteria.setTarget'>): TargetRow {
  const commune = communesOfYear(ctx, input.year, [input.communeId])[0];
  if (!commune) throw new AppError('NOT_FOUND', `Không tìm thấy xã trong danh sách xã năm ${input.year}.`);
  if (input.level !== 'tieu_chi') {
    const held = heldLevels(ctx, yearEnd(input.year - 1), [input.communeId]).get(input.communeId);
    if (held && LEVELS.indexOf(held.level) >= LEVELS.indexOf(input.level)) {
      throw new AppError(
        'CONFLICT',
        `Xã ${commune.label} đã đạt ${LEVEL_LABEL[held.level]} từ năm ${held.year}; không cần đặt chỉ tiêu này.`,
      );
    }
  }
  const before = findCommuneTarget(ctx.db, input.communeId, input.year, input.level);
  const id = ctx.db.transaction((tx) => {
    const newId = upsertCommuneTarget(tx, { ...input });
    recordAudit(
      tx,
      [
        {
          entity: 'commune_target',
          entityId: newId,
          field: String(input.year),
          action: before ? 'update' : 'insert',
          oldValue: before ? describeTarget(before) : null,
          newValue: describeTarget(input),
          communeId: input.communeId,
        },
      ],
      ctx.now(),
    );
    return newId;
  });
  return listTargets(ctx, input.year, id)[0]!;
}

export function removeTarget(ctx: ServiceContext, id: number): { removed: boolean } {
  const before = getCommuneTarget(ctx.db, id);
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu cần xóa.');
  ctx.db.transaction((tx) => {
    deleteCommuneTarget(tx, id);
    recordAudit(
      tx,
      [
        {
          entity: 'commune_target',
          entityId: id,
          field: String(before.year),
          action: 'delete',
          oldValue: describeTarget(before),
          newValue: null,
          communeId: before.communeId,
        },
      ],
      ctx.now(),
    );
  });
  return { removed: true };
}

export function saveProvinceTarget(
  ctx: ServiceContext,
  input: ParsedInputOf<'criteria.setProvinceTarget'>,
): { saved: boolean } {
  const old = provinceTargetsOf(ctx.db, input.year).get(input.key) ?? null;
  const value = input.value === null ? null : String(input.value);
  if (old === value) return { saved: false };
  ctx.db.transaction((tx) => {
    setProvinceTarget(tx, input.year, input.key, value);
    recordAudit(
      tx,
      [
        {
          entity: 'province_target',
          entityId: `${input.year}:${input.key}`,
          field: input.key,
          action: 'update',
          oldValue: old,
          newValue: value,
        },
      ],
      ctx.now(),
    );
  });
  return { saved: true };
}
