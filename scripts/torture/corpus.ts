/**
 * Malformed workbooks for every import, generated from the app's own exports: broken zips, zip
 * bombs, huge dimensions, formulas without results and formula errors, control characters,
 * 100.000-character cells, merged cells, duplicate rows and headers, unknown units, wrong sheets,
 * odd dates and amounts. Each case says whether the import must refuse it.
 */
import ExcelJS from 'exceljs';
import { deflateSync } from 'fflate';
import { dispatch } from '../../electron/services/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import type { JobChannel } from '../../shared/api/contracts/jobs';
import { deflatedZeros, writeZip } from './zip';

export type ImportKind = 'criteria' | 'funding' | 'ocop';

export interface CorpusCase {
  kind: ImportKind;
  name: string;
  base64: string;
  /** true: the import must refuse it; false: either outcome is fine (checked through the preview). */
  refuse: boolean;
}

const EXPORT: Record<ImportKind, (ctx: ServiceContext) => Promise<string>> = {
  criteria: (ctx) => exported(ctx, 'criteria.exportMatrix', {}),
  funding: (ctx) => exported(ctx, 'funding.export', { year: 2022 }),
  ocop: (ctx) => exported(ctx, 'ocop.export', { asOf: '2022-12-31' }),
};

export const applyChannel = (k: ImportKind): JobChannel => `${k}.importApply`;
export const previewChannel = (k: ImportKind): JobChannel => `${k}.importPreview`;

async function exported(ctx: ServiceContext, channel: 'criteria.exportMatrix' | 'funding.export' | 'ocop.export', input: object): Promise<string> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return (r.value as { base64: string }).base64;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The sheet an import reads most (the one with data rows). */
function dataSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return [...wb.worksheets].sort((a, b) => b.actualRowCount - a.actualRowCount)[0]!;
}

function headers(ws: ExcelJS.Worksheet): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  ws.getRow(1).eachCell((c, col) => out.push({ col, text: String(c.value ?? '') }));
  return out;
}

type Mutation = { name: string; refuse: boolean; edit: (wb: ExcelJS.Workbook) => void };

/** Cell mutations, one case per column read where it makes sense. */
function mutations(wb: ExcelJS.Workbook): Mutation[] {
  const ws = dataSheet(wb);
  const hs = headers(ws);
  const last = ws.actualRowCount;
  const out: Mutation[] = [];
  const at = (r: number, col: number) => ws.getRow(r).getCell(col);
  for (const h of hs) {
    out.push({ name: `100k ký tự ở «${h.text}»`, refuse: true, edit: () => void (at(2, h.col).value = 'x'.repeat(100_000)) });
    out.push({ name: `ký tự điều khiển ở «${h.text}»`, refuse: true, edit: () => void (at(2, h.col).value = 'a_x0001_b_x0007_') });
    out.push({ name: `lỗi công thức ở «${h.text}»`, refuse: true, edit: () => void (at(2, h.col).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue) });
    out.push({ name: `công thức chưa có kết quả ở «${h.text}»`, refuse: !/tổng|số tiêu chí|mức đạt|năm công nhận|quyết định công nhận|tỷ lệ/i.test(h.text), edit: () => void (at(2, h.col).value = { formula: 'A1&"x"' } as ExcelJS.CellValue) });
    out.push({ name: `số lạ (-5) ở «${h.text}»`, refuse: false, edit: () => void (at(2, h.col).value = -5) });
    out.push({ name: `số rất lớn (1e20) ở «${h.text}»`, refuse: false, edit: () => void (at(2, h.col).value = 1e20) });
    out.push({ name: `ngày lạ (1899) ở «${h.text}»`, refuse: false, edit: () => void (at(2, h.col).value = new Date('1899-12-31T00:00:00Z')) });
    out.push({ name: `ngày 32/13/2022 ở «${h.text}»`, refuse: false, edit: () => void (at(2, h.col).value = '32/13/2022') });
  }
  out.push(
    { name: 'kích thước 1.048.576 dòng (một ô ở dòng cuối)', refuse: true, edit: () => void (ws.getCell(`A1048576`).value = 'lạc') },
    { name: 'ô ở cột XFD', refuse: false, edit: () => void (ws.getCell('XFD2').value = 'xa') },
    { name: 'ô gộp ở dòng 2', refuse: false, edit: () => ws.mergeCells(2, 1, 2, Math.min(3, hs.length)) },
    { name: 'ô gộp dọc ở cột 2', refuse: false, edit: () => ws.mergeCells(2, 2, Math.min(4, last), 2) },
    { name: 'dòng trùng (chép dòng 2)', refuse: true, edit: () => void ws.addRow((ws.getRow(2).values as unknown[]).slice(1)) },
    { name: 'tiêu đề trùng (cột 2 ghi lại ở cuối)', refuse: true, edit: () => void (ws.getRow(1).getCell(hs.length + 1).value = hs[1]!.text) },
    { name: 'sai tiêu đề (đổi tên mọi cột)', refuse: true, edit: () => hs.forEach((h) => void (ws.getRow(1).getCell(h.col).value = `${h.text} (sai)`)) },
    { name: 'sai tên sheet', refuse: true, edit: () => wb.worksheets.forEach((w, i) => void (w.name = `Trang ${i + 1}`)) },
    { name: 'đơn vị không có (xã lạ)', refuse: hs.some((h) => /xã|huyện/i.test(h.text)), edit: () => hs.filter((h) => /xã|huyện/i.test(h.text)).forEach((h) => void (at(2, h.col).value = 'Xã Không Có Thật')) },
    { name: 'sheet trống', refuse: true, edit: () => wb.worksheets.forEach((w) => w.spliceRows(1, w.actualRowCount + 5)) },
  );
  return out;
}

/** Broken zips and bombs, independent of the import. */
function rawCases(base: Uint8Array): { name: string; bytes: Uint8Array }[] {
  const workbookXml = new TextEncoder().encode('<workbook/>');
  const bomb = deflatedZeros(200 * 1024 * 1024);
  return [
    { name: 'không phải zip (văn bản)', bytes: new TextEncoder().encode('Mã xã;Tên xã\n1;A') },
    { name: 'tệp rỗng', bytes: new Uint8Array(0) },
    { name: 'bị cắt còn 10%', bytes: base.subarray(0, Math.floor(base.length * 0.1)) },
    { name: 'bị cắt còn 50%', bytes: base.subarray(0, Math.floor(base.length * 0.5)) },
    { name: 'bị cắt thiếu 10 byte', bytes: base.subarray(0, base.length - 10) },
    { name: 'byte giữa tệp bị hỏng', bytes: Uint8Array.from(base, (b, i) => (i > base.length / 3 && i < base.length / 3 + 200 ? b ^ 0x5a : b)) },
    {
      name: 'zip bomb 200 MB (kích thước khai đúng)',
      bytes: writeZip([
        { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
        { name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, size: 200 * 1024 * 1024 },
      ]),
    },
    {
      name: 'zip bomb 200 MB (khai dối 1 KB)',
      bytes: writeZip([
        { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
        { name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, size: 1024 },
      ]),
    },
    {
      name: '5.000 phần nén',
      bytes: writeZip([
        { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
        ...Array.from({ length: 5000 }, (_, i) => ({ name: `x/${i}.xml`, data: deflateSync(new Uint8Array(10)), method: 8 as const, size: 10 })),
      ]),
    },
    { name: 'zip không có workbook.xml', bytes: writeZip([{ name: 'a.txt', data: new Uint8Array(3), method: 0, size: 3 }]) },
  ];
}

/** Every case for every import (≥ 200 in all). `limit` keeps a spread subset for the short run. */
export async function buildCorpus(ctx: ServiceContext, limit = Infinity): Promise<CorpusCase[]> {
  const cases: CorpusCase[] = [];
  for (const kind of ['criteria', 'funding', 'ocop'] as ImportKind[]) {
    const base64 = await EXPORT[kind](ctx);
    const base = Buffer.from(base64, 'base64');
    for (const r of rawCases(base)) cases.push({ kind, name: r.name, base64: b64(r.bytes), refuse: true });
    const probe = new ExcelJS.Workbook();
    await probe.xlsx.load(base as unknown as ExcelJS.Buffer);
    for (const [i, m] of mutations(probe).entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(base as unknown as ExcelJS.Buffer);
      mutations(wb)[i]!.edit(wb);
      cases.push({ kind, name: m.name, base64: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64'), refuse: m.refuse });
    }
  }
  if (cases.length <= limit) return cases;
  const step = cases.length / limit;
  return Array.from({ length: limit }, (_, i) => cases[Math.floor(i * step)]!);
}
