/**
 * The plain implementations the national-scale reads replaced (issue 14), kept here as the
 * recomputation their answers must equal: drizzle with correlated counts per row.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDb } from '../../db/open';
import { adminUnits } from '../../db/schema';
import { communeLevelAt, unitIdentity } from '../../db/repositories/units';
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
