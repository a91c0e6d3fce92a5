/**
 * The matrix read from the maintained summary (issue 14) equals a straightforward recomputation
 * from the stored results, units and recognitions, after random sequences of cell edits, pastes,
 * undos, imports, recognitions and revocations; and each save returns exactly the recomputed rows
 * of its communes, audited with the values they really had. Seeded, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { call, refused, tempContexts } from '../helpers/dispatch';
import { randomCellChanges, rng } from '../helpers/rng';
import type { ServiceContext } from '../../electron/services/context';
import { loadMatrix, writeResults } from '../../electron/services/criteria/matrix';
import { criteriaOfSet } from '../../db/repositories/criteria';
import { criteriaSetForYear } from '../../db/repositories/standings';
import { LEVELS } from '../../shared/domain/ntm-figures';
import { RESULT_MET, RESULT_NONE, RESULT_UNMET, resultText } from '../../shared/domain/criteria-values';
import type { MatrixRow, ResultChange } from '../../shared/models/criteria';

const open = tempContexts();

type Unit = {
  id: number;
  code: string | null;
  name: string;
  parent_id: number | null;
  sort_order: number;
  level: string;
  kind: string;
  valid_from: string | null;
  valid_to: string | null;
};
type Recognition = {
  id: number;
  commune_id: number;
  level: string;
  year: number;
  decision_no: string;
  decision_date: string | null;
  revoked_date: string | null;
  exception_reason: string;
};

/** The rows of a year computed the plain way: every table read whole, nothing maintained used. */
function recomputedRows(ctx: ServiceContext, year: number): MatrixRow[] {
  const date = `${year}-12-31`;
  const set = criteriaSetForYear(ctx.db, year)!;
  const columns = criteriaOfSet(ctx.db, set.id);
  const units = ctx.sqlite.prepare('SELECT * FROM admin_units').all() as Unit[];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const results = ctx.sqlite
    .prepare('SELECT commune_id, criterion_id, met, source FROM criterion_results WHERE year = ?')
    .all(year) as {
    commune_id: number;
    criterion_id: number;
    met: number;
    source: string;
  }[];
  const recognitions = ctx.sqlite.prepare('SELECT * FROM recognitions').all() as Recognition[];
  const inForce = (r: Recognition) =>
    (r.year < year || (r.year === year && (r.decision_date ?? date) <= date)) &&
    (r.revoked_date === null || r.revoked_date > date);
  const rank = (level: string) => LEVELS.indexOf(level as (typeof LEVELS)[number]);
  const communes = units
    .filter(
      (u) =>
        u.kind === 'xa' &&
        (u.valid_from === null || u.valid_from <= date) &&
        (u.valid_to === null || u.valid_to > date),
    )
    .map((u) => {
      const parent = u.parent_id === null ? undefined : unitById.get(u.parent_id);
      return { u, district: parent?.level === 'district' ? parent : undefined };
    });
  const byOrder = (a: number | undefined, b: number | undefined) =>
    a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a - b;
  communes.sort(
    (a, b) =>
      byOrder(a.district?.sort_order, b.district?.sort_order) || a.u.sort_order - b.u.sort_order || a.u.id - b.u.id,
  );
  return communes.map(({ u, district }) => {
    const mine = results.filter((r) => r.commune_id === u.id && columns.some((c) => c.id === r.criterion_id));
    const results_ = columns
      .map((c) => {
        const r = mine.find((x) => x.criterion_id === c.id);
        return r ? (r.met ? RESULT_MET : RESULT_UNMET) : RESULT_NONE;
      })
      .join('');
    const met = [...results_].filter((ch) => ch === RESULT_MET).length;
    const held = recognitions
      .filter((r) => r.commune_id === u.id && inForce(r))
      .sort((a, b) => rank(b.level) - rank(a.level) || a.year - b.year || a.id - b.id)[0];
    const row: MatrixRow = {
      id: u.id,
      code: u.code,
      name: u.name,
      districtId: district?.id ?? null,
      results: results_,
      met,
      level: held ? (held.level as MatrixRow['level']) : null,
      levelYear: held ? held.year : null,
      decisionNo: held ? held.decision_no : '',
      decisionDate: held ? held.decision_date : null,
      atRisk: !!held && mine.length > 0 && met < set.requiredCount,
      sample: mine.some((r) => r.source === 'sample'),
    };
    if (held && held.exception_reason !== '') row.levelException = true;
    return row;
  });
}

const storedMet = (ctx: ServiceContext, year: number, c: ResultChange) => {
  const row = ctx.sqlite
    .prepare('SELECT met FROM criterion_results WHERE year = ? AND commune_id = ? AND criterion_id = ?')
    .get(year, c.communeId, c.criterionId) as { met: number } | undefined;
  return row ? !!row.met : null;
};

describe('criteria matrix read from the maintained summary', () => {
  it('equals the recomputation after random edits, pastes, undos, imports, recognitions and revocations', async () => {
    const ctx = await open();
    const r = rng(1414);
    const years = [2021, 2022, 2023];
    const communes = recomputedRows(ctx, 2022).map((row) => row.id);
    const sets = new Map(years.map((y) => [y, criteriaOfSet(ctx.db, criteriaSetForYear(ctx.db, y)!.id)]));
    const check = (year: number) => expect(loadMatrix(ctx, year).rows).toEqual(recomputedRows(ctx, year));
    const randomChanges = (year: number, n: number) =>
      randomCellChanges(
        r,
        communes,
        sets.get(year)!.map((c) => c.id),
        n,
      );
    /** A save through the service: its rows are the recomputed rows of its communes, its audit rows the real old values. */
    const save = async (year: number, changes: ResultChange[]) => {
      const old = changes.map((c) => storedMet(ctx, year, c));
      const lastAudit = (ctx.sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number })
        .id;
      const out = await call(ctx, 'criteria.setResults', { year, changes });
      const ids = new Set(changes.map((c) => c.communeId));
      expect(out.rows).toEqual(recomputedRows(ctx, year).filter((row) => ids.has(row.id)));
      const really = changes.filter((c, i) => old[i] !== c.met);
      expect(out.changed).toBe(really.length);
      const audit = ctx.sqlite
        .prepare(
          "SELECT entity_id, old_value, new_value FROM audit_log WHERE id > ? AND entity = 'criterion_result' ORDER BY id",
        )
        .all(lastAudit);
      expect(audit).toEqual(
        changes
          .map((c, i) => ({ c, old: old[i]! }))
          .filter(({ c, old: o }) => o !== c.met)
          .map(({ c, old: o }) => ({
            entity_id: `${year}:${c.communeId}:${c.criterionId}`,
            old_value: o === null ? null : resultText(o),
            new_value: c.met === null ? null : resultText(c.met),
          })),
      );
      return old;
    };
    const done: { year: number; undo: ResultChange[] }[] = [];
    for (const y of years) check(y);
    for (let step = 0; step < 120; step++) {
      const year = r.pick(years);
      const kind = r.int(7);
      if (kind <= 1) {
        // One cell, or a pasted block over several communes.
        const changes = randomChanges(year, 1 + r.int(kind ? 25 : 1));
        const old = await save(year, changes);
        done.push({ year, undo: changes.map((c, i) => ({ ...c, met: old[i]! })) });
      } else if (kind === 2 && done.length) {
        const last = done.pop()!;
        await save(last.year, last.undo);
      } else if (kind === 3) {
        ctx.db.transaction((tx) => writeResults(tx, year, randomChanges(year, 30), new Date(), true));
      } else if (kind === 4) {
        // A recognition, possibly of a higher level, dated or not, possibly an exception.
        const y = 2019 + r.int(5);
        ctx.sqlite
          .prepare(
            "INSERT INTO recognitions (commune_id, level, year, decision_no, decision_date, issuer, source, exception_reason) VALUES (?, ?, ?, ?, ?, 'UBND', 'user', ?)",
          )
          .run(
            r.pick(communes),
            r.pick(LEVELS),
            y,
            `${step}/QĐ-UBND`,
            r.pick([null, `${y}-03-15`, `${y}-11-30`]),
            r.pick(['', '', 'lý do']),
          );
      } else if (kind === 5) {
        const ids = (ctx.sqlite.prepare('SELECT id FROM recognitions').all() as { id: number }[]).map((x) => x.id);
        if (ids.length)
          ctx.sqlite
            .prepare('UPDATE recognitions SET revoked_date = ? WHERE id = ?')
            .run(r.pick([null, '2021-06-30', '2022-12-31', '2023-01-01']), r.pick(ids));
      } else {
        ctx.sqlite
          .prepare(
            "UPDATE criterion_results SET source = CASE source WHEN 'sample' THEN 'user' ELSE 'sample' END WHERE commune_id = ? AND year = ?",
          )
          .run(r.pick(communes), year);
      }
      check(year);
    }
    expect(done.length + loadMatrix(ctx, 2022).rows.filter((row) => row.level !== null).length).toBeGreaterThan(0);
  });

  it('refuses a batch naming an unknown commune, writing nothing', async () => {
    const ctx = await open();
    const [criterion] = criteriaOfSet(ctx.db, criteriaSetForYear(ctx.db, 2022)!.id);
    const communeId = loadMatrix(ctx, 2022).rows[0]!.id;
    const before = recomputedRows(ctx, 2022);
    const r = await refused(ctx, 'criteria.setResults', {
      year: 2022,
      changes: [
        { communeId, criterionId: criterion!.id, met: false },
        { communeId: 987654, criterionId: criterion!.id, met: true },
      ],
    });
    expect(r.code).toBe('NOT_FOUND');
    expect(r.message).toContain('987654');
    expect(recomputedRows(ctx, 2022)).toEqual(before);
  });
});
