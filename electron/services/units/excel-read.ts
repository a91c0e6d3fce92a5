/** Reads the units workbook: every row checked (sheet, row, column) before anything is compared or written. */
import type { Row } from '../io/sheet';
import { AppError } from '../../../shared/errors';
import { parseViDate } from '../../../shared/format/date';
import { searchKey } from '../../../shared/format/text';
import { cellText, headerColumns, ImportErrors, loadWorkbook } from '../io/excel';
import type { NewUnit } from './list';
import { COL, KINDS, REQUIRED_COLUMNS, UNITS_SHEET } from './excel-layout';

export interface UnitFileRow extends NewUnit {
  row: number;
  validFrom: string;
}

export async function readUnitsFile(fileName: string, base64: string): Promise<UnitFileRow[]> {
  const wb = await loadWorkbook(base64, fileName);
  const errors = new ImportErrors();
  const ws = wb.getWorksheet(UNITS_SHEET);
  if (!ws)
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp «${fileName}» không có sheet «${UNITS_SHEET}». Hãy dùng tệp xuất từ Danh sách xã làm mẫu.`,
    );
  const cols = headerColumns(ws, REQUIRED_COLUMNS, errors);
  errors.throwIfAny();
  const at = (row: Row, h: string) => (cols!.has(h) ? cellText(row.getCell(cols!.get(h)!)).trim() : '');
  const rows: UnitFileRow[] = [];
  const seen = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = {
      code: at(row, COL.code),
      name: at(row, COL.name),
      kind: at(row, COL.kind),
      from: at(row, COL.from),
      decision: at(row, COL.decision),
      notes: at(row, COL.notes),
    };
    if (!Object.values(v).some(Boolean)) return;
    const before = errors.issues.length;
    if (v.code && !/^\d{5}$/.test(v.code))
      errors.add(UNITS_SHEET, n, COL.code, `mã «${v.code}» phải gồm 5 chữ số (mã ĐVHC), hoặc để trống.`);
    if (!v.name) errors.add(UNITS_SHEET, n, COL.name, 'thiếu tên đơn vị.');
    else if (v.name.length > 80 || !/\p{L}/u.test(v.name))
      errors.add(UNITS_SHEET, n, COL.name, `tên «${v.name}» không hợp lệ.`);
    const kind = KINDS[searchKey(v.kind)];
    if (!kind) errors.add(UNITS_SHEET, n, COL.kind, `loại «${v.kind}» phải là xã, phường hoặc đặc khu.`);
    const from = parseViDate(v.from);
    if (!from) errors.add(UNITS_SHEET, n, COL.from, `ngày «${v.from}» không hợp lệ (ví dụ 01/07/2025).`);
    if (!v.decision) errors.add(UNITS_SHEET, n, COL.decision, 'thiếu văn bản quyết định (số hiệu).');
    if (v.code) {
      const dup = seen.get(v.code);
      if (dup) errors.add(UNITS_SHEET, n, COL.code, `mã ${v.code} đã có ở dòng ${dup}.`);
      seen.set(v.code, n);
    }
    if (errors.issues.length > before || !kind || !from) return;
    rows.push({
      row: n,
      code: v.code || undefined,
      name: v.name,
      kind,
      validFrom: from,
      decision: v.decision,
      notes: v.notes || undefined,
    });
  });
  errors.throwIfAny();
  if (!rows.length) throw new AppError('IMPORT_INVALID', `Sheet «${UNITS_SHEET}» không có dòng dữ liệu nào.`);
  return rows;
}
