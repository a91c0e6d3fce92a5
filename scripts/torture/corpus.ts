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
  criteria: (ctx) => exported(ctx, 'criteria.export', {}),
  funding: (ctx) => exported(ctx, 'funding.export', { year: 2022 }),
  ocop: (ctx) => exported(ctx, 'ocop.export', { asOf: '2022-12-31' }),
};

export const applyChannel = (k: ImportKind): JobChannel => `${k}.importApply`;
export const previewChannel = (k: ImportKind): JobChannel => `${k}.importPreview`;

async function exported(
  ctx: ServiceContext,
  channel: 'criteria.export' | 'funding.export' | 'ocop.export',
  input: object,
): Promise<string> {
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
    out.push({
      name: `100k ký tự ở «${h.text}»`,
      refuse: true,
      edit: () => void (at(2, h.col).value = 'x'.repeat(100_000)),
    });
    out.push({
      name: `ký tự điều khiển ở «${h.text}»`,
      refuse: true,
      edit: () => void (at(2, h.col).value = 'a_x0001_b_x0007_'),
    });
    out.push({
      name: `lỗi công thức ở «${h.text}»`,
      refuse: true,
      edit: () => void (at(2, h.col).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue),
    });
    out.push({
      name: `công thức chưa có kết quả ở «${h.text}»`,
      refuse: !/tổng|số tiêu chí|mức đạt|năm công nhận|quyết định công nhận|tỷ lệ/i.test(h.text),
      edit: () => void (at(2, h.col).value = { formula: 'A1&"x"' } as ExcelJS.CellValue),
    });
    out.push({ name: `số lạ (-5) ở «${h.text}»`, refuse: false, edit: () => void (at(2, h.col).value = -5) });
    out.push({ name: `số rất lớn (1e20) ở «${h.text}»`, refuse: false, edit: () => void (at(2, h.col).value = 1e20) });
    out.push({
      name: `ngày lạ (1899) ở «${h.text}»`,
      refuse: false,
      edit: () => void (at(2, h.col).value = new Date('1899-12-31T00:00:00Z')),
    });
    out.push({
      name: `ngày 32/13/2022 ở «${h.text}»`,
      refuse: false,
      edit: () => void (at(2, h.col).value = '32/13/2022'),
    });
  }
  out.push(
    {
      name: 'kích thước 1.048.576 dòng (một ô ở dòng cuối)',
      refuse: true,
      edit: () => void (ws.getCell(`A1048576`).value = 'lạc'),
    },
    { name: 'ô ở cột XFD', refuse: false, edit: () => void (ws.getCell('XFD2').value = 'xa') },
    { name: 'ô gộp ở dòng 2', refuse: false, edit: () => ws.mergeCells(2, 1, 2, Math.min(3, hs.length)) },
    { name: 'ô gộp dọc ở cột 2', refuse: false, edit: () => ws.mergeCells(2, 2, Math.min(4, last), 2) },
    {
      name: 'dòng trùng (chép dòng 2)',
      refuse: true,
      edit: () => void ws.addRow((ws.getRow(2).values as unknown[]).slice(1)),
    },
    {
      name: 'tiêu đề trùng (cột 2 ghi lại ở cuối)',
      refuse: true,
      edit: () => void (ws.getRow(1).getCell(hs.length + 1).value = hs[1]!.text),
    },
    {
      name: 'sai tiêu đề (đổi tên mọi cột)',
      refuse: true,
      edit: () => hs.forEach((h) => void (ws.getRow(1).getCell(h.col).value = `${h.text} (sai)`)),
    },
    {
      name: 'sai tên sheet',
      refuse: true,
      edit: () => wb.worksheets.forEach((w, i) => void (w.name = `Trang ${i + 1}`)),
    },
    {
      name: 'đơn vị không có (xã lạ)',
      refuse: hs.some((h) => /xã|huyện/i.test(h.text)),
      edit: () =>
        hs.filter((h) => /xã|huyện/i.test(h.text)).forEach((h) => void (at(2, h.col).value = 'Xã Không Có Thật')),
    },
    // Sheets keep their names and lose every cell (exceljs's spliceRows leaves a loaded sheet as it was).
    { name: 'mọi sheet trống', refuse: true, edit: () => emptySheets(wb, () => true) },
    { name: 'ô chỉ có dấu cách ở mọi sheet', refuse: true, edit: () => emptySheets(wb, () => true, '   ') },
    { name: 'chỉ còn dòng tiêu đề', refuse: true, edit: () => emptySheets(wb, (r) => r > 1) },
  );
  return out;
}

/** Replaces each sheet by one of the same name without the rows `drop` picks (or with them blanked to `blank`). */
function emptySheets(wb: ExcelJS.Workbook, drop: (row: number) => boolean, blank?: string): void {
  for (const ws of [...wb.worksheets]) {
    const kept: [number, unknown[]][] = [];
    ws.eachRow((row, r) =>
      kept.push([
        r,
        drop(r) ? (row.values as unknown[]).map((v) => (v === undefined ? v : blank)) : (row.values as unknown[]),
      ]),
    );
    const { name } = ws;
    wb.removeWorksheet(ws.id);
    const fresh = wb.addWorksheet(name);
    for (const [r, values] of kept)
      if (values.some((v) => v !== undefined && v !== null)) fresh.getRow(r).values = values as ExcelJS.CellValue[];
  }
}

const workbookXml = new TextEncoder().encode('<workbook/>');
const BOMB = 200 * 1024 * 1024;

/** Broken zips and bombs, independent of the import (made from the export's bytes when needed). */
const rawCases: { name: string; bytes: (base: Uint8Array) => Uint8Array }[] = [
  { name: 'không phải zip (văn bản)', bytes: () => new TextEncoder().encode('Mã xã;Tên xã\n1;A') },
  { name: 'tệp rỗng', bytes: () => new Uint8Array(0) },
  { name: 'bị cắt còn 10%', bytes: (base) => base.subarray(0, Math.floor(base.length * 0.1)) },
  { name: 'bị cắt còn 50%', bytes: (base) => base.subarray(0, Math.floor(base.length * 0.5)) },
  { name: 'bị cắt thiếu 10 byte', bytes: (base) => base.subarray(0, base.length - 10) },
  {
    name: 'byte giữa tệp bị hỏng',
    bytes: (base) => Uint8Array.from(base, (b, i) => (i > base.length / 3 && i < base.length / 3 + 200 ? b ^ 0x5a : b)),
  },
  ...[BOMB, 1024].map((declared) => ({
    name: `zip bomb 200 MB (${declared === BOMB ? 'kích thước khai đúng' : 'khai dối 1 KB'})`,
    bytes: () =>
      writeZip([
        { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
        { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(BOMB), method: 8, size: declared },
      ]),
  })),
  {
    name: '5.000 phần nén',
    bytes: () =>
      writeZip([
        { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
        ...Array.from({ length: 5000 }, (_, i) => ({
          name: `x/${i}.xml`,
          data: deflateSync(new Uint8Array(10)),
          method: 8 as const,
          size: 10,
        })),
      ]),
  },
  {
    name: 'zip không có workbook.xml',
    bytes: () => writeZip([{ name: 'a.txt', data: new Uint8Array(3), method: 0, size: 3 }]),
  },
];

/** Every case for every import (≥ 200 in all). `limit` keeps a spread subset for the short run. */
export async function buildCorpus(ctx: ServiceContext, limit = Infinity): Promise<CorpusCase[]> {
  // Cases are listed first (cheap), then only the chosen ones are made.
  type Pending = { kind: ImportKind; name: string; refuse: boolean; make: () => Promise<string> };
  const pending: Pending[] = [];
  for (const kind of ['criteria', 'funding', 'ocop'] as ImportKind[]) {
    const base = Buffer.from(await EXPORT[kind](ctx), 'base64');
    const raw = rawCases.map((r) => ({ kind, name: r.name, refuse: true, make: async () => b64(r.bytes(base)) }));
    const probe = new ExcelJS.Workbook();
    await probe.xlsx.load(base as unknown as ExcelJS.Buffer);
    const edits = mutations(probe).map((m, i) => ({
      kind,
      name: m.name,
      refuse: m.refuse,
      make: async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(base as unknown as ExcelJS.Buffer);
        mutations(wb)[i]!.edit(wb);
        return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
      },
    }));
    pending.push(...raw, ...edits);
  }
  const step = pending.length / Math.min(limit, pending.length);
  const chosen =
    pending.length <= limit ? pending : Array.from({ length: limit }, (_, i) => pending[Math.floor(i * step)]!);
  const cases: CorpusCase[] = [];
  for (const p of chosen) cases.push({ kind: p.kind, name: p.name, refuse: p.refuse, base64: await p.make() });
  return cases;
}
