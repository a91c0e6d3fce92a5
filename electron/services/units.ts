import { and, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { AppError } from '../../shared/errors';
import { compareVi, matchesSearch, searchKey } from '../../shared/format/text';
import { UNIT_KIND_LABEL, type CommuneRow, type UnitKind } from '../../shared/models/units';
import { computeFigures, type CommuneStanding } from '../../shared/domain/ntm-figures';
import { getProvince, getUnit, listDistrictUnits, listRuralCommunes, updateUnit } from '../../db/repositories/units';
import { getSetting } from '../../db/repositories/settings';
import { recordAudit } from '../../db/repositories/audit';
import { criteriaMetByCommune, criteriaSetForYear, levelsAtEndOfYear } from '../../db/repositories/standings';
import { criterionResults, fundingAmounts, ocopEvaluations, recognitions } from '../../db/schema';

export const planYear = (ctx: ServiceContext): number => getSetting(ctx.db, 'planYear', 2022);

/** Units are listed as they stood at the end of the plan year (the 2022 structure by default). */
const yearEnd = (year: number) => `${year}-12-31`;

export const fullDistrictName = (kind: string, name: string) => `${UNIT_KIND_LABEL[kind as UnitKind] ?? ''} ${name}`.trim();

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

export function hasSampleData(ctx: ServiceContext): boolean {
  const probe = (table: typeof criterionResults | typeof recognitions | typeof fundingAmounts | typeof ocopEvaluations) =>
    !!ctx.db.select({ one: sql`1` }).from(table).where(eq(table.source, 'sample')).limit(1).get();
  return probe(criterionResults) || probe(recognitions) || probe(fundingAmounts) || probe(ocopEvaluations);
}

export const unitsHandlers: HandlersOf<'system' | 'units' | 'communes' | 'dashboard'> = {
  'system.info': (ctx) => {
    const year = planYear(ctx);
    return {
      appVersion: ctx.appVersion,
      dbPath: ctx.dbPath,
      dataDir: ctx.dataDir,
      schemaVersion: ctx.schemaVersion,
      provinceName: getProvince(ctx.db, yearEnd(year))?.name ?? '',
      planYear: year,
      hasSampleData: hasSampleData(ctx),
    };
  },

  'units.districts': (ctx) =>
    listDistrictUnits(ctx.db, yearEnd(planYear(ctx))).map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      kind: d.kind as UnitKind,
      fullName: fullDistrictName(d.kind, d.name),
      communeCount: Number(d.communeCount),
    })),

  'communes.list': (ctx, input) => {
    let rows = communeRows(ctx, planYear(ctx));
    if (input.districtId) rows = rows.filter((r) => r.districtId === input.districtId);
    if (input.search) {
      const q = input.search;
      rows = rows.filter((r) => matchesSearch(`${r.name} ${r.districtName}`, q));
      rows.sort((a, b) => compareVi(a.name, b.name));
    }
    return rows;
  },

  'communes.update': (ctx, input) => {
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
  },

  'dashboard.summary': (ctx, { year }) => {
    const communes = communeRows(ctx, year);
    const set = criteriaSetForYear(ctx.db, year);
    const levels = levelsAtEndOfYear(ctx.db, year);
    const met = set ? criteriaMetByCommune(ctx.db, year, set.id) : new Map<number, number>();
    const standings: CommuneStanding[] = communes.map((c) => ({
      communeId: c.id,
      districtId: c.districtId,
      level: levels.get(c.id)?.level ?? null,
      levelYear: levels.get(c.id)?.year ?? null,
      criteriaMet: met.get(c.id) ?? null,
    }));
    const f = computeFigures(standings, year, set?.requiredCount ?? 19);
    const province = getProvince(ctx.db, yearEnd(year));
    const need = ctx.db
      .select({ total: sql<number>`coalesce(sum(${fundingAmounts.amount}), 0)` })
      .from(fundingAmounts)
      .where(and(eq(fundingAmounts.year, year), eq(fundingAmounts.stage, 'need'), province ? eq(fundingAmounts.unitId, province.id) : sql`0`))
      .get();
    const ocop = ctx.db
      .select({ n: sql<number>`count(DISTINCT ${ocopEvaluations.productId})` })
      .from(ocopEvaluations)
      .where(
        and(
          gte(ocopEvaluations.stars, 3),
          isNotNull(ocopEvaluations.decisionDate),
          lte(ocopEvaluations.decisionDate, yearEnd(year)),
          sql`${ocopEvaluations.revokedDate} IS NULL`,
        ),
      )
      .get();
    const districts = listDistrictUnits(ctx.db, yearEnd(year));
    return {
      year,
      provinceName: province?.name ?? '',
      communeTotal: f.communeTotal,
      ntmCount: f.ntm,
      ntmPercent: f.ntmPercent,
      nangCaoCount: f.nangCao,
      kieuMauCount: f.kieuMau,
      avgCriteria: f.avgCriteria,
      minCriteria: f.minCriteria,
      criteriaSetName: set?.name ?? null,
      // Stored in nghìn đồng; the dashboard shows triệu đồng.
      fundingNeedTotal: Math.round(Number(need?.total ?? 0) / 1000),
      ocopProductCount: Number(ocop?.n ?? 0),
      sampleData: hasSampleData(ctx),
      byDistrict: districts.map((d) => {
        const inD = standings.filter((s) => s.districtId === d.id);
        return { districtId: d.id, name: fullDistrictName(d.kind, d.name), communes: inD.length, ntm: inD.filter((s) => s.level).length };
      }),
    };
  },
};
