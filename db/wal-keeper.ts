/**
 * How a committed write reaches the disk without the person waiting for it.
 *
 * The data file runs in WAL mode with synchronous=NORMAL: a commit appends its pages to the WAL
 * through the operating system, so it survives the app crashing or being killed at once, and
 * SQLite never leaves a damaged file after a power cut. What NORMAL alone gives up is the last
 * commits before a power cut; here the WAL is flushed to the disk (fdatasync) right after every
 * call that changed data, on libuv's thread pool, so that window is one flush (a few ms), while
 * the main thread — every other request of the window — never waits on the disk.
 *
 * Checkpoints (copying the WAL back into the file, with its own flushes) run when the app is idle
 * instead of inside whichever edit crosses SQLite's threshold; SQLite's own automatic checkpoint
 * stays on as a backstop at a larger size, so the WAL cannot grow without bound under steady writes.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';

/** WAL size (pages) past which an idle checkpoint runs: SQLite's own default threshold. */
export const IDLE_CHECKPOINT_PAGES = 1000;
/** SQLite's automatic checkpoint, kept as the backstop (64 MB of 4 KB pages). */
export const BACKSTOP_CHECKPOINT_PAGES = 16_384;
/** Quiet time after the last write before the idle checkpoint. */
const IDLE_MS = 500;

class WalKeeper {
  private readonly walFile: string;
  private readonly totalChanges: Database.Statement;
  private seenChanges: number;
  private flushing = false;
  private pending = false;
  private afterCurrent: (() => void)[] = [];
  private afterNext: (() => void)[] = [];
  private idle: NodeJS.Timeout | null = null;
  /** Flushes finished so far (tests). */
  flushes = 0;
  checkpoints = 0;

  constructor(private readonly sqlite: Database.Database) {
    this.walFile = `${sqlite.name}-wal`;
    this.totalChanges = sqlite.prepare('SELECT total_changes()').pluck();
    this.seenChanges = this.changes();
    sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  }

  private changes(): number {
    return this.totalChanges.get() as number;
  }

  /** After a call: if it changed rows, flush the WAL in the background and plan an idle checkpoint. */
  afterCall(): void {
    if (!this.sqlite.open) return;
    const n = this.changes();
    if (n === this.seenChanges) return;
    this.seenChanges = n;
    this.flush();
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.checkpointIfLarge(), IDLE_MS);
    this.idle.unref();
  }

  /** Resolves once every write committed before the call is on the disk. */
  whenDurable(): Promise<void> {
    if (!this.flushing) return Promise.resolve();
    // A commit made while a flush runs is covered only by the next one.
    return new Promise((resolve) => (this.pending ? this.afterNext : this.afterCurrent).push(resolve));
  }

  private flush(): void {
    if (this.flushing) {
      this.pending = true;
      return;
    }
    this.flushing = true;
    const done = () => {
      this.flushing = false;
      this.flushes++;
      for (const w of this.afterCurrent.splice(0)) w();
      if (this.pending) {
        this.pending = false;
        this.afterCurrent = this.afterNext;
        this.afterNext = [];
        this.flush();
      }
    };
    // The file is opened per flush, never held: the WAL is removed when the data file closes, and
    // a held handle would keep it (Windows) from being created again on the next open.
    fs.open(this.walFile, 'r+', (err, fd) => {
      if (err) return done(); // no WAL (yet, or the file was closed): nothing to flush
      fs.fdatasync(fd, () => fs.close(fd, done));
    });
  }

  private checkpointIfLarge(): void {
    this.idle = null;
    if (!this.sqlite.open || this.sqlite.inTransaction) return;
    let bytes: number;
    try {
      bytes = fs.statSync(this.walFile).size;
    } catch {
      return;
    }
    // A WAL frame is one page (4 KB) and its 24-byte header.
    if (bytes < IDLE_CHECKPOINT_PAGES * 4096) return;
    // PASSIVE: copies what no reader still needs, never waits for a lock.
    this.sqlite.pragma('wal_checkpoint(PASSIVE)');
    this.checkpoints++;
  }

  /** Before closing: no idle checkpoint on a closed handle (closing checkpoints and flushes itself). */
  stop(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }
}

const keepers = new WeakMap<Database.Database, WalKeeper>();

/** Attaches the keeper to an open data file (db/open.ts). */
export function keepWal(sqlite: Database.Database): WalKeeper {
  const keeper = new WalKeeper(sqlite);
  keepers.set(sqlite, keeper);
  return keeper;
}

/** Called after every service call (dispatch): a call that wrote is flushed to the disk in the background. */
export function afterCall(sqlite: Database.Database): void {
  keepers.get(sqlite)?.afterCall();
}

/** Resolves once every write committed so far through this connection is on the disk. */
export function whenDurable(sqlite: Database.Database): Promise<void> {
  return keepers.get(sqlite)?.whenDurable() ?? Promise.resolve();
}

/** The keeper of a connection (tests, bench). */
export function walKeeperOf(sqlite: Database.Database): WalKeeper | undefined {
  return keepers.get(sqlite);
}
