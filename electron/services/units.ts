import type { ParsedInputOf } from '../../shared/api/contract';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { AppError } from '../../shared/errors';
import { compareVi, matchesSearch, searchKey } from '../../shared/format/text';
import { fullDistrictName, type CommuneRow, type SystemInfo, type UnitKind } from '../../shared/models/units';
import type { DamageInfo } from '../../shared/models/backups';
import { getProvince, getUnit, listDistrictUnits, listRuralCommunes, updateUnit } from '../../db/repositories/units';
import { getSetting } from '../../db/repositories/settings';
import { recordAudit } from '../../db/repositories/audit';
import { anySampleRows } from '../../db/repositories/sample';
import { yearEnd } from '../../shared/format/date';
import { dataInfo } from './setup';

export const planYear = (ctx: ServiceContext): number => getSetting(ctx.db, 'planYear', 2022);

/** Units are listed as they stood at the end of the plan year (the 2022 structure by default). */

function communeRows(ctx: ServiceContext, year: number): CommuneRow[] {
  return listRuralCommunes(ctx.db, yearEnd(year)).map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as UnitKind,
    districtId: r.districtId,
    districtName: r.districtName ?? '',
    districtFullName: r.districtName ? fullDistrictName(r.districtKind ?? '', r.districtName) : '',
    notes: r.notes,
  }));
}

/** While the data file could not be opened, nothing is read from it: the renderer shows recovery. */
const damagedInfo = (ctx: ServiceContext, damage: DamageInfo): SystemInfo => ({
  appVersion: ctx.appVersion,
  dbPath: ctx.dbPath,
  dataDir: ctx.dataDir,
  schemaVersion: 0,
  provinceName: '',
  planYear: new Date().getFullYear(),
  hasSampleData: false,
  dataState: 'damaged',
  damage,
  provinceCode: '',
  provinceFullName: '',
  dataKind: null,
  pendingSuccessions: 0,
});

export const hasSampleData = (ctx: ServiceContext): boolean => anySampleRows(ctx.db);

export function systemInfo(ctx: ServiceContext) {
  if (ctx.damage) return damagedInfo(ctx, ctx.damage);
  const year = planYear(ctx);
  return {
    appVersion: ctx.appVersion,
    dbPath: ctx.dbPath,
    dataDir: ctx.dataDir,
    schemaVersion: ctx.schemaVersion,
    provinceName: getProvince(ctx.db, yearEnd(year))?.name ?? '',
    planYear: year,
    hasSampleData: hasSampleData(ctx),
    damage: null,
    ...dataInfo(ctx),
  };
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
        .map((f) => ({ entity: 'commune', entityId: input.id, field: f, action: 'update' as const, oldValue: before[f], newValue: patch[f], communeId: input.id })),
      ctx.now(),
    );
  });
  const row = communeRows(ctx, planYear(ctx)).find((r) => r.id === input.id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy xã cần sửa.');
  return row;
}

export const unitsHandlers: HandlersOf<'system' | 'communes'> & Pick<HandlersOf<'units'>, 'units.districts'> = {
  'system.info': (ctx) => systemInfo(ctx),
  'units.districts': (ctx) => districtList(ctx),
  'communes.list': (ctx, input) => listCommunes(ctx, input),
  'communes.update': (ctx, input) => updateCommune(ctx, input),
};
