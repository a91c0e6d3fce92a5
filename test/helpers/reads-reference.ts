/**
 * The plain implementations the national-scale reads replaced (issue 14), kept here as the
 * recomputation their answers must equal: drizzle with correlated counts per row.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../../db/open';
import { adminUnits } from '../../db/schema';
import { communeLevelAt, listRuralCommunes, unitIdentity } from '../../db/repositories/units';
import type { ServiceContext } from '../../electron/services/context';
import { communesOfYear, heldLevels, namesOf } from '../../electron/services/criteria/common';
import { LEVELS, type Level } from '../../shared/domain/ntm-figures';
import type { ProjectionTarget } from '../../shared/domain/ntm-projection';
import { formatPercent } from '../../shared/format/number';
import { yearEnd } from '../../shared/format/date';
import { unitFullName, unitKindLabel, unitName, type UnitKind, type UnitRow } from '../../shared/models/units';

const district = alias(adminUnits, 'district');

/** Danh sách xã's rows for a date as they were read before: one query, two counts per unit. */
export function plainUnitRows(db: AppDb, atDate: string, provinceId?: number): UnitRow[] {
  return db
    .select({
      ...unitIdentity,
      notes: adminUnits.notes,
      decision: adminUnits.decision,
      validFrom: adminUnits.validFrom,
      validTo: adminUnits.validTo,
      districtId: district.id,
      districtName: district.name,
      districtKind: district.kind,
      districtLevel: district.level,
      predecessors: sql<number>`(SELECT count(*) FROM unit_successions s WHERE s.to_unit_id = "admin_units"."id")`,
      pending: sql<number>`(SELECT count(*) FROM succession_parts p WHERE p.to_unit_id = "admin_units"."id" AND p.status = 'pending')`,
    })
    .from(adminUnits)
    .leftJoin(district, eq(district.id, adminUnits.parentId))
    .where(communeLevelAt(atDate, provinceId))
    .orderBy(asc(district.sortOrder), asc(adminUnits.sortOrder), asc(adminUnits.id))
    .all()
    .map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as UnitKind,
      kindLabel: unitKindLabel(r.kind),
      fullName: unitFullName(r.kind, r.name),
      inNtmScope: r.kind === 'xa',
      districtFullName: r.districtLevel === 'district' ? unitName(r.districtKind, r.districtName) : '',
      districtId: r.districtLevel === 'district' ? r.districtId : null,
      validFrom: r.validFrom,
      validTo: r.validTo,
      decision: r.decision,
      notes: r.notes,
      predecessorCount: Number(r.predecessors),
      pendingCount: Number(r.pending),
    }));
}

/** Communes holding each level at each year's end: the year's xã, each with its levels in force then (SQL rule). */
export function plainProgress(ctx: ServiceContext, fromYear: number, toYear: number) {
  const out: { year: number; ntm: number; nangCao: number; kieuMau: number }[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const ids = new Set(communesOfYear(ctx, y).map((c) => c.id));
    const counts = { ntm: 0, nang_cao: 0, kieu_mau: 0 };
    for (const [id, h] of heldLevels(ctx, yearEnd(y)))
      if (ids.has(id)) for (const lv of LEVELS.slice(0, LEVELS.indexOf(h.level) + 1)) counts[lv]++;
    out.push({ year: y, ntm: counts.ntm, nangCao: counts.nang_cao, kieuMau: counts.kieu_mau });
  }
  return out;
}

/** The year's xã with their names, as read before: objects from the repository, names per row. */
export function plainCommunesOfYear(ctx: ServiceContext, year: number, ids?: number[]) {
  return listRuralCommunes(ctx.db, yearEnd(year), ids).map((r) => {
    const { districtFullName, label } = namesOf(r.name, r.districtName, r.districtKind);
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      districtId: r.districtId,
      districtName: r.districtName ?? '',
      districtFullName,
      districtOrder: r.districtOrder ?? 0,
      label,
    };
  });
}

/** Projections with a set per level (the first implementation). */
export function plainProjectLevels(baseline: Map<number, Level>, targets: ProjectionTarget[], communeTotal: number) {
  const atLeast = (held: Level, wanted: Level) => LEVELS.indexOf(held) >= LEVELS.indexOf(wanted);
  return LEVELS.map((level) => {
    const held = new Set([...baseline].filter(([, lv]) => atLeast(lv, level)).map(([id]) => id));
    const targeted = (kind: 'official' | 'stretch') =>
      targets
        .filter((t) => t.kind === kind && t.level !== 'tieu_chi' && atLeast(t.level, level))
        .map((t) => t.communeId);
    const projected = new Set([...held, ...targeted('official')]);
    const withStretch = new Set([...projected, ...targeted('stretch')]);
    return {
      level,
      baseline: held.size,
      official: targets.filter((t) => t.kind === 'official' && t.level === level).length,
      stretch: targets.filter((t) => t.kind === 'stretch' && t.level === level).length,
      projected: projected.size,
      projectedPercent: formatPercent(projected.size, communeTotal),
      projectedWithStretch: withStretch.size,
      projectedWithStretchPercent: formatPercent(withStretch.size, communeTotal),
    };
  });
}
