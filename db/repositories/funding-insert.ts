/**
 * Writes of many works and figures at once (imports: 10^4 works, 3·10^4 figures): a few statements
 * instead of one per row, storing exactly what the single-row writes store
 * (test/db/funding-bulk-insert.test.ts).
 */
import type { AppDb } from '../open';
import { prepared, preparedRaw } from './prepared';
import type { FundingStage } from '../../shared/models/funding';
import { withKey, type WorkInsert } from './funding';

/** Works' columns as insertWorks writes them, with the defaults of the schema for missing values. */
const WORK_COLUMNS =
  'INSERT INTO works (commune_id, name, criterion_no, start_year, end_year, status, committed_value, notes, source, import_key) VALUES ';
const WORK_TUPLE = "(?, ?, ?, ?, ?, coalesce(?, 'planned'), ?, coalesce(?, ''), coalesce(?, 'user'), ?)";
/** Works per multi-row insert: one statement per 100 works instead of one per work. */
const WORKS_PER_INSERT = 100;

function workValues(r: WorkInsert): unknown[] {
  const k = withKey(r);
  return [
    k.communeId ?? null,
    k.name,
    k.criterionNo ?? null,
    k.startYear ?? null,
    k.endYear ?? null,
    k.status ?? null,
    k.committedValue ?? null,
    k.notes ?? null,
    k.source ?? null,
    k.importKey ?? null,
  ];
}

/**
 * Many works at once (imports); ids in input order. Whole hundreds go through one multi-row insert
 * each (the same bound values as the single-row insert, so the same stored values): a statement's
 * rows get consecutive AUTOINCREMENT ids ending at its last insert rowid.
 */
export function insertWorks(db: AppDb, rows: WorkInsert[]): number[] {
  const ids: number[] = [];
  let i = 0;
  if (rows.length >= WORKS_PER_INSERT) {
    const many = prepared(db, WORK_COLUMNS + Array<string>(WORKS_PER_INSERT).fill(WORK_TUPLE).join(', '));
    for (; i + WORKS_PER_INSERT <= rows.length; i += WORKS_PER_INSERT) {
      const { changes, lastInsertRowid } = many.run(rows.slice(i, i + WORKS_PER_INSERT).flatMap(workValues));
      if (changes !== WORKS_PER_INSERT) throw new Error(`insertWorks: ${changes} rows written of ${WORKS_PER_INSERT}`);
      const last = Number(lastInsertRowid);
      for (let id = last - WORKS_PER_INSERT + 1; id <= last; id++) ids.push(id);
    }
  }
  const one = prepared(db, WORK_COLUMNS + WORK_TUPLE);
  for (; i < rows.length; i++) ids.push(Number(one.run(workValues(rows[i]!)).lastInsertRowid));
  return ids;
}

export interface WorkFigureInsert {
  year: number;
  workId: number;
  sourceId: number;
  stage: FundingStage;
  amount: number;
  asOf: string | null;
}

/** From this many figures on, insertWorkFigures writes them with one statement. */
const BULK_FIGURES = 100;

/**
 * Inserts many work figures (imports), in input order. A large batch is one statement over a JSON
 * list (a JSON integer reads back as an INTEGER, a string as TEXT, null as NULL: the values the
 * single-row insert stores); `jsonb_each` hands each row over as JSONB, so `->>` does not parse it again.
 */
export function insertWorkFigures(db: AppDb, rows: WorkFigureInsert[]): void {
  if (rows.length >= BULK_FIGURES) {
    preparedRaw(
      db,
      `INSERT INTO funding_amounts (year, work_id, source_id, stage, amount, as_of, source)
       SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, 'user' FROM jsonb_each(?)`,
    ).run(JSON.stringify(rows.map((r) => [r.year, r.workId, r.sourceId, r.stage, r.amount, r.asOf])));
    return;
  }
  const st = prepared(
    db,
    "INSERT INTO funding_amounts (year, work_id, source_id, stage, amount, as_of, source) VALUES (?, ?, ?, ?, ?, ?, 'user')",
  );
  for (const r of rows) st.run(r.year, r.workId, r.sourceId, r.stage, r.amount, r.asOf);
}
