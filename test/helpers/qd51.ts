/** QĐ 51 with 47 invented TEST indicators (the real ones are not available), for the indicator service tests. */
import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import { call } from './dispatch';
import { base64Of, headerColumn, workbookOf } from './excel';
import type { ServiceContext } from '../../electron/services/context';

export const YEAR = 2026;
export { base64Of };
export const count = (ctx: ServiceContext, sql: string) => (ctx.sqlite.prepare(sql).get() as { n: number }).n;

export async function qd51(ctx: ServiceContext) {
  const sets = await call(ctx, 'criteria.sets', {});
  return sets.find((s) => s.code === 'QD51-NTM')!;
}

/**
 * Fills the exported template of QĐ 51 with 47 invented TEST indicators (the real ones are not
 * available) over the 10 criteria, with thresholds for nhóm 1, 2, 3. Criterion 1: "1.1" percent
 * ≥ 90/80/«Không áp dụng», "1.2" yes/no; criterion 3: "3.1" a grade ≥ Khá; criterion 4: "4.1" ≤ 5.
 */
export async function filledTemplate(ctx: ServiceContext, setId: number, tweak?: (ws: ExcelJS.Worksheet) => void) {
  const wb = await workbookOf(await call(ctx, 'criteriaSets.export', { setId }));
  const ws = wb.getWorksheet('Chỉ tiêu')!;
  const col = (h: string) => headerColumn(ws, h);
  const names = new Map<number, string>();
  for (let r = 2; r <= ws.rowCount; r++)
    names.set(Number(ws.getCell(r, col('Tiêu chí số')).text), ws.getCell(r, col('Tên tiêu chí')).text);
  expect(names.size).toBe(10);
  ws.spliceRows(2, ws.rowCount - 1);
  const per = [5, 5, 5, 5, 5, 5, 5, 4, 4, 4];
  let r = 2;
  per.forEach((n, k) => {
    const no = k + 1;
    for (let j = 1; j <= n; j++) {
      const row = ws.getRow(r++);
      const set = (h: string, v: string | number) => (row.getCell(col(h)).value = v);
      set('Tiêu chí số', no);
      set('Tên tiêu chí', names.get(no)!);
      set('Mã chỉ tiêu', `${no}.${j}`);
      set('Tên chỉ tiêu', `Chỉ tiêu thử ${no}.${j}`);
      set('Nguồn', 'Dữ liệu thử của kiểm thử');
      if (no === 1 && j === 2) {
        set('Cách nhập', 'Đạt/Không');
        ['Ngưỡng nhóm 1', 'Ngưỡng nhóm 2', 'Ngưỡng nhóm 3'].forEach((h) => set(h, 'Đạt'));
      } else if (no === 3 && j === 1) {
        set('Cách nhập', 'Xếp loại');
        set('Các mức xếp loại', 'Tốt;Khá;Trung bình');
        set('So sánh', '≥');
        ['Ngưỡng nhóm 1', 'Ngưỡng nhóm 2', 'Ngưỡng nhóm 3'].forEach((h) => set(h, 'Khá'));
      } else if (no === 4 && j === 1) {
        set('Cách nhập', 'Số');
        set('Đơn vị', 'vụ');
        set('So sánh', '≤');
        set('Ngưỡng nhóm 1', 3);
        set('Ngưỡng nhóm 2', 5);
        set('Ngưỡng nhóm 3', 5);
      } else {
        set('Cách nhập', 'Tỷ lệ %');
        set('Đơn vị', '%');
        set('So sánh', '≥');
        set('Ngưỡng nhóm 1', 90);
        set('Ngưỡng nhóm 2', 80);
        set('Ngưỡng nhóm 3', no === 1 && j === 1 ? 'Không áp dụng' : '70');
      }
      set('Đã kiểm chứng', 'x');
    }
  });
  tweak?.(ws);
  return { fileName: 'qd51-phu-luc-1.xlsx', base64: await base64Of(wb) };
}

export async function setUp(ctx: ServiceContext) {
  const set = await qd51(ctx);
  const file = await filledTemplate(ctx, set.id);
  const preview = await call(ctx, 'criteriaSets.importPreview', { setId: set.id, ...file });
  expect(preview).toMatchObject({ criteria: 10, indicators: 47, thresholds: 141, added: 47, changed: 0, removed: 0 });
  await call(ctx, 'criteriaSets.importApply', { setId: set.id, ...file });
  const detail = await call(ctx, 'criteria.setDetail', { setId: set.id });
  const communes = await call(ctx, 'communeGroups.list', { year: YEAR });
  return { set, detail, communes };
}

export const indicatorId = (detail: Awaited<ReturnType<typeof setUp>>['detail'], code: string) =>
  detail.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!.id;

/** Puts communes in commune groups ([communeId, groupNo] pairs), by default from QĐ 51's start by decision 12/QĐ-UBND. */
export const assignGroups = (
  ctx: ServiceContext,
  groups: readonly (readonly [communeId: number, groupNo: 1 | 2 | 3])[],
  { validFrom = '2026-02-15', decision = '12/QĐ-UBND' } = {},
) =>
  call(ctx, 'communeGroups.save', {
    year: YEAR,
    validFrom,
    decision,
    changes: groups.map(([communeId, groupNo]) => ({ communeId, groupNo })),
  });
