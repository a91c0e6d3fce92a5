/**
 * Seeded random workbooks for the reader's sameness test: exceljs writes them (shared strings or
 * not, styles or not, 1900 or 1904 dates), with Vietnamese texts and every kind of cell value the
 * imports can meet. `mutateXml` then rewrites parts as other writers do (no cell addresses,
 * character references, CRLF line ends, lower-case _xhhhh_ escapes).
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** mulberry32: a small seeded generator, so a failing seed can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const PIECES = [
  'Xã',
  ' Hòa An',
  'Phường Đông Hải',
  'Đường giao thông',
  'ấp Thạnh Lợi',
  'nước sạch',
  'Ự',
  'ỡ',
  'đ',
  ' ',
  '  ',
  '\n',
  '\t',
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '&lt;',
  'A&B',
  '_x0041_',
  '_x000a_',
  '_x000D_',
  '_xZZZZ_',
  '12',
  '1.234,5',
  '😀',
  'Tổng cộng',
  '#N/A',
  '=SUM(A1)',
] as const;

export function randomText(r: Rand): string {
  let s = '';
  for (let i = int(r, 1, 5); i > 0; i--) s += pick(r, PIECES);
  return s;
}

const DATE_FORMATS = [
  undefined,
  'dd/mm/yyyy',
  'd/m/yyyy',
  'mm-dd-yy',
  'yyyy-mm-dd hh:mm',
  '[$-42A]dd/mm/yyyy',
  '"Ngày" dd',
  'h:mm',
  '0.00',
  '#,##0',
  '@',
  'General',
  '[Red]0.0',
  'mmm-yy',
] as const;
const NUMBER_FORMATS = [undefined, undefined, '#,##0', '0.00%', 'dd/mm/yyyy', '"tháng" m', '[h]:mm'] as const;
const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'] as const;

function randomNumber(r: Rand): number {
  switch (int(r, 0, 5)) {
    case 0:
      return int(r, -1000, 1000);
    case 1:
      return Math.round((r() - 0.5) * 1e6) / 100;
    case 2:
      return int(r, 0, 1) ? 0 : -0.5;
    case 3:
      return Math.round(r() * 1e15);
    case 4:
      return r() * 1e-6;
    default:
      return int(r, 1, 60000);
  }
}

const randomDate = (r: Rand) =>
  new Date(
    Date.UTC(
      int(r, 1950, 2040),
      int(r, 0, 11),
      int(r, 1, 28),
      int(r, 0, 1) ? 0 : int(r, 0, 23),
      int(r, 0, 1) ? 0 : int(r, 0, 59),
    ),
  );

function randomResult(r: Rand): ExcelJS.CellValue | undefined {
  switch (int(r, 0, 7)) {
    case 0:
      return undefined;
    case 1:
      return randomNumber(r);
    case 2:
      return randomText(r);
    case 3:
      return int(r, 0, 1) === 1;
    case 4:
      return { error: pick(r, ERRORS) } as ExcelJS.CellErrorValue;
    case 5:
      return 0;
    case 6:
      return '';
    default:
      return randomDate(r);
  }
}

/** One random cell value (the caller sets the number format). */
function randomValue(r: Rand, ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.CellValue {
  const cell = ws.getCell(row, col);
  switch (int(r, 0, 11)) {
    case 0:
    case 1:
    case 2:
      return randomText(r);
    case 3:
    case 4:
      cell.numFmt = pick(r, NUMBER_FORMATS) as string;
      return randomNumber(r);
    case 5:
      cell.numFmt = pick(r, DATE_FORMATS) as string;
      return randomDate(r);
    case 6:
      return int(r, 0, 1) === 1;
    case 7:
      return { error: pick(r, ERRORS) } as ExcelJS.CellErrorValue;
    case 8: {
      if (int(r, 0, 2) === 0) cell.numFmt = pick(r, DATE_FORMATS) as string;
      const result = randomResult(r);
      return {
        formula: `SUM(A1:B${row})*${int(r, 1, 9)}&"<x>"`,
        ...(result === undefined ? {} : { result }),
      } as ExcelJS.CellFormulaValue;
    }
    case 9:
      return {
        richText: Array.from({ length: int(r, 1, 3) }, () => ({
          text: randomText(r),
          font: { bold: int(r, 0, 1) === 1 },
        })),
      };
    case 10: {
      const text = int(r, 0, 3) ? randomText(r) : '';
      return {
        text,
        hyperlink: int(r, 0, 2) ? `https://vi.wikipedia.org/wiki/${encodeURIComponent(text || 'x')}` : '#Trang2!A1',
      } as ExcelJS.CellHyperlinkValue;
    }
    default:
      return null;
  }
}

function fillSheet(r: Rand, ws: ExcelJS.Worksheet): void {
  const rows = int(r, 0, 25);
  const width = int(r, 1, 14);
  for (let i = 0; i < rows; i++) {
    const row = int(r, 1, 40);
    for (let c = 0; c < int(r, 0, width); c++) {
      const col = int(r, 0, 30) === 0 ? int(r, 495, 505) : int(r, 1, width);
      ws.getCell(row, col).value = randomValue(r, ws, row, col);
    }
  }
  // Merged ranges must not overlap each other (exceljs refuses) nor a shared formula's cells.
  const merged: [number, number, number, number][] = [];
  // A shared formula down a column, its result sometimes missing.
  if (int(r, 0, 2) === 0) {
    const col = int(r, 1, 8);
    const top = int(r, 1, 30);
    const n = int(r, 2, 5);
    merged.push([top, col, top + n - 1, col]);
    const ref = `${ws.getColumn(col).letter}${top}:${ws.getColumn(col).letter}${top + n - 1}`;
    ws.getCell(top, col).value = { formula: `B${top}*2`, result: 4, shareType: 'shared', ref } as ExcelJS.CellValue;
    for (let i = 1; i < n; i++) {
      const result = randomResult(r);
      ws.getCell(top + i, col).value = {
        sharedFormula: ws.getCell(top, col).address,
        ...(result === undefined ? {} : { result }),
      } as ExcelJS.CellValue;
    }
  }
  for (let m = int(r, 0, 3); m > 0; m--) {
    const t = int(r, 1, 35);
    const l = int(r, 1, 12);
    const b = t + int(r, 0, 3);
    const ri = l + int(r, 0, 3);
    if (merged.some(([t2, l2, b2, r2]) => t <= b2 && t2 <= b && l <= r2 && l2 <= ri) || (t === b && l === ri)) continue;
    merged.push([t, l, b, ri]);
    ws.mergeCells(t, l, b, ri);
    if (int(r, 0, 1)) ws.getCell(t, l).value = randomText(r);
  }
}

const SHEET_NAMES = ['Công trình', 'Nguồn vốn 2025', 'Trang2', 'Danh sách xã', 'A & B', "Xã 'Hòa' mới", 'Sheet 7'];

/** A random workbook's bytes, written by exceljs with random options. */
export async function randomWorkbook(seed: number): Promise<Uint8Array> {
  const r = rng(seed);
  const wb = new ExcelJS.Workbook();
  if (int(r, 0, 4) === 0) wb.properties.date1904 = true;
  const names = [...SHEET_NAMES].sort(() => r() - 0.5).slice(0, int(r, 1, 3));
  for (const name of names) fillSheet(r, wb.addWorksheet(name));
  const options = { useSharedStrings: int(r, 0, 3) > 0, useStyles: int(r, 0, 5) > 0 };
  return new Uint8Array((await wb.xlsx.writeBuffer(options)) as ArrayBuffer);
}

/** Rewrites the sheet and string parts as other writers may; `r` picks which changes are made. */
export function mutateXml(bytes: Uint8Array, r: Rand): Uint8Array {
  const files = unzipSync(bytes);
  const sstXml = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
  const sst = [...sstXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!);
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name)) continue;
    let xml = strFromU8(data);
    // Character references for some letters (&#7899; for ớ, &#x1EA1; for ạ), CRLF inside texts.
    if (int(r, 0, 1)) {
      const space = int(r, 0, 1) ? '&#32;' : ' ';
      xml = xml.replace(
        />([^<]+)</g,
        (_m, text: string) => `>${text.replace(/ớ/g, '&#7899;').replace(/ạ/g, '&#x1EA1;').replace(/ /g, space)}<`,
      );
    }
    if (int(r, 0, 2) === 0) xml = xml.replace(/(<t[^>]*>[^<]*)\n/g, '$1\r\n');
    if (int(r, 0, 2) === 0) xml = xml.replace(/_x000D_/g, '_x000d_');
    // Shared strings written in the cell instead: inline (<is>, plain or runs) or as "str" text.
    if (name.includes('worksheets') && sst.length && int(r, 0, 1)) {
      xml = xml.replace(/<c ([^>]*)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (whole, a: string, b: string, i: string) => {
        const si = sst[Number(i)]!;
        const plain = /^<t[^>]*>([^<]*)<\/t>$/.exec(si);
        if (plain && int(r, 0, 2) === 0) return `<c ${a}t="str"${b}><v>${plain[1]}</v></c>`;
        return int(r, 0, 1) ? `<c ${a}t="inlineStr"${b}><is>${si}</is></c>` : whole;
      });
    }
    // Cell addresses dropped where a cell follows its left neighbour (Excel may omit them).
    if (name.includes('worksheets') && int(r, 0, 1)) {
      xml = xml.replace(/<row [^>]*>[\s\S]*?<\/row>/g, (row) => {
        let prev = 0;
        let prevHadValue = false;
        return row.replace(
          /<c r="([A-Z]+)(\d+)"([^>]*?)(\/?)>/g,
          (whole, letters: string, _n, rest: string, slash: string) => {
            let col = 0;
            for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
            // exceljs needs an address on a row's first kept cell and counts on from the last cell with a value.
            const keep = col !== prev + 1 || !prevHadValue;
            prev = col;
            prevHadValue = slash === '';
            return keep ? whole : `<c${rest}${slash}>`;
          },
        );
      });
    }
    files[name] = strToU8(xml);
  }
  return zipSync(files);
}
