/** Danh sách xã for a date: every commune-level unit in force, and adding, renaming, retiring units. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { compareVi, matchesSearch, searchKey } from '../../../shared/format/text';
import { formatShortDate, yearEnd } from '../../../shared/format/date';
import {
  fullDistrictName,
  unitFullName,
  unitKindLabel,
  unitName,
  type UnitKind,
  type UnitList,
  type UnitRow,
} from '../../../shared/models/units';
import {
  getProvince,
  getUnit,
  insertUnit,
  listDistrictUnits,
  patchUnit,
  unitByCodeAt,
  unitRecordsAt,
} from '../../../db/repositories/units';
import { recordAudit } from '../../../db/repositories/audit';
import { REORGANISATION_DATE } from '../../../db/seed/province';
import { planYear } from '../data-file';

/**
 * Units of a date as Danh sách xã shows them, built in one pass over plain rows (issue 14: the
 * national list of 10.035 xã is read again after every data change); with `id`, that unit only.
 */
export function unitRowsAt(ctx: ServiceContext, date: string, opts: { provinceId?: number; id?: number } = {}) {
  const { units, parents, predecessors } = unitRecordsAt(ctx.db, date, opts);
  // The district-level unit's full name, once per district.
  const districtNames = new Map<number, string>();
  const rows: UnitRow[] = new Array<UnitRow>(units.length);
  for (let i = 0; i < units.length; i++) {
    const [id, code, name, kind, notes, decision, validFrom, validTo, parentId] = units[i]!;
    const parent = parentId === null ? undefined : parents.get(parentId);
    const inDistrict = parent !== undefined && parent[2] === 'district';
    let districtFullName = '';
    if (inDistrict) {
      districtFullName = districtNames.get(parentId!) ?? unitName(parent[1], parent[0]);
      districtNames.set(parentId!, districtFullName);
    }
    const counts = predecessors.get(id);
    rows[i] = {
      id,
      code,
      name,
      kind: kind as UnitKind,
      kindLabel: unitKindLabel(kind),
      fullName: unitFullName(kind, name),
      inNtmScope: kind === 'xa',
      districtFullName,
      districtId: inDistrict ? parentId : null,
      validFrom,
      validTo,
      decision,
      notes,
      predecessorCount: counts ? counts[0] : 0,
      pendingCount: counts ? counts[1] : 0,
    };
  }
  return rows;
}

/** The file's own province in force at a date (the first one; the bench file holds several). */
const provinceAt = (ctx: ServiceContext, date: string) => getProvince(ctx.db, date);

/** A data file holds one province (and, before 1/7/2025, the old provinces it was formed from): all its units. */
export function unitListAt(ctx: ServiceContext, date: string, search?: string): UnitList {
  let units = unitRowsAt(ctx, date);
  if (search) {
    units = units.filter((u) => matchesSearch(`${u.fullName} ${u.districtFullName} ${u.code ?? ''}`, search));
    units.sort((a, b) => compareVi(a.name, b.name));
  }
  const counts = { xa: 0, phuong: 0, thiTran: 0, dacKhu: 0 };
  for (const u of units) {
    if (u.kind === 'xa') counts.xa++;
    else if (u.kind === 'phuong') counts.phuong++;
    else if (u.kind === 'thi_tran') counts.thiTran++;
    else if (u.kind === 'dac_khu') counts.dacKhu++;
  }
  return { date, afterReorganisation: date >= REORGANISATION_DATE, units, counts };
}

function rowOf(ctx: ServiceContext, id: number, date: string): UnitRow {
  const r = unitRowsAt(ctx, date, { id })[0];
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  return r;
}

function communeUnit(ctx: ServiceContext, id: number) {
  const u = getUnit(ctx.db, id);
  if (!u || u.level !== 'commune') throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị cấp xã này.');
  return u;
}

export interface NewUnit {
  name: string;
  kind: 'xa' | 'phuong' | 'dac_khu';
  code?: string | undefined;
  validFrom: string;
  decision: string;
  notes?: string | undefined;
}

/** Checks and inserts a unit (call inside a transaction); returns its id. */
export function addUnit(ctx: ServiceContext, u: NewUnit): number {
  const province = provinceAt(ctx, u.validFrom);
  if (!province)
    throw new AppError(
      'VALIDATION',
      `Ngày ${formatShortDate(u.validFrom)}: tệp dữ liệu chưa có tỉnh/thành phố nào có hiệu lực.`,
    );
  if (u.code) {
    const clash = unitByCodeAt(ctx.db, u.code, u.validFrom);
    if (clash) {
      throw new AppError(
        'CONFLICT',
        `Mã ${u.code} đang là mã của ${unitFullName(clash.kind, clash.name)} vào ngày ${formatShortDate(u.validFrom)}.`,
      );
    }
  }
  const id = insertUnit(ctx.db, {
    code: u.code ?? null,
    name: u.name,
    kind: u.kind,
    level: 'commune',
    parentId: province.id,
    validFrom: u.validFrom,
    validTo: null,
    decision: u.decision,
    notes: u.notes ?? '',
    searchKey: searchKey(fullDistrictName(u.kind, u.name)),
    sortOrder: 100_000,
  });
  recordAudit(ctx.db, [{ entity: 'unit', entityId: id, action: 'insert', newValue: u, communeId: id }], ctx.now());
  return id;
}

export function listUnits(ctx: ServiceContext, { date, year, search }: ParsedInputOf<'units.list'>) {
  return unitListAt(ctx, date ?? yearEnd(year ?? planYear(ctx)), search);
}

export function createUnit(ctx: ServiceContext, input: ParsedInputOf<'units.add'>) {
  const id = ctx.db.transaction(() => addUnit(ctx, input));
  return rowOf(ctx, id, input.validFrom);
}

export function renameUnit(ctx: ServiceContext, { id, name, effectiveDate, decision }: ParsedInputOf<'units.rename'>) {
  const u = communeUnit(ctx, id);
  if ((u.validFrom && effectiveDate < u.validFrom) || (u.validTo && effectiveDate >= u.validTo)) {
    throw new AppError(
      'VALIDATION',
      `Ngày đổi tên ${formatShortDate(effectiveDate)} nằm ngoài thời gian hiệu lực của ${unitFullName(u.kind, u.name)}.`,
    );
  }
  if (name === u.name) return rowOf(ctx, id, effectiveDate);
  const note = `Đổi tên từ «${u.name}» từ ngày ${formatShortDate(effectiveDate)} (${decision}).`;
  ctx.db.transaction((tx) => {
    patchUnit(tx, id, {
      name,
      searchKey: searchKey(fullDistrictName(u.kind, name)),
      decision,
      notes: u.notes ? `${u.notes}\n${note}` : note,
    });
    recordAudit(
      tx,
      [
        {
          entity: 'unit',
          entityId: id,
          field: 'name',
          action: 'update',
          oldValue: u.name,
          newValue: { name, effectiveDate, decision },
          communeId: id,
        },
      ],
      ctx.now(),
    );
  });
  return rowOf(ctx, id, effectiveDate);
}

export function retireUnit(ctx: ServiceContext, { id, validTo, decision }: ParsedInputOf<'units.retire'>) {
  const u = communeUnit(ctx, id);
  if (u.validFrom && validTo <= u.validFrom) {
    throw new AppError(
      'VALIDATION',
      `Ngày hết hiệu lực phải sau ngày ${formatShortDate(u.validFrom)} (ngày ${unitFullName(u.kind, u.name)} bắt đầu có hiệu lực).`,
    );
  }
  ctx.db.transaction((tx) => {
    patchUnit(tx, id, { validTo, decision });
    recordAudit(
      tx,
      [
        {
          entity: 'unit',
          entityId: id,
          field: 'validTo',
          action: 'update',
          oldValue: u.validTo,
          newValue: { validTo, decision },
          communeId: id,
        },
      ],
      ctx.now(),
    );
  });
  return rowOf(ctx, id, u.validFrom ?? '1900-01-01');
}

export function districtList(ctx: ServiceContext) {
  return listDistrictUnits(ctx.db, yearEnd(planYear(ctx))).map((d) => ({
    id: d.id,
    code: d.code,
    name: d.name,
    kind: d.kind as UnitKind,
    fullName: fullDistrictName(d.kind, d.name),
    communeCount: Number(d.communeCount),
  }));
}
