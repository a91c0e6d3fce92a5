/**
 * Units to and from Excel (sheet «Đơn vị»): the export is the import's template. An import is
 * checked row by row (sheet, row, column) before anything is written, then lands in one transaction:
 * a row whose code names a unit in force at its start date updates it, any other row adds a unit.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import ExcelJS from 'exceljs';
import type { Row } from '../io/sheet';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { formatShortDate, parseViDate, yearEnd } from '../../../shared/format/date';
import { searchKey } from '../../../shared/format/text';
import { MIME_XLSX } from '../../../shared/models/files';
import { fullDistrictName, UNIT_KIND_LABEL, type UnitKind, type UnitsImportPreview, type UnitsImportResult, type UnitRow } from '../../../shared/models/units';
import { patchUnit, unitByCodeAt } from '../../../db/repositories/units';
import { recordAudit } from '../../../db/repositories/audit';
import { addSheet, cellText, headerColumns, ImportErrors, loadWorkbook, workbookBase64 } from '../io/excel';
import { stage } from '../io/job-context';
import { addUnit, unitListAt, type NewUnit } from './list';
import { planYear } from '../data-file';

export const UNITS_SHEET = 'Đơn vị';
const COL = { code: 'Mã', name: 'Tên', kind: 'Loại', from: 'Hiệu lực từ', decision: 'Văn bản', notes: 'Ghi chú' } as const;
const KINDS: Record<string, NewUnit['kind']> = { xa: 'xa', phuong: 'phuong', 'dac khu': 'dac_khu' };

interface ParsedRow extends NewUnit {
  row: number;
  existingId: number | null;
  action: 'add' | 'change' | 'same';
}

async function parse(ctx: ServiceContext, fileName: string, base64: string): Promise<ParsedRow[]> {
  const wb = await loadWorkbook(base64, fileName);
  const errors = new ImportErrors();
  const ws = wb.getWorksheet(UNITS_SHEET);
  if (!ws) throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» không có sheet «${UNITS_SHEET}». Hãy dùng tệp xuất từ Danh sách xã làm mẫu.`);
  const cols = headerColumns(ws, [COL.code, COL.name, COL.kind, COL.from, COL.decision], errors);
  errors.throwIfAny();
  const at = (row: Row, h: string) => (cols!.has(h) ? cellText(row.getCell(cols!.get(h)!)).trim() : '');
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = { code: at(row, COL.code), name: at(row, COL.name), kind: at(row, COL.kind), from: at(row, COL.from), decision: at(row, COL.decision), notes: at(row, COL.notes) };
    if (!Object.values(v).some(Boolean)) return;
    const before = errors.issues.length;
    if (v.code && !/^\d{5}$/.test(v.code)) errors.add(UNITS_SHEET, n, COL.code, `mã «${v.code}» phải gồm 5 chữ số (mã ĐVHC), hoặc để trống.`);
    if (!v.name) errors.add(UNITS_SHEET, n, COL.name, 'thiếu tên đơn vị.');
    else if (v.name.length > 80 || !/\p{L}/u.test(v.name)) errors.add(UNITS_SHEET, n, COL.name, `tên «${v.name}» không hợp lệ.`);
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
    const existing = v.code ? unitByCodeAt(ctx.db, v.code, from) : undefined;
    const same = existing && existing.name === v.name && existing.kind === kind && existing.decision === v.decision && (existing.notes === v.notes || !v.notes);
    rows.push({
      row: n,
      code: v.code || undefined,
      name: v.name,
      kind,
      validFrom: from,
      decision: v.decision,
      notes: v.notes || undefined,
      existingId: existing?.id ?? null,
      action: existing ? (same ? 'same' : 'change') : 'add',
    });
  });
  errors.throwIfAny();
  if (!rows.length) throw new AppError('IMPORT_INVALID', `Sheet «${UNITS_SHEET}» không có dòng dữ liệu nào.`);
  return rows;
}

const tally = (rows: ParsedRow[]) => ({
  added: rows.filter((r) => r.action === 'add').length,
  changed: rows.filter((r) => r.action === 'change').length,
  unchanged: rows.filter((r) => r.action === 'same').length,
});

function apply(ctx: ServiceContext, rows: ParsedRow[]): UnitsImportResult {
  ctx.db.transaction(() => {
    for (const r of rows) {
      if (r.action === 'add') addUnit(ctx, r);
      else if (r.action === 'change' && r.existingId !== null) {
        patchUnit(ctx.db, r.existingId, {
          name: r.name,
          kind: r.kind,
          decision: r.decision,
          ...(r.notes ? { notes: r.notes } : {}),
          searchKey: searchKey(fullDistrictName(r.kind, r.name)),
        });
        recordAudit(ctx.db, [{ entity: 'unit', entityId: r.existingId, action: 'import', newValue: r, communeId: r.existingId }], ctx.now());
      }
    }
  });
  return tally(rows);
}

export async function exportUnits(ctx: ServiceContext, { date }: ParsedInputOf<'units.export'>) {
  const at = date ?? yearEnd(planYear(ctx));
  await stage(0.05, `Đang đọc danh sách đơn vị ngày ${formatShortDate(at)}`);
  const units = unitListAt(ctx, at).units;
  await stage(0.4, 'Đang ghi đơn vị vào bảng tính');
  const wb = new ExcelJS.Workbook();
  addSheet<UnitRow>(
    wb,
    UNITS_SHEET,
    [
      { header: COL.code, width: 10, value: (u) => u.code },
      { header: COL.name, width: 28, value: (u) => u.name },
      { header: COL.kind, width: 12, value: (u) => UNIT_KIND_LABEL[u.kind as UnitKind] },
      { header: COL.from, width: 14, value: (u) => (u.validFrom ? formatShortDate(u.validFrom) : '') },
      { header: COL.decision, width: 28, value: (u) => u.decision },
      { header: COL.notes, width: 40, value: (u) => u.notes },
    ],
    units.filter((u) => u.kind === 'xa' || u.kind === 'phuong' || u.kind === 'dac_khu'),
  );
  return { fileName: `don-vi-${at}.xlsx`, mime: MIME_XLSX, base64: await workbookBase64(wb) };
}

export async function importPreview(ctx: ServiceContext, { fileName, base64 }: ParsedInputOf<'units.importPreview'>): Promise<UnitsImportPreview> {
  const rows = await parse(ctx, fileName, base64);
  return {
    rows: rows.length,
    ...tally(rows),
    sample: rows.slice(0, 20).map((r) => ({ row: r.row, code: r.code ?? '', name: r.name, kind: UNIT_KIND_LABEL[r.kind], action: r.action })),
  };
}

export async function importApply(ctx: ServiceContext, { fileName, base64 }: ParsedInputOf<'units.importApply'>) {
  return apply(ctx, await parse(ctx, fileName, base64));
}
