/**
 * The works import checks sheet "Công trình" while the file is still being read (issue 14: the check
 * of 10^4 rows overlaps the read). Whatever a file holds, the head start must give exactly what
 * reading the sheet whole gives — the same rows, the same problems in the same order — and must
 * stand aside (the sheet read whole) when it cannot know that: sheets in another order, rows out
 * of order, data changed during the read.
 */
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { dispatch } from '../../electron/services/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { ImportErrors } from '../../electron/services/io/excel';
import { readWorkbook } from '../../electron/services/io/xlsx-reader';
import { loadSources, yearTree } from '../../electron/services/funding/common';
import { criteriaByYear, worksFollower } from '../../electron/services/funding/excel-import-follow';
import { readWorksSheet } from '../../electron/services/funding/excel-read-works';
import { SHEET_WORKS, WRK } from '../../electron/services/funding/excel-layout';
import { workKey, worksByKeys } from '../../db/repositories/funding';
import type { FilePayload } from '../../shared/models/files';
import { tempContext } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';
import { base64Of, headerColumn, workbookOf } from '../helpers/excel';
import { rng } from '../helpers/random-workbook';

const YEAR = 2022;
const ctxWithData = closedAfterEach(() => tempContext());

async function exported(ctx: ServiceContext): Promise<ExcelJS.Workbook> {
  const file = await dispatch(ctx, 'funding.export', { year: YEAR });
  if (!file.ok) throw new Error(file.error.message);
  return workbookOf(file.value as FilePayload);
}

/**
 * The exported file with `n` more rows after its works: most of them good new works, the others
 * with one of the problems a person makes; `seed` also spoils the header row now and then.
 */
async function worksFile(ctx: ServiceContext, seed: number, n: number, bad = 0.25): Promise<string> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const wb = await exported(ctx);
  const ws = wb.getWorksheet(SHEET_WORKS)!;
  const col = (h: string) => headerColumn(ws, h);
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const amountCols = headers.flatMap((h, i) => (/ - /.test(h) && !h.endsWith('Tổng cộng') ? [i + 1] : []));
  const template = ws.getRow(2).values as ExcelJS.CellValue[];
  const firstId = ws.getRow(2).getCell(col(WRK.id)).value;
  let last = ws.rowCount;
  // Some stored works written without their id: the import finds them by xã and name.
  for (let i = 3; i <= last; i++) if (r() < 0.3) ws.getRow(i).getCell(col(WRK.id)).value = null;
  for (let i = 0; i < n; i++) {
    const row = ws.getRow(++last);
    row.values = template.slice(1);
    row.getCell(col(WRK.id)).value = null;
    row.getCell(col(WRK.name)).value = `Công trình thử ${seed}-${i}`;
    const kind = r() >= bad ? -1 : Math.floor(r() * 9);
    const cell = (h: string) => row.getCell(col(h));
    if (kind === 0) row.getCell(pick(amountCols)).value = pick(['abc', '-5', '1.234,5678', '(7)']);
    else if (kind === 1) cell(WRK.commune).value = 'Xã Không Có';
    else if (kind === 2) cell(WRK.id).value = firstId;
    else if (kind === 3) cell(WRK.notes).value = 'ghi\u0001chú';
    else if (kind === 4) cell(WRK.criterion).value = pick(['x', '99', '0']);
    else if (kind === 5) cell(WRK.startYear).value = pick(['năm ngoái', 1999, '20222']);
    else if (kind === 6) row.getCell(pick(amountCols)).value = { formula: '1/0', result: { error: '#DIV/0!' } };
    else if (kind === 7) row.values = [];
    else if (kind === 8) cell(WRK.name).value = '';
  }
  const spoil = bad ? seed % 6 : 0;
  if (spoil === 1) ws.getRow(1).getCell(col(WRK.status)).value = null;
  if (spoil === 2) ws.getRow(1).getCell(headers.length + 1).value = WRK.notes;
  if (spoil === 3) ws.spliceRows(1, 1, []);
  return base64Of(wb);
}

/** The head start's result and problems, next to those of reading the sheet whole. */
async function bothWays(ctx: ServiceContext, base64: string) {
  const sources = loadSources(ctx);
  const follow = worksFollower(ctx, sources);
  const wb = await readWorkbook(base64, 'cong-trinh.xlsx', follow.follower);
  const early = new ImportErrors();
  const head = follow.take(wb, YEAR, early);
  const whole = new ImportErrors();
  const c = { sources, tree: yearTree(ctx, YEAR), criteriaOf: criteriaByYear(ctx), fileYear: YEAR };
  const works = readWorksSheet(wb, c, whole);
  return { head, early, works, whole };
}

describe('works import: checking rows while the file is read', () => {
  it('gives the rows and the problems (same order, same count) of reading the sheet whole', async () => {
    const ctx = await ctxWithData();
    let refused = 0;
    let headerRefused = 0;
    let mixed = 0;
    let named = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const { head, early, works, whole } = await bothWays(ctx, await worksFile(ctx, seed, 1300));
      expect(head, `seed ${seed}`).not.toBeNull();
      expect(head!.works, `seed ${seed}`).toEqual(works);
      // The stored works the new rows name, looked up batch by batch during the read.
      const keys = (works ?? []).flatMap((w) => (w.id === null ? [workKey(w.fields.communeId, w.fields.name)!] : []));
      const stored = worksByKeys(ctx.db, keys);
      expect(keys.map((k) => head!.found.get(k))).toEqual(keys.map((k) => stored.get(k)));
      named += stored.size;
      expect(early.issues, `seed ${seed}`).toEqual(whole.issues);
      expect(early.count, `seed ${seed}`).toBe(whole.count);
      // As before rows could be checked one at a time: every cell's problem before any row's.
      const cellProblem = (m: string) => /ký tự điều khiển|; hãy sửa công thức/.test(m);
      const kinds = whole.issues.map((i) => cellProblem(i.message));
      expect(
        kinds.findIndex((k, i) => k && kinds.slice(0, i).includes(false)),
        `seed ${seed}`,
      ).toBe(-1);
      if (kinds.includes(true) && kinds.includes(false)) mixed++;
      if (whole.any) refused++;
      if (works === null) headerRefused++;
      else expect(works.length).toBeGreaterThan(800);
    }
    // Both kinds of refusal are exercised, and most files hold row problems.
    expect(headerRefused).toBeGreaterThanOrEqual(2);
    expect(refused).toBeGreaterThanOrEqual(10);
    expect(mixed).toBeGreaterThanOrEqual(5);
    expect(named).toBeGreaterThan(10);
  });

  it('an import with the head start previews the same as one without it', async () => {
    const ctx = await ctxWithData();
    const base64 = await worksFile(ctx, 6, 1300, 0);
    const withHead = await dispatch(ctx, 'funding.importPreview', { fileName: 'a.xlsx', base64 });
    // The same file with sheet "Công trình" first: the year is not known in time, the sheet is read whole.
    const files = unzipSync(Buffer.from(base64, 'base64'));
    const xml = strFromU8(files['xl/workbook.xml']!);
    const sheets = /<sheets>([\s\S]*)<\/sheets>/.exec(xml)![1]!;
    const tags = sheets.match(/<sheet [^>]*\/>/g)!;
    const works = tags.find((t) => t.includes(`name="${SHEET_WORKS}"`))!;
    files['xl/workbook.xml'] = strToU8(xml.replace(sheets, [works, ...tags.filter((t) => t !== works)].join('')));
    const reordered = Buffer.from(zipSync(files)).toString('base64');
    const sources = loadSources(ctx);
    const follow = worksFollower(ctx, sources);
    const wb = await readWorkbook(reordered, 'b.xlsx', follow.follower);
    expect(wb.sheets[0]!.name).toBe(SHEET_WORKS);
    expect(follow.take(wb, YEAR, new ImportErrors())).toBeNull();
    const withoutHead = await dispatch(ctx, 'funding.importPreview', { fileName: 'a.xlsx', base64: reordered });
    expect(withHead.ok).toBe(true);
    expect(withoutHead).toEqual(withHead);
  });

  it('stands aside when the data changed while the file was read', async () => {
    const ctx = await ctxWithData();
    const base64 = await worksFile(ctx, 6, 1300);
    const sources = loadSources(ctx);
    for (const change of [false, true]) {
      const follow = worksFollower(ctx, sources);
      let batches = 0;
      const wb = await readWorkbook(base64, 'a.xlsx', {
        sheet: follow.follower.sheet,
        rows(batch, before) {
          follow.follower.rows(batch, before);
          // Another window's edit lands between two batches.
          if (change && ++batches === 1)
            ctx.sqlite
              .prepare("UPDATE admin_units SET notes = 'đổi' WHERE id = (SELECT min(id) FROM admin_units)")
              .run();
        },
        reset: () => follow.follower.reset(),
      });
      const head = follow.take(wb, YEAR, new ImportErrors());
      if (change) expect(head).toBeNull();
      else expect(head).not.toBeNull();
      // And for another year than the one it began with.
      expect(follow.take(wb, YEAR + 1, new ImportErrors())).toBeNull();
    }
  });
});
