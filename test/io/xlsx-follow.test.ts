/**
 * readWorkbook's follower (issue 14): one sheet's rows are handed over in batches while the worker
 * still reads the file, so an import can check them meanwhile. The workbook the read resolves to
 * must be the same with or without a follower, whatever the follower does, and the batches must be
 * exactly the sheet's rows — or the follower is told to forget them.
 */
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook, type SheetFollower } from '../../electron/services/io/xlsx-reader';
import { extractWorkbook } from '../../electron/services/io/xlsx-extract';
import { STREAM_BATCH } from '../../electron/services/io/xlsx-sheet-scan';
import type { CellValue, Row, Workbook } from '../../electron/services/io/sheet';

type PlainRows = [number, CellValue[]][];

/** A workbook's sheets as plain data (names, row numbers, values by column). */
function plain(wb: Workbook): { name: string; rows: PlainRows }[] {
  return wb.sheets.map((s) => {
    const rows: PlainRows = [];
    s.eachRow((row, r) => rows.push([r, [...row.values]]));
    return { name: s.name, rows };
  });
}

/** Three sheets; the middle one has `n` rows of mixed values (a few blank rows among them). */
async function book(n: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Trước').addRows([
    ['Năm', 2022],
    ['Ghi chú', 'đầu sổ'],
  ]);
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(['Mã', 'Tên', 'Số tiền', 'Ngày']);
  for (let i = 1; i <= n; i++) {
    if (i % 97 === 0) continue; // a blank row: not a row with values
    ws.getRow(i + 1).values = [
      i % 5 ? i : null,
      `Công trình ${i}`,
      i % 3 ? i * 1.5 : `${i},5`,
      i % 11 ? null : new Date(Date.UTC(2022, i % 12, 1)),
    ];
  }
  wb.addWorksheet('Sau').addRow(['cuối sổ']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A follower that keeps what it is given. */
function recorder(sheet: string, onRows?: (batch: Row[]) => void) {
  const seen = { batches: [] as PlainRows[], before: [] as string[][], read: [] as string[][], resets: 0 };
  const follower: SheetFollower = {
    sheet,
    rows(batch, before) {
      seen.batches.push(batch.map((r) => [r.number, [...r.values]]));
      seen.before.push(before.sheets.map((s) => s.name));
      onRows?.(batch);
    },
    reset() {
      seen.resets++;
    },
    sheetRead(sofar) {
      seen.read.push(sofar.sheets.map((s) => s.name));
    },
  };
  return { follower, seen };
}

/** The same file with the sheet's row `r` moved to the end of its rows (row numbers kept). */
function rowMovedToEnd(bytes: Uint8Array, part: string, r: number): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[part]!);
  const row = new RegExp(`<row r="${r}"[^>]*>[\\s\\S]*?</row>`).exec(xml)![0];
  files[part] = strToU8(xml.replace(row, '').replace('</sheetData>', `${row}</sheetData>`));
  return zipSync(files);
}

describe('readWorkbook with a follower', () => {
  it('hands the followed sheet’s rows over in ascending batches, with the sheets before it, and resolves to the same workbook', async () => {
    const bytes = await book(1234);
    const whole = plain(await readWorkbook(base64(bytes), 'sổ.xlsx'));
    const { follower, seen } = recorder('Dữ liệu');
    const followed = plain(await readWorkbook(base64(bytes), 'sổ.xlsx', follower));
    expect(followed).toEqual(whole);
    expect(whole.map((s) => s.name)).toEqual(['Trước', 'Dữ liệu', 'Sau']);
    expect(seen.resets).toBe(0);
    // Several batches, none larger than the batch size, together exactly the sheet's rows.
    expect(seen.batches.length).toBe(Math.ceil(whole[1]!.rows.length / STREAM_BATCH));
    expect(seen.batches.every((b) => b.length > 0 && b.length <= STREAM_BATCH)).toBe(true);
    expect(seen.batches.flat()).toEqual(whole[1]!.rows);
    expect(seen.before.every((names) => names.join() === 'Trước')).toBe(true);
    // Told of each sheet once read, the followed one included (its rows all handed over by then).
    expect(seen.read).toEqual([['Trước'], ['Trước', 'Dữ liệu'], ['Trước', 'Dữ liệu', 'Sau']]);
    // In-thread extraction agrees too.
    const extracted = await extractWorkbook(bytes, 'sổ.xlsx', () => {});
    expect(extracted.map((s) => s.name)).toEqual(whole.map((s) => s.name));
  });

  it('tells the follower to forget the batches when rows are not in ascending order; the sheet comes whole and sorted', async () => {
    const bytes = rowMovedToEnd(await book(1234), 'xl/worksheets/sheet2.xml', 300);
    const whole = plain(await readWorkbook(base64(bytes), 'sổ.xlsx'));
    const rows = whole[1]!.rows.map(([r]) => r);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).toContain(300);
    const { follower, seen } = recorder('Dữ liệu');
    expect(plain(await readWorkbook(base64(bytes), 'sổ.xlsx', follower))).toEqual(whole);
    expect(seen.resets).toBe(1);
    // Batches came before the row out of place, and stop with the reset.
    expect(seen.batches.flat().length).toBeLessThan(whole[1]!.rows.length);
  });

  it('a follower that throws is reset, gets no more rows, and the read still gives every sheet whole', async () => {
    const bytes = await book(1500);
    const whole = plain(await readWorkbook(base64(bytes), 'sổ.xlsx'));
    const { follower, seen } = recorder('Dữ liệu', () => {
      throw new Error('hỏng khi kiểm tra');
    });
    expect(plain(await readWorkbook(base64(bytes), 'sổ.xlsx', follower))).toEqual(whole);
    expect(seen.batches).toHaveLength(1);
    expect(seen.resets).toBe(1);
  });

  it('a followed sheet that is not there gives no batches; a one-row sheet one batch', async () => {
    const bytes = await book(10);
    for (const name of ['Không có', 'Sau']) {
      const { follower, seen } = recorder(name);
      const wb = plain(await readWorkbook(base64(bytes), 'sổ.xlsx', follower));
      expect(wb).toEqual(plain(await readWorkbook(base64(bytes), 'sổ.xlsx')));
      if (name === 'Sau') expect(seen.batches.flat()).toEqual(wb[2]!.rows);
      else expect(seen.batches).toEqual([]);
    }
  });
});
