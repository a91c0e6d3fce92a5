/** system.info: the app, the open data file and its state (damaged, empty, ready). */
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import type { SystemInfo } from '../../shared/models/units';
import type { DamageInfo } from '../../shared/models/backups';
import { getProvince } from '../../db/repositories/units';
import { yearEnd } from '../../shared/format/date';
import { dataInfo } from './setup';
import { hasSampleData, planYear } from './data-file';

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

export const systemHandlers: HandlersOf<'system'> = {
  'system.info': (ctx) => systemInfo(ctx),
};
