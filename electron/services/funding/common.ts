/** What every funding service needs: the sources, the year's unit tree, the disbursement cut-off. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { fullDistrictName } from '../../../shared/models/units';
import { disbursementCutoffs, listSources, unitTree } from '../../../db/repositories/funding';
import { getSetting, setSetting } from '../../../db/repositories/settings';
import type { ThousandVnd } from '../../../shared/models/units-of-measure';
import type { RollupUnit } from '../../domain/funding-rollup';
import type { FundingSourceInfo, FundingStage } from '../../../shared/models/funding';
import { yearEnd } from '../../../shared/format/date';

export interface Sources {
  list: FundingSourceInfo[];
  byId: Map<number, FundingSourceInfo>;
  byCode: Map<string, FundingSourceInfo>;
  codes: string[];
}

export function loadSources(ctx: ServiceContext): Sources {
  const list = listSources(ctx.db);
  return { list, byId: new Map(list.map((s) => [s.id, s])), byCode: new Map(list.map((s) => [s.code, s])), codes: list.map((s) => s.code) };
}

export function sourceIdOf(sources: Sources, code: string): number {
  const s = sources.byCode.get(code);
  if (!s) throw new AppError('VALIDATION', `Không có nguồn vốn mã «${code}».`);
  return s.id;
}

export interface TreeUnit {
  id: number;
  name: string;
  /** "huyện Châu Thành", "xã Phú Hữu", "thành phố Cần Thơ". */
  fullName: string;
  parentId: number | null;
}

export interface CommuneUnit extends TreeUnit {
  districtId: number | null;
  districtName: string;
}

export interface YearTree {
  province: TreeUnit;
  districts: TreeUnit[];
  communes: CommuneUnit[];
  communeById: Map<number, CommuneUnit>;
  units: RollupUnit[];
}

/** The province, its district-level units and xã as they stood at the end of the year. */
export function yearTree(ctx: ServiceContext, year: number): YearTree {
  const rows = unitTree(ctx.db, yearEnd(year));
  const prov = rows.find((r) => r.level === 'province');
  if (!prov) throw new AppError('NOT_FOUND', `Không có tỉnh nào còn hiệu lực vào cuối năm ${year}.`);
  const unit = (r: (typeof rows)[number]): TreeUnit => ({ id: r.id, name: r.name, fullName: fullDistrictName(r.kind, r.name), parentId: r.parentId });
  // Only the year's province: units of another province (after a merger) are not in its tree.
  const districts = rows.filter((r) => r.level === 'district' && r.parentId === prov.id).map(unit);
  const districtById = new Map(districts.map((d) => [d.id, d]));
  const communes: CommuneUnit[] = rows
    .filter((r) => r.level === 'commune' && (r.parentId === prov.id || districtById.has(r.parentId ?? -1)))
    .map((r) => {
      const d = districtById.get(r.parentId ?? -1);
      return { ...unit(r), districtId: d?.id ?? null, districtName: d?.fullName ?? '' };
    });
  // By district-level unit in its order, then the communes' own order (a stable sort keeps it).
  const districtRank = new Map(districts.map((d, i) => [d.id, i]));
  communes.sort((a, b) => (districtRank.get(a.districtId ?? -1) ?? -1) - (districtRank.get(b.districtId ?? -1) ?? -1));
  const province = unit(prov);
  return {
    province,
    districts,
    communes,
    communeById: new Map(communes.map((c) => [c.id, c])),
    units: [{ id: province.id, parentId: null }, ...districts, ...communes].map((u) => ({ id: u.id, parentId: u.id === province.id ? null : u.parentId })),
  };
}

/** The cut-off asked for, else the newest one of the year, else the year's last day. */
export function resolveCutoff(ctx: ServiceContext, year: number, asOf?: string): { asOf: string; cutoffs: string[] } {
  const cutoffs = disbursementCutoffs(ctx.db, year);
  return { asOf: asOf ?? cutoffs[0] ?? yearEnd(year), cutoffs };
}

/** Stated totals live in settings (schema v1 has no column for them): { "2022": { need: … } }. */
const STATED_KEY = 'funding.statedTotals';
type Stated = Record<string, Partial<Record<FundingStage, ThousandVnd>>>;

export const statedTotals = (ctx: ServiceContext, year: number): Partial<Record<FundingStage, ThousandVnd>> =>
  getSetting<Stated>(ctx.db, STATED_KEY, {})[String(year)] ?? {};

export function writeStatedTotal(db: ServiceContext['db'], year: number, stage: FundingStage, amount: ThousandVnd | null): ThousandVnd | null {
  const all = getSetting<Stated>(db, STATED_KEY, {});
  const y = { ...(all[String(year)] ?? {}) };
  const old = y[stage] ?? null;
  if (amount === null) delete y[stage];
  else y[stage] = amount;
  setSetting(db, STATED_KEY, { ...all, [String(year)]: y });
  return old;
}
