/**
 * Durability of a saved edit (db/wal-keeper.ts): synchronous=NORMAL in WAL mode, the WAL flushed in
 * the background after every call that wrote, checkpoints when idle with SQLite's own as a backstop.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempContexts, call } from '../helpers/dispatch';
import { tempContext } from '../helpers/temp';
import { BACKSTOP_CHECKPOINT_PAGES, IDLE_CHECKPOINT_PAGES, walKeeperOf, whenDurable } from '../../db/wal-keeper';
import type { ServiceContext } from '../../electron/services/context';

const ctxOf = tempContexts();

/** A commune and a criterion of the demo matrix of 2022. */
async function firstCell(ctx: ServiceContext) {
  const m = await call(ctx, 'criteria.matrix', { year: 2022 });
  return { communeId: m.rows[0]!.id, criterionId: m.criteria[0]!.id };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('saved edits reach the disk without the main thread waiting', () => {
  it('opens with synchronous=NORMAL and SQLite’s checkpoint only as a backstop', async () => {
    const ctx = await ctxOf();
    expect(ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ctx.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    expect(ctx.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_CHECKPOINT_PAGES);
  });

  it('flushes after a call that wrote, not after one that only read', async () => {
    const ctx = await ctxOf();
    const keeper = walKeeperOf(ctx.sqlite)!;
    // The demo data was written outside any call: the first look flushes it.
    keeper.afterCall();
    await whenDurable(ctx.sqlite);
    const before = keeper.flushes;
    await call(ctx, 'criteria.matrix', { year: 2022 });
    await whenDurable(ctx.sqlite);
    expect(keeper.flushes).toBe(before);
    const cell = await firstCell(ctx);
    await call(ctx, 'criteria.setResults', { year: 2022, changes: [{ ...cell, met: false }] });
    await whenDurable(ctx.sqlite);
    expect(keeper.flushes).toBeGreaterThan(before);
    // Two saves in a row: the second lands while the first flush runs, and is covered by the next one.
    const n = keeper.flushes;
    await call(ctx, 'criteria.setResults', { year: 2022, changes: [{ ...cell, met: true }] });
    await call(ctx, 'criteria.setResults', { year: 2022, changes: [{ ...cell, met: false }] });
    await whenDurable(ctx.sqlite);
    expect(keeper.flushes).toBeGreaterThanOrEqual(n + 1);
  });

  it('checkpoints a large WAL once the app is idle, never inside the call', async () => {
    const ctx = await ctxOf();
    await whenDurable(ctx.sqlite);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const keeper = walKeeperOf(ctx.sqlite)!;
    // More than the idle threshold of WAL pages, written by one import-sized call.
    const filler = 'x'.repeat(4000);
    const insert = ctx.sqlite.prepare(
      "INSERT INTO audit_log (at, entity, entity_id, field, action, old_value, new_value) VALUES ('2022-07-11', 'test', ?, 'f', 'update', ?, ?)",
    );
    ctx.sqlite.transaction(() => {
      for (let i = 0; i < IDLE_CHECKPOINT_PAGES; i++) insert.run(String(i), filler, null);
    })();
    keeper.afterCall();
    const walFrames = () => (ctx.sqlite.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0]!;
    expect(walFrames().log).toBeGreaterThan(IDLE_CHECKPOINT_PAGES);
    expect(walFrames().checkpointed).toBeLessThan(walFrames().log);
    expect(keeper.checkpoints).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(keeper.checkpoints).toBe(1);
    expect(walFrames().checkpointed).toBe(walFrames().log);
  });

  it('an edit whose call returned is in the file after the process is killed', async () => {
    const ctx = await tempContext();
    const cell = await firstCell(ctx);
    const file = ctx.dbPath;
    ctx.close();
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const child = spawn(
      process.execPath,
      [
        '--import',
        tsx,
        path.join(import.meta.dirname, '..', 'helpers', 'edit-child.ts'),
        file,
        String(cell.communeId),
        String(cell.criterionId),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let saved = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      child.on('exit', () => reject(new Error(`child ended before 40 saves: ${err}`)));
      child.stdout.on('data', (d: Buffer) => {
        for (const m of d.toString().matchAll(/saved (\d+)/g)) saved = Math.max(saved, Number(m[1]));
        // Killed at once after the 40th returned: nothing else ran in between.
        if (saved >= 40 && child.kill('SIGKILL')) resolve();
      });
    });
    await exited;
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      const audited = db
        .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'criterion_result' AND entity_id = ?")
        .get(`2022:${cell.communeId}:${cell.criterionId}`) as { n: number };
      // Every save that said so is there (the first flips the demo value; later ones may follow before the kill).
      expect(audited.n).toBeGreaterThanOrEqual(saved - 1);
    } finally {
      db.close();
    }
  }, 60_000);
});
