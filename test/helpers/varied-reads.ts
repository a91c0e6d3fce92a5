/**
 * Varied data for the sameness tests of the national-scale reads (issue 14): the demo file plus a
 * seeded random mix of retired, renamed and new units with successions and pending parts, several
 * years of criteria results (some xã without any), and recognitions with and without decision
 * dates, repeated levels and revocations. Written with plain SQL: the summaries are kept by triggers.
 */
import { tempContext } from './temp';
import { rng } from './rng';

type Rng = ReturnType<typeof rng>;

const isoIn = (r: Rng, year: number) =>
  `${year}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;

export async function variedContext(seed: number) {
  const ctx = await tempContext();
  const r = rng(seed);
  const db = ctx.sqlite;
  const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];
  const communes = all<{ id: number; parent_id: number | null; valid_to: string | null; kind: string }>(
    "SELECT id, parent_id, valid_to, kind FROM admin_units WHERE level = 'commune' ORDER BY id",
  );
  const oldXa = communes.filter((c) => c.valid_to !== null && c.kind === 'xa');
  const newUnits = communes.filter((c) => c.valid_to === null);
  const districts = all<{ id: number }>("SELECT id FROM admin_units WHERE level = 'district'").map((d) => d.id);

  db.transaction(() => {
    const retire = db.prepare('UPDATE admin_units SET valid_to = ? WHERE id = ?');
    const rename = db.prepare("UPDATE admin_units SET name = name || ' Mới', notes = ? WHERE id = ?");
    const insUnit = db.prepare(
      "INSERT INTO admin_units (code, name, kind, level, parent_id, valid_from, valid_to, notes, search_key, sort_order, decision) VALUES (?, ?, ?, 'commune', ?, ?, ?, ?, '', ?, ?)",
    );
    const insLink = db.prepare(
      'INSERT INTO unit_successions (from_unit_id, to_unit_id, effective_date, decision) VALUES (?, ?, ?, ?)',
    );
    const insPart = db.prepare(
      "INSERT INTO succession_parts (to_unit_id, part, match, status) VALUES (?, 'một phần', 'several', ?)",
    );
    // Old xã merged before 2025 into new xã of a district (and sometimes a chain: merged again).
    const merged: number[] = [];
    for (let i = 0; i < 12; i++) {
      const from = r.pick(oldXa);
      if (merged.includes(from.id)) continue;
      const date = isoIn(r, 2019 + r.int(5));
      retire.run(date, from.id);
      merged.push(from.id);
      const kind = r.int(4) === 0 ? 'phuong' : 'xa';
      const to = Number(
        insUnit.run(
          r.int(3) === 0 ? null : `Z${seed}${i}`,
          `Hợp nhất ${i}`,
          kind,
          r.int(5) === 0 ? null : r.pick(districts),
          date,
          r.int(3) === 0 ? '2025-07-01' : null,
          r.int(2) ? `ghi chú ${i}` : '',
          r.int(50),
          `${i}/NQ`,
        ).lastInsertRowid,
      );
      insLink.run(from.id, to, date, `${i}/NQ`);
      if (r.int(2)) insLink.run(r.pick(oldXa).id, to, date, `${i}b/NQ`);
      if (r.int(3) === 0) insLink.run(to, r.pick(newUnits).id, '2025-07-01', 'NQ 1668');
      for (let k = r.int(3); k > 0; k--) insPart.run(to, r.pick(['pending', 'settled']));
    }
    for (let i = 0; i < 8; i++) rename.run(`đổi tên ${i}`, r.pick(communes).id);
    for (let i = 0; i < 10; i++) insPart.run(r.pick(newUnits).id, r.pick(['pending', 'pending', 'settled']));
  })();

  // Criteria results: several years, a random share of xã with none, some criteria unmet.
  const years = [2021, 2022, 2023];
  db.transaction(() => {
    db.prepare('DELETE FROM criterion_results WHERE commune_id IN (SELECT id FROM admin_units WHERE id % 7 = ?)').run(
      r.int(7),
    );
    const ins = db.prepare(
      "INSERT OR REPLACE INTO criterion_results (commune_id, criterion_id, year, met, source) VALUES (?, ?, ?, ?, 'user')",
    );
    const xa = all<{ id: number }>("SELECT id FROM admin_units WHERE kind = 'xa'");
    for (const year of years) {
      const crit = all<{ id: number }>(
        'SELECT c.id FROM criteria c JOIN criteria_sets s ON s.id = c.set_id WHERE s.year_from <= ? AND s.year_to >= ?',
        year,
        year,
      );
      for (const c of xa) {
        if (r.int(4) === 0) continue;
        for (const k of crit) if (r.int(3) === 0) ins.run(c.id, k.id, year, r.int(5) === 0 ? 0 : 1);
      }
    }
    // Recognitions: repeated levels, same-year ones without a decision date, revocations.
    const rec = db.prepare(
      "INSERT INTO recognitions (commune_id, level, year, decision_no, decision_date, issuer, revoked_date, source) VALUES (?, ?, ?, ?, ?, 'UBND', ?, 'user')",
    );
    for (let i = 0; i < 80; i++) {
      const year = 2015 + r.int(10);
      const level = r.pick(['ntm', 'ntm', 'ntm', 'nang_cao', 'kieu_mau']);
      const revoked = r.int(6) === 0 ? isoIn(r, year + r.int(4)) : null;
      rec.run(r.pick(xa).id, level, year, `${i}/QĐ`, r.int(3) === 0 ? null : isoIn(r, year), revoked);
    }
  })();
  return ctx;
}
