/** Reading and writing the .xlsx payloads that cross the API, for the import and export tests. */
import ExcelJS from 'exceljs';

/** Opens an exported file (its base64 payload) as a workbook. */
export async function workbookOf(file: { base64: string }): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  return wb;
}

/** The workbook as the base64 payload of an import. */
export const base64Of = async (wb: ExcelJS.Workbook) =>
  Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');

/** Column number of a header in a sheet's first row; throws when there is none. */
export function headerColumn(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, n) => {
    if (c.text === header) found = n;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
}
