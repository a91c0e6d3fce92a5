/** What every funding service needs: the sources, the year's unit tree, the disbursement cut-off. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { fullDistrictName } from '../../../shared/models/units';
import { disbursementCutoffs, listSources, unitTree } from '../../../db/repositories/funding';
import { unitTreeCommunes, unitTreeTop, type UnitTreeRow } from '../../../db/repositories/funding-screen';
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
  return {
    list,
    byId: new Map(list.map((s) => [s.id, s])),
    byCode: new Map(list.map((s) => [s.code, s])),
    codes: list.map((s) => s.code),
  };
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
  return treeOfRows(unitTree(ctx.db, yearEnd(year)), year);
}

/** Which xã a part of the year's tree holds: some by id, those under some units; 'all' for the whole tree. */
export type TreePart = { communeIds?: number[]; parentIds?: number[] } | 'all';

/**
 * The year's tree, or a reader of its parts: the province and its district-level units with only
 * the xã a read needs (a national year's 10^4 xã are not all read on each screen read).
 */
export type TreeSource = YearTree | ((part: TreePart) => YearTree);

/** The year's tree as a reader of parts (each part as yearTree would hold it; the units above the xã read once). */
export function yearTreeParts(ctx: ServiceContext, year: number): (part: TreePart) => YearTree {
  let top: UnitTreeRow[] | undefined;
  return (part) => {
    if (part === 'all') return yearTree(ctx, year);
    top ??= unitTreeTop(ctx.db, yearEnd(year));
    // The xã follow the units above them: treeOfRows keeps the xã's own order within each parent.
    const communes = unitTreeCommunes(ctx.db, yearEnd(year), part.communeIds ?? [], part.parentIds ?? []);
    return treeOfRows(communes.length ? [...top, ...communes] : top, year);
  };
}

/** The province and its district-level units: the units the year's xã hang under. */
export const parentIds = (tree: Pick<YearTree, 'province' | 'districts'>): number[] => [
  tree.province.id,
  ...tree.districts.map((d) => d.id),
];

/** The part of a tree source (a whole tree holds every part). */
export const treePart = (tree: TreeSource, part: TreePart): YearTree =>
  typeof tree === 'function' ? tree(part) : tree;

/** The tree of unitTree's rows (or a part of them, in the same order). */
function treeOfRows(rows: UnitTreeRow[], year: number): YearTree {
  const prov = rows.find((r) => r[3] === 'province');
  if (!prov) throw new AppError('NOT_FOUND', `Không có tỉnh nào còn hiệu lực vào cuối năm ${year}.`);
  const unit = (r: (typeof rows)[number]): TreeUnit => ({
    id: r[0],
    name: r[1],
    fullName: fullDistrictName(r[2], r[1]),
    parentId: r[4],
  });
  const province = unit(prov);
  // Only the year's province: units of another province (after a merger) are not in its tree.
  const districts = rows.filter((r) => r[3] === 'district' && r[4] === province.id).map(unit);
  // By district-level unit in its order (those directly under the province first), then the
  // communes' own order: one list per district-level unit, joined.
  const lists = new Map<number, CommuneUnit[]>([
    [province.id, []],
    ...districts.map((d) => [d.id, []] as [number, CommuneUnit[]]),
  ]);
  const districtById = new Map(districts.map((d) => [d.id, d]));
  for (const r of rows) {
    const list = r[3] === 'commune' && r[4] !== null ? lists.get(r[4]) : undefined;
    if (!list) continue;
    const d = districtById.get(r[4]!);
    list.push({
      id: r[0],
      name: r[1],
      fullName: fullDistrictName(r[2], r[1]),
      parentId: r[4],
      districtId: d?.id ?? null,
      districtName: d?.fullName ?? '',
    });
  }
  const communes = [...lists.values()].flat();
  return {
    province,
    districts,
    communes,
    communeById: new Map(communes.map((c) => [c.id, c])),
    units: [
      { id: province.id, parentId: null },
      ...districts.map((d) => ({ id: d.id, parentId: d.parentId })),
      ...communes.map((c) => ({ id: c.id, parentId: c.parentId })),
    ],
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

export function writeStatedTotal(
  db: ServiceContext['db'],
  year: number,
  stage: FundingStage,
  amount: ThousandVnd | null,
): ThousandVnd | null {
  const all = getSetting<Stated>(db, STATED_KEY, {});
  const y = { ...(all[String(year)] ?? {}) };
  const old = y[stage] ?? null;
  if (amount === null) delete y[stage];
  else y[stage] = amount;
  setSetting(db, STATED_KEY, { ...all, [String(year)]: y });
  return old;
}
