import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDb } from '../open';
import { adminUnits, successionParts, unitSuccessions } from '../schema';

export function countSuccessionParts(db: AppDb): { pending: number; settled: number } {
  const rows = db
    .select({ status: successionParts.status, n: sql<number>`count(*)` })
    .from(successionParts)
    .groupBy(successionParts.status)
    .all();
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { pending: of('pending'), settled: of('settled') };
}

export type PartRow = typeof successionParts.$inferSelect;

export function listParts(db: AppDb, opts: { status?: 'pending' | 'settled'; toUnitId?: number } = {}): PartRow[] {
  return db
    .select()
    .from(successionParts)
    .where(
      and(
        opts.status ? eq(successionParts.status, opts.status) : undefined,
        opts.toUnitId !== undefined ? eq(successionParts.toUnitId, opts.toUnitId) : undefined,
      ),
    )
    .orderBy(asc(successionParts.sortOrder), asc(successionParts.id))
    .all();
}

export function getPart(db: AppDb, id: number): PartRow | undefined {
  return db.select().from(successionParts).where(eq(successionParts.id, id)).get();
}

/** Old units a part was settled to (its links). */
export function linksOfParts(db: AppDb, partIds: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!partIds.length) return out;
  const rows = db
    .select({ partId: unitSuccessions.partId, fromUnitId: unitSuccessions.fromUnitId })
    .from(unitSuccessions)
    .where(inArray(unitSuccessions.partId, partIds))
    .all();
  for (const r of rows) {
    if (r.partId === null) continue;
    out.set(r.partId, [...(out.get(r.partId) ?? []), r.fromUnitId]);
  }
  return out;
}

/** Replaces the links of a part with the chosen old units and marks it settled; call inside a transaction. */
export function settlePart(
  db: AppDb,
  part: PartRow,
  oldUnitIds: number[],
  extent: 'whole' | 'partial',
  note: string,
  effectiveDate: string,
  at: Date,
): void {
  db.delete(unitSuccessions).where(eq(unitSuccessions.partId, part.id)).run();
  for (const fromUnitId of oldUnitIds) {
    db.insert(unitSuccessions)
      .values({ fromUnitId, toUnitId: part.toUnitId, effectiveDate, extent, partId: part.id, decision: '' })
      .run();
  }
  db.update(successionParts)
    .set({ status: 'settled', extent, note, settledAt: at.toISOString() })
    .where(eq(successionParts.id, part.id))
    .run();
}

/** Commune-level links old → new (settled), with their extent. */
export function communeLinks(db: AppDb, opts: { toUnitIds?: number[]; fromUnitIds?: number[] } = {}) {
  return db
    .select({
      fromUnitId: unitSuccessions.fromUnitId,
      toUnitId: unitSuccessions.toUnitId,
      extent: unitSuccessions.extent,
      effectiveDate: unitSuccessions.effectiveDate,
      decision: unitSuccessions.decision,
    })
    .from(unitSuccessions)
    .innerJoin(adminUnits, eq(adminUnits.id, unitSuccessions.fromUnitId))
    .where(
      and(
        eq(adminUnits.level, 'commune'),
        opts.toUnitIds ? inArray(unitSuccessions.toUnitId, opts.toUnitIds) : undefined,
        opts.fromUnitIds ? inArray(unitSuccessions.fromUnitId, opts.fromUnitIds) : undefined,
      ),
    )
    .orderBy(asc(unitSuccessions.id))
    .all();
}

/** Recognitions of some units (all, revoked too), with the criteria set's name. */
export function recognitionsOfUnits(db: AppDb, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db.all<{
    id: number;
    communeId: number;
    level: string;
    year: number;
    decisionNo: string;
    decisionDate: string | null;
    issuer: string;
    setName: string | null;
    revokedDate: string | null;
  }>(sql`SELECT r.id, r.commune_id AS communeId, r.level, r.year, r.decision_no AS decisionNo, r.decision_date AS decisionDate,
           r.issuer, s.name AS setName, r.revoked_date AS revokedDate
         FROM recognitions r LEFT JOIN criteria_sets s ON s.id = r.criteria_set_id
         WHERE r.commune_id IN (${sql.join(
           unitIds.map((i) => sql`${i}`),
           sql`, `,
         )})
         ORDER BY r.year, r.id`);
}

/** Criteria met / assessed per unit and year, with the size of the set in force that year. */
export function criteriaYearsOfUnits(db: AppDb, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db.all<{ communeId: number; year: number; met: number; assessed: number; required: number | null }>(
    sql`SELECT cr.commune_id AS communeId, cr.year, sum(CASE WHEN cr.met THEN 1 ELSE 0 END) AS met, count(*) AS assessed,
          (SELECT s.required_count FROM criteria_sets s WHERE s.level = 'ntm' AND s.year_from <= cr.year AND s.year_to >= cr.year) AS required
        FROM criterion_results cr
        WHERE cr.commune_id IN (${sql.join(
          unitIds.map((i) => sql`${i}`),
          sql`, `,
        )})
        GROUP BY cr.commune_id, cr.year ORDER BY cr.year`,
  );
}

/** OCOP products made in some units, with the highest stars any evaluation gave them. */
export function ocopOfUnits(db: AppDb, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db.all<{ communeId: number; id: number; name: string; status: string; stars: number | null }>(
    sql`SELECT p.commune_id AS communeId, p.id, p.name, p.status, (SELECT max(e.stars) FROM ocop_evaluations e WHERE e.product_id = p.id) AS stars
        FROM ocop_products p WHERE p.commune_id IN (${sql.join(
          unitIds.map((i) => sql`${i}`),
          sql`, `,
        )}) ORDER BY p.name`,
  );
}
