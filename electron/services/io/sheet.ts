/**
 * A workbook as imports read it: plain values of the rows that hold any, made by the reading
 * worker (exceljs runs there) and sent to the service. The API is the small part of exceljs's
 * the imports use (getRow/getCell/eachRow/eachCell), so the parsers stay as they were, but only
 * rows with values exist: nothing loops to a sheet's declared dimension.
 */

/** A formula's cached result, an Excel error (#DIV/0!), or a plain value. */
export type CellValue =
  null | string | number | boolean | Date | { error: string } | { formula: string; result?: CellValue };

export interface SheetData {
  name: string;
  /** [row number, values by column number (index 0 unused)] in ascending row order. */
  rows: [number, CellValue[]][];
}

export class Cell {
  constructor(
    readonly value: CellValue,
    readonly row: number,
    readonly col: number,
  ) {}
}

export class Row {
  constructor(
    readonly number: number,
    private readonly cells: CellValue[],
  ) {}
  getCell(col: number): Cell {
    return new Cell(this.cells[col] ?? null, this.number, col);
  }
  /** A cell's value without a Cell object (hot loops over 10^5 cells). */
  value(col: number): CellValue {
    return this.cells[col] ?? null;
  }
  get hasValues(): boolean {
    return this.cells.some((v) => v !== null && v !== undefined);
  }
  /** Values by column (index 0 unused), as exceljs gives them. */
  get values(): readonly CellValue[] {
    return this.cells;
  }
  eachCell(cb: (cell: Cell, col: number) => void): void {
    this.cells.forEach((v, col) => {
      if (v !== null && v !== undefined) cb(new Cell(v, this.number, col), col);
    });
  }
}

export class Sheet {
  constructor(private readonly data: SheetData) {}
  get name(): string {
    return this.data.name;
  }
  /** Rows with values. */
  get rowCount(): number {
    return this.data.rows.length;
  }
  getRow(r: number): Row {
    // Rows are in ascending order (the reader sorts them): a binary search, no index to build.
    const rows = this.data.rows;
    let lo = 0;
    let hi = rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const n = rows[mid]![0];
      if (n === r) return new Row(r, rows[mid]![1]);
      if (n < r) lo = mid + 1;
      else hi = mid - 1;
    }
    return new Row(r, []);
  }
  /** Only the rows that hold values, in order. */
  eachRow(cb: (row: Row, r: number) => void): void {
    for (const [r, cells] of this.data.rows) cb(new Row(r, cells), r);
  }
}

export class Workbook {
  readonly sheets: Sheet[];
  constructor(data: SheetData[]) {
    this.sheets = data.map((d) => new Sheet(d));
  }
  getWorksheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  eachSheet(cb: (sheet: Sheet) => void): void {
    for (const s of this.sheets) cb(s);
  }
}

/** "A", "B", … "AA" for a column number. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * What is wrong with a cell holding an Excel error or a formula whose result was not saved (the
 * latter allowed where `missingResultOk`, e.g. sums the import only checks); null if nothing.
 */
export function formulaProblem(v: CellValue, missingResultOk = false): string | null {
  if (v === null || typeof v !== 'object' || v instanceof Date) return null;
  if ('error' in v) return `ô có lỗi công thức ${v.error}; hãy sửa công thức hoặc ghi giá trị.`;
  if (v.result === undefined || v.result === null)
    return missingResultOk
      ? null
      : 'ô có công thức chưa có kết quả: hãy mở tệp bằng Excel, tính lại và lưu lại (hoặc ghi giá trị thay cho công thức).';
  if (typeof v.result === 'object' && !(v.result instanceof Date) && 'error' in v.result)
    return `công thức cho kết quả lỗi ${v.result.error}; hãy sửa công thức.`;
  return null;
}
