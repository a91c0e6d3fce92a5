/** The rural communes (xã) of the plan year: the list and the edit of a name or notes. */
import type { ParsedInputOf } from '../../shared/api/contract';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { AppError } from '../../shared/errors';
import { compareVi, matchesSearch, searchKey } from '../../shared/format/text';
import { unitName, type CommuneRow, type UnitKind } from '../../shared/models/units';
import { getUnit, listRuralCommunes, updateUnit } from '../../db/repositories/units';
import { recordAudit } from '../../db/repositories/audit';
import { yearEnd } from '../../shared/format/date';
import { planYear } from './data-file';

/** Communes are listed as they stood at the end of the plan year (the 2022 structure by default). */
function communeRows(ctx: ServiceContext, year: number): CommuneRow[] {
  return listRuralCommunes(ctx.db, yearEnd(year)).map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as UnitKind,
    districtId: r.districtId,
    districtName: r.districtName ?? '',
    districtFullName: unitName(r.districtKind, r.districtName),
    notes: r.notes,
  }));
}

export function listCommunes(ctx: ServiceContext, input: ParsedInputOf<'communes.list'>) {
  let rows = communeRows(ctx, planYear(ctx));
  if (input.districtId) rows = rows.filter((r) => r.districtId === input.districtId);
  if (input.search) {
    const q = input.search;
    rows = rows.filter((r) => matchesSearch(`${r.name} ${r.districtName}`, q));
    rows.sort((a, b) => compareVi(a.name, b.name));
  }
  return rows;
}

export function updateCommune(ctx: ServiceContext, input: ParsedInputOf<'communes.update'>) {
  const before = getUnit(ctx.db, input.id);
  if (!before || before.kind !== 'xa') throw new AppError('NOT_FOUND', 'Không tìm thấy xã cần sửa.');
  const patch: { name?: string; notes?: string; searchKey?: string } = {};
  if (input.name !== undefined && input.name !== before.name) {
    patch.name = input.name;
    patch.searchKey = searchKey(input.name);
  }
  if (input.notes !== undefined && input.notes !== before.notes) patch.notes = input.notes;
  ctx.db.transaction((tx) => {
    if (!Object.keys(patch).length) return;
    updateUnit(tx, input.id, patch);
    recordAudit(
      tx,
      (['name', 'notes'] as const)
        .filter((f) => patch[f] !== undefined)
        .map((f) => ({
          entity: 'commune',
          entityId: input.id,
          field: f,
          action: 'update' as const,
          oldValue: before[f],
          newValue: patch[f],
          communeId: input.id,
        })),
      ctx.now(),
    );
  });
  const row = communeRows(ctx, planYear(ctx)).find((r) => r.id === input.id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy xã cần sửa.');
  return row;
}

export const communesHandlers: HandlersOf<'communes'> = {
  'communes.list': (ctx, input) => listCommunes(ctx, input),
  'communes.update': (ctx, input) => updateCommune(ctx, input),
};
