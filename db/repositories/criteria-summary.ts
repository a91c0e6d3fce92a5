/**
 * Reads of the maintained criteria summary (`criteria_year_summary`, one row per commune-year,
 * kept by triggers): the matrix of a year at national scale in one indexed pass.
 */
import type { AppDb } from '../open';
import { preparedRaw } from './prepared';
import { inForceSql } from './recognitions';
import { LEVELS } from '../../shared/domain/ntm-figures';
import type { CriteriaMask } from '../../shared/models/units-of-measure';

/** Per commune: met and entered criteria as bit masks over criterion numbers, and whether any is sample data. */
export interface ResultMasks {
  communeId: number;
  metMask: CriteriaMask;
  knownMask: CriteriaMask;
  sample: number;
}

const MASKS_SQL = `SELECT commune_id, met_mask, known_mask, sample_count > 0 FROM criteria_year_summary WHERE year = ? AND set_id = ?`;
const MASKS_ONE_SQL = `${MASKS_SQL} AND commune_id = ?`;

/** The summary rows of a year and set (communes without any result have none); optionally of some communes. */
export function summaryMasks(db: AppDb, year: number, setId: number, communeIds?: number[]): ResultMasks[] {
  const rows: [number, CriteriaMask, CriteriaMask, number][] = [];
  if (!communeIds)
    rows.push(...(preparedRaw(db, MASKS_SQL).all(year, setId) as [number, CriteriaMask, CriteriaMask, number][]));
  else {
    const one = preparedRaw(db, MASKS_ONE_SQL);
    for (const id of communeIds) {
      const r = one.get(year, setId, id) as [number, CriteriaMask, CriteriaMask, number] | undefined;
      if (r) rows.push(r);
    }
  }
  return rows.map(([communeId, metMask, knownMask, sample]) => ({ communeId, metMask, knownMask, sample }));
}

export type CriteriaSummaryRow = [
  year: number,
  setId: number,
  communeId: number,
  metMask: CriteriaMask,
  knownMask: CriteriaMask,
  sampleCount: number,
];

/** The whole stored summary, in key order (tests compare it with the recomputation). */
export function storedCriteriaSummary(db: AppDb): CriteriaSummaryRow[] {
  return preparedRaw(
    db,
    'SELECT year, set_id, commune_id, met_mask, known_mask, sample_count FROM criteria_year_summary ORDER BY 1, 2, 3',
  ).all() as CriteriaSummaryRow[];
}

/** The summary recomputed by grouping every result: what the stored one must always equal. */
export function recomputedCriteriaSummary(db: AppDb): CriteriaSummaryRow[] {
  return preparedRaw(
    db,
    `SELECT r.year, c.set_id, r.commune_id, sum(CASE WHEN r.met THEN 1 << c.no ELSE 0 END), sum(1 << c.no), sum(r.source = 'sample')
     FROM criterion_results r JOIN criteria c ON c.id = r.criterion_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  ).all() as CriteriaSummaryRow[];
}

/** One matrix row as read: commune, its district-level unit, and its summary (nulls when no result). */
export type MatrixRecord = [
  id: number,
  code: string | null,
  name: string,
  districtId: number | null,
  metMask: CriteriaMask | null,
  knownMask: CriteriaMask | null,
  sampleCount: number | null,
];

/**
 * The rural communes (xã) valid at a date in the province's usual order, each with its summary
 * row of the year and set: one statement, plain arrays (district names come once each, from
 * `districtRecords`).
 */
export function matrixRecords(db: AppDb, date: string, year: number, setId: number): MatrixRecord[] {
  return preparedRaw(
    db,
    `SELECT u.id, u.code, u.name, d.id, s.met_mask, s.known_mask, s.sample_count
     FROM admin_units u
     LEFT JOIN admin_units d ON d.id = u.parent_id AND d.level = 'district'
     LEFT JOIN criteria_year_summary s ON s.year = @year AND s.set_id = @setId AND s.commune_id = u.id
     WHERE u.kind = 'xa' AND (u.valid_from IS NULL OR u.valid_from <= @date) AND (u.valid_to IS NULL OR u.valid_to > @date)
     ORDER BY d.sort_order, u.sort_order, u.id`,
  ).all({ year, setId, date }) as MatrixRecord[];
}

/** A matrix record with the highest level the commune holds at the date (nulls when none). */
export type MatrixHeldRecord = [
  ...MatrixRecord,
  level: string | null,
  levelYear: number | null,
  decisionNo: string | null,
  decisionDate: string | null,
  exception: number | null,
];

const LEVEL_RANK = `CASE x.level ${LEVELS.map((l, i) => `WHEN '${l}' THEN ${i}`).join(' ')} ELSE -1 END`;

/**
 * The recognition deciding the level a commune holds — highest level, then earliest year, then
 * lowest id — as the smallest of one packed key per recognition: (levels above it) << 59 |
 * year << 47 | id. A min() per commune through its index needs no sort per commune (an ORDER BY
 * … LIMIT 1 here made a temporary B-tree for each of the 10,000 rows). Exact while years are
 * below 4096 and ids below 2^47; the low 47 bits are the id.
 */
const HELD_ID = `(SELECT min(((${LEVELS.length} - ${LEVEL_RANK}) << 59) | (x.year << 47) | x.id) & ${2 ** 47 - 1}
                  FROM recognitions x WHERE x.commune_id = u.id AND ${inForceSql('x')})`;

const HELD_SQL = `SELECT u.id, u.code, u.name, d.id, s.met_mask, s.known_mask, s.sample_count,
       r.level, r.year, r.decision_no, r.decision_date, r.exception_reason <> ''
     FROM admin_units u
     LEFT JOIN admin_units d ON d.id = u.parent_id AND d.level = 'district'
     LEFT JOIN criteria_year_summary s ON s.year = @year AND s.set_id = @setId AND s.commune_id = u.id
     LEFT JOIN recognitions r ON r.id = ${HELD_ID}
     WHERE u.kind = 'xa' AND (u.valid_from IS NULL OR u.valid_from <= @date) AND (u.valid_to IS NULL OR u.valid_to > @date)`;

// Whole statements as constants: the per-connection statement cache hashes the text on every call.
const HELD_ALL_SQL = `${HELD_SQL} ORDER BY d.sort_order, u.sort_order, u.id`;
const HELD_ONE_SQL = `${HELD_SQL} AND u.id = @id`;
const HELD_SOME_SQL = `${HELD_SQL} AND u.id IN (SELECT value FROM json_each(@ids)) ORDER BY d.sort_order, u.sort_order, u.id`;

const heldParams = (date: string, year: number, setId: number) => {
  const y = Number(date.slice(0, 4));
  return { year, setId, date, y, end: `${y}-12-31` };
};

/**
 * The matrix records of the xã valid at a date, in the province's usual order, together with the
 * recognition deciding the highest level each holds then (the earliest of equal levels): one
 * statement, one plain array per commune, so the grid needs no second pass.
 */
export function matrixHeldRecords(db: AppDb, date: string, year: number, setId: number): MatrixHeldRecord[] {
  return preparedRaw(db, HELD_ALL_SQL).all(heldParams(date, year, setId)) as MatrixHeldRecord[];
}

/** The same records for some communes only (those not valid at the date are left out): one statement for any number. */
export function matrixHeldRecordsOf(
  db: AppDb,
  date: string,
  year: number,
  setId: number,
  communeIds: readonly number[],
): MatrixHeldRecord[] {
  const params = heldParams(date, year, setId);
  if (communeIds.length === 1)
    return preparedRaw(db, HELD_ONE_SQL).all({ ...params, id: communeIds[0] }) as MatrixHeldRecord[];
  return preparedRaw(db, HELD_SOME_SQL).all({ ...params, ids: JSON.stringify(communeIds) }) as MatrixHeldRecord[];
}

/** District-level units by id (each a candidate parent of the matrix rows): id, name, kind, sort order. */
export function districtUnits(db: AppDb): [id: number, name: string, kind: string, sortOrder: number][] {
  return preparedRaw(
    db,
    `SELECT id, name, kind, sort_order FROM admin_units WHERE level = 'district' ORDER BY sort_order, id`,
  ).all() as [number, string, string, number][];
}

/** District-level units that are the parent of some xã valid at a date (none from 1/7/2025): id, name, kind, sort order. */
export function districtRecords(
  db: AppDb,
  date: string,
): [id: number, name: string, kind: string, sortOrder: number][] {
  return preparedRaw(
    db,
    `SELECT d.id, d.name, d.kind, d.sort_order FROM admin_units d
     WHERE d.level = 'district' AND d.id IN (SELECT u.parent_id FROM admin_units u
                    WHERE u.kind = 'xa' AND (u.valid_from IS NULL OR u.valid_from <= @date) AND (u.valid_to IS NULL OR u.valid_to > @date))
     ORDER BY d.sort_order, d.id`,
  ).all({ date }) as [number, string, string, number][];
}

/**
 * Cells of some communes whose đạt is computed (an indicator value of the set is entered, or an
 * «đánh giá khác» is recorded), as `communeId:criterionId`: checked on every cell edit, so one
 * prepared indexed statement per commune instead of loading the set's model (UNION ALL: the set
 * below drops repeats, SQLite need not).
 */
export function computedCellKeys(db: AppDb, year: number, setId: number, communeIds: number[]): Set<string> {
  const st = preparedRaw(
    db,
    `SELECT i.criterion_id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN criteria c ON c.id = i.criterion_id
       WHERE v.year = @year AND v.commune_id = @communeId AND c.set_id = @setId
     UNION ALL SELECT criterion_id FROM criterion_overrides WHERE year = @year AND commune_id = @communeId`,
  );
  const out = new Set<string>();
  for (const communeId of new Set(communeIds)) {
    for (const [criterionId] of st.all({ year, setId, communeId }) as [number][])
      out.add(`${communeId}:${criterionId}`);
  }
  return out;
}
