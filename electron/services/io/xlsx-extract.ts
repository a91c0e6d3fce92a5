/**
 * Runs inside the reading worker: checks the limits while inflating the parts it needs once, then
 * reads the workbook's XML directly (xlsx-book, xlsx-sheet-scan) into plain values of the rows
 * that hold any (capped per sheet), the same values exceljs's reading used to give. No database,
 * no app state; exceljs is kept for writing workbooks only.
 */
import { AppError } from '../../../shared/errors';
import { openXlsx, XLSX_LIMITS } from './xlsx-guard';
import { isSheetPart, partText, readDateStyles, readRels, readSharedStrings, readSheets } from './xlsx-book';
import { scanSheet, type RowStream } from './xlsx-sheet-scan';
import type { SheetData } from './sheet';

type Progress = (fraction: number, stage: string) => void;

/** Who sees the workbook while it is read: each sheet once read, and one sheet's rows while it is read. */
export interface ExtractWatcher {
  /** A sheet, once read (in workbook order). */
  sheet(data: SheetData): void;
  /** The name of the sheet whose rows go to `stream` while it is read. */
  follow: string;
  stream: RowStream;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** The parts read: workbook, its relationships, strings, styles, worksheets and their relationships. */
const wanted = (name: string) =>
  name === WORKBOOK ||
  name === WORKBOOK_RELS ||
  name === STRINGS ||
  name === STYLES ||
  isSheetPart(name) ||
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.test(name);

/** The relationships part of a worksheet part (exceljs pairs them by the sheet's number). */
const sheetRelsName = (part: string) => {
  const n = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(part)![1];
  return `xl/worksheets/_rels/sheet${n}.xml.rels`;
};

export async function extractWorkbook(
  bytes: Uint8Array,
  fileName: string,
  progress: Progress,
  watcher?: ExtractWatcher,
): Promise<SheetData[]> {
  progress(0.02, 'Đang kiểm tra tệp');
  const { parts } = openXlsx(bytes, fileName, wanted);
  progress(0.1, 'Đang đọc sổ Excel');
  const corrupt = () => new AppError('IMPORT_INVALID', `Tệp «${fileName}» bị hỏng hoặc không phải sổ Excel (.xlsx).`);
  try {
    const { sheets: refs, date1904 } = readSheets(
      partText(parts.get(WORKBOOK)),
      partText(parts.get(WORKBOOK_RELS)),
      (n) => parts.has(n),
    );
    const ctx = {
      strings: parts.has(STRINGS) ? readSharedStrings(partText(parts.get(STRINGS))) : null,
      dateStyles: parts.has(STYLES) ? readDateStyles(partText(parts.get(STYLES))) : [],
      date1904,
    };
    const sheets: SheetData[] = [];
    // Progress from 15% to 90% by the sheets' sizes, also while a big sheet is read.
    const sizes = refs.map((ref) => parts.get(ref.part)!.length);
    const total = Math.max(
      1,
      sizes.reduce((a, b) => a + b, 0),
    );
    let done = 0;
    refs.forEach((ref, i) => {
      const stage = `Đang đọc sheet «${ref.name}»`;
      const at = (f: number) => progress(0.15 + (0.75 * (done + f * sizes[i]!)) / total, stage);
      at(0);
      const relsPart = parts.get(sheetRelsName(ref.part));
      const rows = scanSheet(
        partText(parts.get(ref.part)),
        ctx,
        relsPart ? readRels(partText(relsPart)) : null,
        {
          rows: XLSX_LIMITS.rowsPerSheet,
          columns: XLSX_LIMITS.columns,
          tooMany: (r) =>
            new AppError(
              'IMPORT_INVALID',
              `Sheet «${ref.name}» của tệp «${fileName}» có hơn ${XLSX_LIMITS.rowsPerSheet.toLocaleString('vi-VN')} dòng có dữ liệu (giới hạn một lần nhập); dòng ${r.toLocaleString('vi-VN')} vượt giới hạn.`,
            ),
        },
        at,
        watcher && ref.name === watcher.follow ? watcher.stream : undefined,
      );
      done += sizes[i]!;
      sheets.push({ name: ref.name, rows });
      watcher?.sheet(sheets.at(-1)!);
    });
    progress(0.9, 'Đang kiểm tra dữ liệu');
    return sheets;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw corrupt();
  }
}
