/** Setting up a data file: a province from the national lists, or the demo; opening and making data files. */
import type { ParsedInputOf } from '../../shared/api/contract';
import fs from 'node:fs';
import path from 'node:path';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { AppError } from '../../shared/errors';
import type { DataKind, DataState, ProvinceOption, ProvinceSetting, SetupResult } from '../../shared/models/setup';
import { isSeeded, seedDefaultData } from '../../db/seed/seed';
import { DEMO_INFO, DEMO_LABEL, DEMO_PROVINCE } from '../../db/seed/demo';
import { defaultSettings } from '../../db/seed/data/settings';
import { seedReferenceData } from '../../db/seed/reference';
import { loadProvinceUnits } from '../../db/seed/province';
import { proposedSettings } from '../../db/seed/province-settings';
import { listProvinces, nationalUnits, pre2025Origin } from '../../db/seed/national';
import { getSetting, setSetting } from '../../db/repositories/settings';
import { recordAudit } from '../../db/repositories/audit';
import { countUnitsByKind } from '../../db/repositories/units';
import { countSuccessionParts } from '../../db/repositories/successions';

const DATA_FILTER = [{ name: 'Tệp dữ liệu NTM Office', extensions: ['db'] }];

/** empty = no province yet (first start); the renderer then offers setup.createProvince / setup.openDemo. */
export function dataStateOf(ctx: ServiceContext): DataState {
  return isSeeded(ctx.db) ? 'ready' : 'empty';
}

/** The file's province as chosen at setup; files made before this setting existed are the demo. */
export function provinceSettingOf(ctx: ServiceContext): ProvinceSetting | null {
  const stored = getSetting<ProvinceSetting | null>(ctx.db, 'province', null);
  if (stored) return stored;
  return isSeeded(ctx.db) ? DEMO_PROVINCE : null;
}

/** The start-state part of system.info. */
export function dataInfo(ctx: ServiceContext) {
  const province = provinceSettingOf(ctx);
  return {
    dataState: dataStateOf(ctx),
    provinceCode: province?.code ?? '',
    provinceFullName: province?.fullName ?? '',
    dataKind: province?.kind ?? null,
    pendingSuccessions: countSuccessionParts(ctx.db).pending,
  };
}

function requireEmpty(ctx: ServiceContext): void {
  if (isSeeded(ctx.db)) {
    throw new AppError(
      'CONFLICT',
      'Tệp dữ liệu này đã có dữ liệu của một tỉnh. Hãy tạo tệp dữ liệu mới (Cài đặt → Tạo tệp dữ liệu mới) rồi chọn tỉnh.',
    );
  }
}

function resultOf(ctx: ServiceContext, kind: DataKind, code: string, name: string): SetupResult {
  const byKind = countUnitsByKind(ctx.db);
  const parts = countSuccessionParts(ctx.db);
  return {
    kind,
    provinceCode: code,
    provinceName: name,
    units: byKind.newUnits,
    xa: byKind.newXa,
    phuong: byKind.newPhuong,
    dacKhu: byKind.newDacKhu,
    oldUnits: byKind.oldUnits,
    oldDistricts: byKind.oldDistricts,
    successions: byKind.successions,
    pending: parts.pending,
  };
}

/** Fills an empty data file with a province's units and proposed settings, in one transaction. */
export function createProvinceData(ctx: ServiceContext, provinceCode: string, withPre2025: boolean): SetupResult {
  requireEmpty(ctx);
  const planYear = ctx.now().getFullYear();
  let name = '';
  ctx.db.transaction((tx) => {
    if (isSeeded(tx)) throw new AppError('CONFLICT', 'Tệp dữ liệu này đã có dữ liệu.');
    seedReferenceData(tx);
    const loaded = loadProvinceUnits(ctx.sqlite, provinceCode, { withPre2025, nationalDir: ctx.nationalDir });
    name = loaded.province.name;
    for (const [key, value] of Object.entries(proposedSettings(loaded.province, planYear, withPre2025)))
      setSetting(tx, key, value);
    recordAudit(
      tx,
      [
        {
          entity: 'setup',
          entityId: provinceCode,
          action: 'insert',
          newValue: { province: loaded.province.fullName, withPre2025, units: loaded.units, pending: loaded.pending },
        },
      ],
      ctx.now(),
    );
  });
  return resultOf(ctx, 'province', provinceCode, name);
}

export function openDemoData(ctx: ServiceContext): SetupResult {
  requireEmpty(ctx);
  seedDefaultData(ctx.db, ctx.nationalDir);
  return resultOf(ctx, 'demo', DEMO_PROVINCE.code, DEMO_LABEL);
}

function provinceOptions(ctx: ServiceContext): ProvinceOption[] {
  const data = nationalUnits(ctx.nationalDir);
  return listProvinces(ctx.nationalDir).map((p) => {
    const units = data.units.filter((u) => u.provinceCode === p.code);
    return {
      code: p.code,
      name: p.name,
      fullName: p.fullName,
      kind: p.kind,
      unitCount: units.length,
      xaCount: units.filter((u) => u.kind === 'xã').length,
      phuongCount: units.filter((u) => u.kind === 'phường').length,
      dacKhuCount: units.filter((u) => u.kind === 'đặc khu').length,
      formedFrom: pre2025Origin(p.code, ctx.nationalDir).provinces.map((o) => o.fullName),
    };
  });
}

async function reopen(ctx: ServiceContext, file: string): Promise<void> {
  if (!ctx.reopen) throw new AppError('UNSUPPORTED', 'Chỉ ứng dụng máy tính mới mở được tệp dữ liệu khác.');
  await ctx.reopen(file);
}

export function createProvince(
  ctx: ServiceContext,
  { provinceCode, withPre2025 }: ParsedInputOf<'setup.createProvince'>,
) {
  if (!listProvinces(ctx.nationalDir).some((p) => p.code === provinceCode)) {
    throw new AppError(
      'VALIDATION',
      `Không có tỉnh/thành phố mã ${provinceCode} trong danh mục 34 tỉnh, thành phố từ 01/7/2025.`,
    );
  }
  return createProvinceData(ctx, provinceCode, withPre2025);
}

export function demoInfo() {
  return DEMO_INFO;
}

export function proposedAgency(ctx: ServiceContext) {
  const province = provinceSettingOf(ctx);
  const national =
    province?.kind === 'province' ? listProvinces(ctx.nationalDir).find((p) => p.code === province.code) : undefined;
  return national
    ? proposedSettings(national, ctx.now().getFullYear(), province!.withPre2025).agency
    : defaultSettings.agency;
}

export const setupHandlers: HandlersOf<'setup'> = {
  'setup.provinces': (ctx) => provinceOptions(ctx),
  'setup.createProvince': (ctx, input) => createProvince(ctx, input),
  'setup.openDemo': (ctx) => openDemoData(ctx),
  'setup.demo': () => demoInfo(),
  'setup.proposedSettings': (ctx) => proposedAgency(ctx),
};

export async function openDataFile(ctx: ServiceContext) {
  const choose = ctx.platform.chooseOpenPaths;
  if (!choose || !ctx.reopen) throw new AppError('UNSUPPORTED', 'Chỉ ứng dụng máy tính mới mở được tệp dữ liệu khác.');
  const [file] = await choose(DATA_FILTER);
  if (!file) return { done: false, path: null };
  await reopen(ctx, file);
  return { done: true, path: ctx.dbPath };
}

export async function newDataFile(ctx: ServiceContext) {
  const choose = ctx.platform.chooseSavePath;
  if (!choose || !ctx.reopen) throw new AppError('UNSUPPORTED', 'Chỉ ứng dụng máy tính mới tạo được tệp dữ liệu mới.');
  const target = await choose('ntm-office-moi.db', DATA_FILTER);
  if (!target) return { done: false, path: null };
  const file = path.extname(target) ? target : `${target}.db`;
  if (fs.existsSync(file)) {
    throw new AppError(
      'CONFLICT',
      `Tệp «${path.basename(file)}» đã có. Tệp dữ liệu mới phải là tệp chưa có; hãy chọn tên khác.`,
    );
  }
  await reopen(ctx, file);
  return { done: true, path: ctx.dbPath };
}
