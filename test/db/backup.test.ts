import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import {
  backupDatabase,
  backupDirOf,
  backupsToKeep,
  listBackupFiles,
  ROTATION,
  rotateBackups,
  writeCheckedBackup,
} from '../../db/backup';
import { createServiceContext, SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { dispatch } from '../../electron/services/dispatch';
import { writeFileAtomic } from '../../electron/services/io/atomic';
import type { BackupList } from '../../shared/models/backups';
import { call } from '../helpers/dispatch';
import { sha } from '../helpers/db-files';
import { tempDataDir, withDemo } from '../helpers/temp';

const openAt = (dir: string, when: string) =>
  createServiceContext({
    dbPath: path.join(dir, 'ntm-office.db'),
    dataDir: dir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    now: () => new Date(when),
  }).then(withDemo);

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

describe('backups', () => {
  it('writes a checked, self-contained backup through a temporary name', async () => {
    const dir = tempDataDir();
    const ctx = await openAt(dir, '2026-12-01T08:00:00Z');
    try {
      const target = await backupDatabase(ctx.sqlite, ctx.dbPath, 'thu-cong', ctx.now());
      expect(path.dirname(target)).toBe(backupDirOf(ctx.dbPath));
      // One file, no -wal beside it, no temporary left behind: it can be carried on a USB stick.
      expect(fs.readdirSync(path.dirname(target))).toEqual([path.basename(target)]);
      const b = new Database(target, { readonly: true });
      expect(b.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(b.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(b.prepare("SELECT count(*) n FROM admin_units WHERE level = 'commune'").get()).toEqual(
        ctx.sqlite.prepare("SELECT count(*) n FROM admin_units WHERE level = 'commune'").get(),
      );
      b.close();
    } finally {
      ctx.close();
    }
  });

  it('takes one backup at the first start of each day', async () => {
    const dir = tempDataDir();
    (await openAt(dir, '2026-12-01T07:00:00Z')).close(); // creates the file: nothing to back up yet
    const file = path.join(dir, 'ntm-office.db');
    expect(listBackupFiles(file)).toEqual([]);
    (await openAt(dir, '2026-12-01T08:00:00Z')).close();
    (await openAt(dir, '2026-12-01T09:30:00Z')).close();
    expect(listBackupFiles(file).map((b) => b.reason)).toEqual(['hang-ngay']);
    (await openAt(dir, '2026-12-02T08:00:00Z')).close();
    expect(listBackupFiles(file).map((b) => b.reason)).toEqual(['hang-ngay', 'hang-ngay']);
  });

  it('takes a backup before every import, even one that is then refused', async () => {
    const dir = tempDataDir();
    const ctx = await openAt(dir, '2026-12-01T08:00:00Z');
    try {
      const r = await dispatch(ctx, 'criteria.importApply', {
        fileName: 'ket-qua.xlsx',
        base64: Buffer.from('không phải Excel').toString('base64'),
      });
      expect(r.ok).toBe(false);
      const list = (await call(ctx, 'backups.list', {})) as BackupList;
      expect(list.backups.map((b) => b.reason)).toEqual(['truoc-nhap']);
      expect(list.backups[0]!.usable).toBe(true);
      expect(list.backups[0]!.contents).toMatchObject({
        communes: 51,
        results: expect.any(Number),
        works: expect.any(Number),
      });
    } finally {
      ctx.close();
    }
  });

  it('rotates: 7 daily, 4 weekly, 12 monthly, the 3 newest, every pre-upgrade and set-aside backup', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'ntm-office.db');
    const backups = backupDirOf(file);
    fs.mkdirSync(backups, { recursive: true });
    const now = new Date('2026-12-01T12:00:00');
    // Two years of history: a daily backup and an import backup every day, a pre-upgrade one each quarter.
    for (let d = 0; d < 730; d++) {
      const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - d, 8);
      fs.writeFileSync(path.join(backups, `ntm-office-hang-ngay-${stamp(day)}.db`), '');
      fs.writeFileSync(
        path.join(backups, `ntm-office-truoc-nhap-${stamp(new Date(day.getTime() + 3 * 3600_000))}.db`),
        '',
      );
      if (d % 91 === 0)
        fs.writeFileSync(
          path.join(backups, `ntm-office-truoc-nang-cap-${stamp(new Date(day.getTime() + 3600_000))}.db`),
          '',
        );
    }
    fs.writeFileSync(path.join(backups, 'ghi-chu-cua-toi.txt'), 'không phải bản sao lưu');
    rotateBackups(file, now);
    const kept = listBackupFiles(file);
    const rotating = kept.filter((b) => b.reason !== 'truoc-nang-cap');
    expect(kept.filter((b) => b.reason === 'truoc-nang-cap')).toHaveLength(Math.ceil(730 / 91));
    const days = new Set(rotating.map((b) => b.takenAt.toDateString()));
    // Every one of the last 7 days is there, and nothing beyond a year (12 months).
    for (let d = 0; d < ROTATION.daily; d++)
      expect(days.has(new Date(now.getFullYear(), now.getMonth(), now.getDate() - d).toDateString())).toBe(true);
    const oldest = Math.min(...rotating.map((b) => b.takenAt.getTime()));
    expect(now.getTime() - oldest).toBeLessThan(366 * 24 * 3600_000);
    expect(new Set(rotating.map((b) => `${b.takenAt.getFullYear()}-${b.takenAt.getMonth()}`)).size).toBe(
      ROTATION.monthly,
    );
    expect(rotating.length).toBeLessThanOrEqual(ROTATION.recent + ROTATION.daily + ROTATION.weekly + ROTATION.monthly);
    // Today's two backups (the daily one and the one before today's import) are both kept.
    expect(rotating.filter((b) => b.takenAt.toDateString() === now.toDateString())).toHaveLength(2);
    expect(fs.existsSync(path.join(backups, 'ghi-chu-cua-toi.txt'))).toBe(true);
    // Rotation is stable: running it again deletes nothing more.
    expect(rotateBackups(file, now)).toEqual([]);
    expect(backupsToKeep(kept).size).toBe(kept.length);
  });

  it('restores a backup: the file in use is set aside, the app reopens on the backup', async () => {
    const dir = tempDataDir();
    (await openAt(dir, '2026-11-30T08:00:00Z')).close();
    const ctx = await openAt(dir, '2026-12-01T08:00:00Z'); // takes today's backup
    try {
      const [commune] = (await call(ctx, 'communes.list', {})) as { id: number; notes: string }[];
      await call(ctx, 'communes.update', { id: commune!.id, notes: 'Sửa sau khi sao lưu' });
      const { backups } = (await call(ctx, 'backups.list', {})) as BackupList;
      expect(backups).toHaveLength(1);
      const r = await call(ctx, 'backups.restore', { name: backups[0]!.name });
      const after = (await call(ctx, 'communes.list', {})) as { id: number; notes: string }[];
      expect(after.find((c) => c.id === commune!.id)!.notes).toBe(commune!.notes);
      // The file in use before is kept whole, with the edit, in the backups folder.
      expect(path.basename(r.setAsideTo!)).toMatch(/^ntm-office-truoc-khoi-phuc-/);
      const aside = new Database(r.setAsideTo!, { readonly: true });
      expect(aside.prepare('SELECT notes FROM admin_units WHERE id = ?').get(commune!.id)).toEqual({
        notes: 'Sửa sau khi sao lưu',
      });
      aside.close();
      expect(((await call(ctx, 'backups.list', {})) as BackupList).backups.map((b) => b.reason)).toContain(
        'truoc-khoi-phuc',
      );
      // The restored file is a normal working data file.
      await call(ctx, 'communes.update', { id: commune!.id, notes: 'Sửa sau khi khôi phục' });
      expect(ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      ctx.close();
    }
  });

  it('refuses to restore a damaged backup and leaves the file in use as it was', async () => {
    const dir = tempDataDir();
    (await openAt(dir, '2026-11-30T08:00:00Z')).close();
    const ctx = await openAt(dir, '2026-12-01T08:00:00Z');
    try {
      const [b] = listBackupFiles(ctx.dbPath);
      fs.writeFileSync(b!.file, 'hỏng'.repeat(2000));
      const r = await dispatch(ctx, 'backups.restore', { name: b!.name });
      expect(r).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
      expect((await call(ctx, 'communes.list', {})) as unknown[]).toHaveLength(51);
      const list = (await call(ctx, 'backups.list', {})) as BackupList;
      expect(list.backups[0]).toMatchObject({ usable: false, contents: null });
      const bad = await dispatch(ctx, 'backups.restore', { name: '../ntm-office.db' });
      expect(bad.ok).toBe(false);
    } finally {
      ctx.close();
    }
  });

  it('«Sao lưu ngay» writes a checked backup to the chosen folder', async () => {
    const dir = tempDataDir();
    const usb = path.join(tempDataDir(), 'USB của tôi');
    fs.mkdirSync(usb);
    const ctx = await openAt(dir, '2026-12-01T08:00:00Z');
    try {
      ctx.platform = { chooseFolder: async () => usb };
      const made = await call(ctx, 'backups.create', {});
      expect(path.dirname(made.path!)).toBe(usb);
      const b = new Database(made.path!, { readonly: true });
      expect(b.pragma('quick_check', { simple: true })).toBe('ok');
      b.close();
      ctx.platform = { chooseFolder: async () => null };
      expect(await call(ctx, 'backups.create', {})).toEqual({ path: null });
      const missing = await dispatch(ctx, 'backups.create', { folder: path.join(usb, 'không có') });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const dl = await call(ctx, 'backups.download', {});
      expect(Buffer.from(dl.base64, 'base64').subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    } finally {
      ctx.close();
    }
  });

  it('cleans temporary files a killed backup or document write left behind', async () => {
    const dir = tempDataDir();
    (await openAt(dir, '2026-11-30T08:00:00Z')).close();
    const file = path.join(dir, 'ntm-office.db');
    const backups = backupDirOf(file);
    const elsewhere = path.join(tempDataDir(), 'Văn bản');
    fs.mkdirSync(elsewhere);
    fs.mkdirSync(backups, { recursive: true });
    fs.writeFileSync(path.join(backups, '.ntm-office-hang-ngay-x.db.0123456789ab.tmp'), 'nửa chừng');
    fs.writeFileSync(path.join(dir, '.ntm-office.db.ba9876543210.tmp'), 'nửa chừng');
    // A document write killed after its temporary file was created: its marker stays in the data folder.
    const ctx = await openAt(dir, '2026-11-30T09:00:00Z');
    const orphan = path.join(elsewhere, '.ke-hoach.docx.00aa11bb22cc.tmp');
    fs.writeFileSync(orphan, 'nửa chừng');
    fs.mkdirSync(path.join(dir, '.dang-ghi'), { recursive: true });
    // Process 99999999 cannot exist: the writer is gone.
    fs.writeFileSync(
      path.join(dir, '.dang-ghi', 'ke-hoach.docx.00aa11bb22cc.tmp.txt'),
      JSON.stringify({ temp: orphan, pid: 99_999_999 }),
    );
    const running = path.join(elsewhere, '.dang-viet.docx.0a0a0a0a0a0a.tmp');
    fs.writeFileSync(running, 'đang ghi');
    fs.writeFileSync(
      path.join(dir, '.dang-ghi', 'dang-viet.docx.0a0a0a0a0a0a.tmp.txt'),
      JSON.stringify({ temp: running, pid: process.pid }),
    );
    await writeFileAtomic(path.join(elsewhere, 'bao-cao.docx'), Buffer.from('đủ'));
    ctx.close();
    // Left by a process killed an hour ago (a younger one may be another process still at work).
    const hourAgo = new Date(Date.now() - 3600_000);
    const fresh = path.join(dir, '.ntm-office.db.cccccccccccc.tmp');
    fs.writeFileSync(fresh, 'một tiến trình khác đang ghi');
    for (const f of [
      path.join(backups, '.ntm-office-hang-ngay-x.db.0123456789ab.tmp'),
      path.join(dir, '.ntm-office.db.ba9876543210.tmp'),
    ]) {
      fs.utimesSync(f, hourAgo, hourAgo);
    }
    const keep = path.join(elsewhere, 'ghi-chu.tmp');
    fs.writeFileSync(keep, 'của người dùng');
    const before = sha(file);
    (await openAt(dir, '2026-11-30T10:00:00Z')).close();
    expect(fs.readdirSync(backups).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([path.basename(fresh)]);
    // The write of a process still running is left alone.
    expect(fs.readdirSync(elsewhere).sort()).toEqual([
      '.dang-viet.docx.0a0a0a0a0a0a.tmp',
      'bao-cao.docx',
      'ghi-chu.tmp',
    ]);
    expect(fs.readdirSync(path.join(dir, '.dang-ghi'))).toEqual(['dang-viet.docx.0a0a0a0a0a0a.tmp.txt']);
    expect(sha(file)).toBe(before);
  });

  it('never writes the final name of a backup that fails its check', async () => {
    const dir = tempDataDir();
    const src = new Database(path.join(dir, 'nguon.db'));
    src.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    const target = path.join(dir, 'dich.db');
    // A target folder that does not exist: the write fails, nothing is left.
    await expect(writeCheckedBackup(src, path.join(dir, 'không có', 'dich.db'))).rejects.toThrow();
    await writeCheckedBackup(src, target);
    expect(fs.readdirSync(dir).sort()).toEqual(['dich.db', 'nguon.db']);
    src.close();
  });
});
