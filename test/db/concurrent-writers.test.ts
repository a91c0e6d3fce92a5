import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { tempDataDir, withDemo } from '../helpers/temp';
import { call } from '../helpers/dispatch';

interface Outcome {
  saved: number;
  refused: string[];
}

/** A writer process; resolves `ready` once it has the file open, `done` with its outcome. */
function writer(file: string, who: string, ids: number[], rounds: number, criterionId: number) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [
    '--import',
    'tsx',
    'test/fixtures/writer.ts',
    file,
    who,
    ids.join(','),
    String(rounds),
    String(criterionId),
  ]);
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`writer ${who} exited (${code}) before ready: ${err}`)));
  });
  const done = new Promise<Outcome>((resolve, reject) => {
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`writer ${who} exited ${code}: ${err}`));
      else resolve(JSON.parse(last) as Outcome);
    });
  });
  return { ready, done, go: () => child.stdin.write('go\n') };
}

describe('two writers on one data file', () => {
  it('loses no edit and refuses none while the other commits', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    const ctx = withDemo(
      await createServiceContext({
        dbPath: file,
        dataDir: dir,
        migrationsDir: SOURCE_MIGRATIONS_DIR,
        appVersion: 'test',
      }),
    );
    const communes = ((await call(ctx, 'communes.list', {})) as { id: number; kind: string }[])
      .filter((c) => c.kind === 'xa')
      .map((c) => c.id);
    expect(communes.length).toBeGreaterThan(20);
    const criterionId = ((await call(ctx, 'criteria.matrix', { year: 2022 })) as { criteria: { id: number }[] })
      .criteria[0]!.id;
    const auditBefore = (ctx.sqlite.prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n;
    ctx.close();
    const half = Math.floor(communes.length / 2);
    const rounds = 3;
    const a = writer(file, 'A', communes.slice(0, half), rounds, criterionId);
    const b = writer(file, 'B', communes.slice(half), rounds, criterionId);
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.refused).toEqual([]);
    expect(rb.refused).toEqual([]);
    expect(ra.saved).toBe(2 * half * rounds);
    expect(rb.saved).toBe(2 * (communes.length - half) * rounds);

    const db = new Database(file, { readonly: true });
    const notes = new Map(
      (db.prepare('SELECT id, notes FROM admin_units').all() as { id: number; notes: string }[]).map((r) => [
        r.id,
        r.notes,
      ]),
    );
    communes.forEach((id, i) => expect(notes.get(id)).toBe(`${i < half ? 'A' : 'B'}-${rounds - 1}`));
    const met = new Map(
      (
        db
          .prepare('SELECT commune_id id, met FROM criterion_results WHERE year = 2022 AND criterion_id = ?')
          .all(criterionId) as { id: number; met: number }[]
      ).map((r) => [r.id, r.met]),
    );
    communes.forEach((id) => expect(met.get(id)).toBe((rounds - 1) % 2 === 0 ? 1 : 0));
    // Every saved edit left its audit row (a result set to the value it already had is no change).
    const audited = (db.prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n - auditBefore;
    expect(audited).toBeGreaterThanOrEqual(communes.length * (2 * rounds - 1));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 120_000);
});
