import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/app-context';
import { tempDataDir } from './temp';

export const sha = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export const journal = () =>
  JSON.parse(fs.readFileSync(path.join(SOURCE_MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; when: number; tag: string }[];
  };

/** A copy of the real migrations plus extra ones, to exercise upgrades. */
export function migrationsWith(extra: { tag: string; sql: string }[]): string {
  const dir = path.join(tempDataDir(), 'migrations');
  fs.cpSync(SOURCE_MIGRATIONS_DIR, dir, { recursive: true });
  const j = journal();
  let last = j.entries[j.entries.length - 1]!;
  for (const m of extra) {
    last = { ...last, idx: last.idx + 1, when: last.when + 1000, tag: m.tag };
    j.entries.push(last);
    fs.writeFileSync(path.join(dir, `${m.tag}.sql`), m.sql);
  }
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(j));
  return dir;
}

/** Overwrites `count` pages from page `first` (1-based) with bytes that are no b-tree page. */
export function smashPages(file: string, first: number, count: number, pageSize = 4096): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const junk = Buffer.alloc(pageSize * count, 0xa5);
    fs.writeSync(fd, junk, 0, junk.length, (first - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
