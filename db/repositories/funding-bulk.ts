/**
 * Bulk writes of works' figures (imports) without the per-row summary triggers (issue 14).
 *
 * Inside the writer's transaction, `beginBulkSummaries` takes the current contribution of every
 * existing work the writer may change out of the commune and parent sums and drops the funding
 * summary triggers (a row trigger costs its program's set-up on every row even when its WHEN
 * clause is false: about 10 µs a row per trigger, most of an import's write); the writer then
 * inserts, updates and deletes as it likes, and `endBulkSummaries` adds the new contribution of
 * every touched work back, rebuilds their per-work rows and recreates the triggers from their
 * stored text, all before the same transaction commits. SQLite's DDL is transactional: a failure
 * or a crash anywhere rolls the triggers back with everything else. The commune sums are a sum
 * over works, and the parent sums a sum over communes, so "minus the old, plus the new" of the
 * touched works is exact.
 */
import type { AppDb } from '../open';
import { preparedRaw, sqliteOf } from './prepared';
import { figureContributions } from './funding-summary';

/** Each figure's contribution to its commune's sum row, for some works. */
const CONTRIBUTION = figureContributions('f.work_id IN (SELECT value FROM json_each(@works))');

function collect(db: AppDb, workIds: number[], sign: 1 | -1): void {
  if (!workIds.length) return;
  preparedRaw(
    db,
    `INSERT INTO temp.bulk_summary_delta (year, commune_id, source_id, stage, as_of, amount) SELECT year, commune_id, source_id, stage, as_of, @sign * delta FROM (${CONTRIBUTION})`,
  ).run({
    works: JSON.stringify(workIds),
    sign,
  });
}

/** Deletes the rows of `table` whose rowids are among `rowids` (nulls skipped). */
function deleteRowids(db: AppDb, table: 'funding_commune_sums' | 'funding_parent_sums', rowids: unknown[]): void {
  const ids = rowids.filter((id) => id !== null);
  if (ids.length)
    preparedRaw(db, `DELETE FROM ${table} WHERE rowid IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids));
}

/** The triggers that keep funding_commune_sums, funding_parent_sums and funding_work_sums (migrations 0002, 0007, 0008). */
export const FUNDING_SUMMARY_TRIGGERS = [
  'funding_commune_sums_planned_ai',
  'funding_commune_sums_planned_ad',
  'funding_commune_sums_disbursed_ai',
  'funding_commune_sums_disbursed_ad',
  'funding_commune_sums_au',
  'funding_commune_sums_work_au',
  'funding_parent_sums_ai',
  'funding_parent_sums_ad',
  'funding_parent_sums_au',
  'funding_work_sums_ai',
  'funding_work_sums_ad',
  'funding_work_sums_au',
] as const;

/** Texts of the dropped triggers, per connection, from begin to end. */
const dropped = new WeakMap<object, string[]>();

/**
 * Starts a bulk write inside the current transaction: the existing works in `workIds` are about to
 * change (figures, commune). Not nested: a second call before `endBulkSummaries` fails, and so does
 * a call when any of the triggers is missing.
 */
export function beginBulkSummaries(db: AppDb, workIds: number[]): void {
  const sqlite = sqliteOf(db);
  if (!sqlite.inTransaction) throw new Error('beginBulkSummaries: only inside a transaction');
  if (dropped.has(sqlite)) throw new Error('beginBulkSummaries: a bulk write is already under way');
  const texts = sqlite
    .prepare(
      `SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    )
    .pluck()
    .all(JSON.stringify(FUNDING_SUMMARY_TRIGGERS)) as string[];
  if (texts.length !== FUNDING_SUMMARY_TRIGGERS.length)
    throw new Error('beginBulkSummaries: the funding summary triggers are not all there');
  sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS bulk_summary_delta (year INTEGER, commune_id INTEGER, source_id INTEGER, stage TEXT, as_of TEXT, amount INTEGER)',
  );
  sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS bulk_summary_net (year INTEGER, commune_id INTEGER, parent_id INTEGER, source_id INTEGER, stage TEXT, as_of TEXT, amount INTEGER)',
  );
  sqlite.exec('DELETE FROM temp.bulk_summary_delta');
  sqlite.exec('DELETE FROM temp.bulk_summary_net');
  collect(db, workIds, -1);
  for (const name of FUNDING_SUMMARY_TRIGGERS) sqlite.exec(`DROP TRIGGER ${name}`);
  dropped.set(sqlite, texts);
}

/** Ends the bulk write: `workIds` are every work it touched (those given to begin, and the works it added). */
export function endBulkSummaries(db: AppDb, workIds: number[]): void {
  const sqlite = sqliteOf(db);
  const texts = dropped.get(sqlite);
  if (!texts) throw new Error('endBulkSummaries: no bulk write under way');
  collect(db, workIds, 1);
  // The change of every commune's sum row, summed once (with the commune's parent), then added to
  // both summaries: the commune rows as they are, the parent rows summed per parent.
  const netRows = preparedRaw(
    db,
    `INSERT INTO temp.bulk_summary_net (year, commune_id, parent_id, source_id, stage, as_of, amount)
     SELECT d.year, d.commune_id, u.parent_id, d.source_id, d.stage, d.as_of, sum(d.amount)
     FROM temp.bulk_summary_delta d JOIN admin_units u ON u.id = d.commune_id WHERE d.commune_id IS NOT NULL
     GROUP BY d.year, d.commune_id, d.source_id, d.stage, d.as_of HAVING sum(d.amount) <> 0`,
  ).run().changes;
  // A sum row brought to zero goes. Usually none is: the upsert leaves such a row alone, and when
  // it changed every row it was given, that was all. Otherwise it is taken back and done again,
  // returning the rows it leaves at zero.
  sqlite.exec('SAVEPOINT bulk_commune_sums');
  const changed = preparedRaw(
    db,
    `INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
     SELECT year, commune_id, source_id, stage, as_of, amount FROM temp.bulk_summary_net WHERE true
     ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount
       WHERE amount + excluded.amount <> 0`,
  ).run().changes;
  let zeroCommune: unknown[] = [];
  if (changed !== netRows) {
    sqlite.exec('ROLLBACK TO bulk_commune_sums');
    zeroCommune = preparedRaw(
      db,
      `INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
       SELECT year, commune_id, source_id, stage, as_of, amount FROM temp.bulk_summary_net WHERE true
       ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount
       RETURNING CASE WHEN amount = 0 THEN rowid END`,
    )
      .pluck()
      .all();
  }
  sqlite.exec('RELEASE bulk_commune_sums');
  const zeroParent = preparedRaw(
    db,
    `INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
     SELECT year, parent_id, source_id, stage, as_of, sum(amount) FROM temp.bulk_summary_net WHERE parent_id IS NOT NULL
     GROUP BY year, parent_id, source_id, stage, as_of HAVING sum(amount) <> 0
     ON CONFLICT (year, parent_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount
     RETURNING CASE WHEN amount = 0 THEN rowid END`,
  )
    .pluck()
    .all();
  deleteRowids(db, 'funding_commune_sums', zeroCommune);
  deleteRowids(db, 'funding_parent_sums', zeroParent);
  const works = JSON.stringify(workIds);
  preparedRaw(db, 'DELETE FROM funding_work_sums WHERE work_id IN (SELECT value FROM json_each(?))').run(works);
  preparedRaw(
    db,
    `INSERT INTO funding_work_sums (work_id, year, source_id, need, allocated, disbursed_max, figures)
     SELECT work_id, year, source_id, sum(CASE WHEN stage = 'need' THEN amount ELSE 0 END), sum(CASE WHEN stage = 'allocated' THEN amount ELSE 0 END),
       max(CASE WHEN stage = 'disbursed' THEN amount END), count(*)
     FROM funding_amounts WHERE work_id IN (SELECT value FROM json_each(?)) GROUP BY work_id, year, source_id`,
  ).run(works);
  sqlite.exec('DELETE FROM temp.bulk_summary_delta');
  sqlite.exec('DELETE FROM temp.bulk_summary_net');
  for (const text of texts) sqlite.exec(text);
  dropped.delete(sqlite);
}

/**
 * Runs a bulk write of works' figures inside the current transaction (see above): `write` returns
 * every work it touched beyond `existing` (the works it added). If it throws, the caller's
 * transaction rolls back, triggers included; the connection forgets the bulk write.
 */
export function bulkSummaries(db: AppDb, existing: number[], write: () => number[]): void {
  beginBulkSummaries(db, existing);
  try {
    const added = write();
    endBulkSummaries(db, [...existing, ...added]);
  } finally {
    dropped.delete(sqliteOf(db));
  }
}
