/** Reads the commune groups workbook: every row checked (sheet, row, column) before anything is compared or written. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { parseViDate } from '../../../shared/format/date';
import { cellText, headerColumns, ImportErrors, loadWorkbook } from '../io/excel';
import { communesOfYear } from './common';
import { communeFinder } from './matrix-excel-read';
import type { CheckedGroup } from './groups';
import { G, SHEET } from './groups-excel-layout';

export async function readGroupsFile(
  ctx: ServiceContext,
  year: number,
  fileName: string,
  base64: string,
): Promise<CheckedGroup[]> {
  const wb = await loadWorkbook(base64, fileName);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new AppError('IMPORT_INVALID', `Tệp «${fileName}» không có sheet «${SHEET}».`);
  const errors = new ImportErrors();
  const h = headerColumns(ws, [G.name, G.group, G.from, G.decision], errors);
  errors.throwIfAny();
  const communes = communesOfYear(ctx, year);
  const find = communeFinder(communes);
  const out: CheckedGroup[] = [];
  const seen = new Map<number, number>();
  // Only rows holding values exist in the sheet read by the worker.
  ws.eachRow((row, r) => {
    if (r < 2) return;
    const t = (k: string) => (h!.get(k) ? cellText(row.getCell(h!.get(k)!)).trim() : '');
    const groupText = t(G.group);
    if (!groupText) return;
    // Exported labels read "Tên (đơn vị cấp huyện)": match on the part before the bracket.
    const commune = find(t(G.code), '', t(G.name).replace(/\s*\(.*\)\s*$/, ''));
    if (typeof commune === 'string') {
      errors.add(ws.name, r, t(G.code) ? G.code : G.name, `${commune}.`);
      return;
    }
    if (seen.has(commune.id)) {
      errors.add(ws.name, r, G.name, `xã ${commune.label} trùng với dòng ${seen.get(commune.id)}.`);
      return;
    }
    seen.set(commune.id, r);
    const g = Number(groupText);
    if (![1, 2, 3].includes(g)) errors.add(ws.name, r, G.group, `«${groupText}» không hợp lệ: nhóm xã là 1, 2 hoặc 3.`);
    const from = parseViDate(t(G.from));
    if (!from) errors.add(ws.name, r, G.from, `«${t(G.from)}» không phải ngày (dạng 15/02/2026).`);
    const decision = t(G.decision);
    if (!decision) errors.add(ws.name, r, G.decision, `ghi số văn bản quyết định nhóm của xã ${commune.label}.`);
    if ([1, 2, 3].includes(g) && from && decision)
      out.push({ communeId: commune.id, groupNo: g, label: commune.label, validFrom: from, decision });
  });
  if (!out.length && !errors.any) errors.addSheet(ws.name, 'không có dòng nào ghi nhóm xã.');
  errors.throwIfAny();
  return out;
}
