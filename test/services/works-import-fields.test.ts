/**
 * The works import checks a row's fields without zod when they are plainly valid (issue 14: zod per
 * row was a tenth of a 10,000-row import) and through zod otherwise. These tests feed the same
 * rows to both: whatever a row holds, the import's result and messages are zod's.
 */
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/services/dispatch';
import { checkWorkFields, FIELD_HEADER, plainWorkFields } from '../../electron/services/funding/excel-read-works';
import type { WorkFields } from '../../electron/services/funding/excel-read-works';
import { workFieldsSchema } from '../../shared/api/contracts/works';
import { MAX_AMOUNT } from '../../shared/domain/amount';
import { tempContext } from '../helpers/temp';
import { closedAfterEach } from '../helpers/lifetime';
import { base64Of, headerColumn, workbookOf } from '../helpers/excel';
import type { FilePayload } from '../../shared/models/files';

/** Values around every limit of workFieldsSchema, and values of the wrong kind. */
const EDGES: { [K in keyof WorkFields]: unknown[] } = {
  communeId: [1, 7, 0, -1, 1.5, Number.NaN, 2 ** 53],
  name: ['Đường trục xã', 'a', '', ' ', ' a', 'a ', '\u00a0a', 'x'.repeat(299), 'x'.repeat(300), 'x'.repeat(301), 5],
  criterionNo: [null, 1, 2, 99, 0, 100, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY],
  startYear: [null, 2000, 2022, 2100, 1999, 2101, 2022.5, Number.NaN],
  endYear: [null, 2000, 2023, 2100, 1999, 2101, 0, 9999],
  status: ['planned', 'in_progress', 'done', 'suspended', 'Dự kiến', ''],
  committedValue: [null, 0, 2_000_000, MAX_AMOUNT, MAX_AMOUNT + 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY],
  notes: ['', 'ghi chú', 'x'.repeat(2000), 'x'.repeat(2001), null],
};
const KEYS = Object.keys(EDGES) as (keyof WorkFields)[];

/** A small seeded generator (the same cases on every run). */
function seeded(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** What zod says about a row: its fields, or the messages under their columns. */
function byZod(c: WorkFields, communeSaid: boolean) {
  const parsed = workFieldsSchema.safeParse(c);
  if (parsed.success) return { fields: parsed.data as WorkFields, messages: [] as string[] };
  const messages = parsed.error.issues
    .filter((i) => !(i.path[0] === 'communeId' && communeSaid))
    .map((i) => `${FIELD_HEADER[i.path[0] as keyof WorkFields] ?? 'Tên công trình'}: ${i.message}`);
  return { fields: null, messages };
}

function byImport(c: WorkFields, communeSaid: boolean) {
  const messages: string[] = [];
  const fields = checkWorkFields(c, (header, message) => messages.push(`${header}: ${message}`), communeSaid);
  return { fields, messages };
}

describe('works import: the fields check', () => {
  it('gives zod’s result and messages for rows around every limit, and skips zod only for rows zod accepts unchanged', () => {
    const next = seeded(14);
    let plain = 0;
    let refused = 0;
    const rows: WorkFields[] = [];
    // Each edge value once in an otherwise good row, then random mixes of edges.
    const good = Object.fromEntries(KEYS.map((k) => [k, EDGES[k][0]])) as WorkFields;
    for (const k of KEYS) for (const v of EDGES[k]) rows.push({ ...good, [k]: v });
    for (let i = 0; i < 3000; i++)
      rows.push(Object.fromEntries(KEYS.map((k) => [k, EDGES[k][next(EDGES[k].length)]])) as WorkFields);
    for (const c of rows) {
      for (const communeSaid of [false, true]) {
        const expected = byZod(c, communeSaid);
        expect(byImport(c, communeSaid)).toEqual(expected);
      }
      if (plainWorkFields(c)) {
        plain++;
        const parsed = workFieldsSchema.safeParse(c);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(c);
      }
      if (!workFieldsSchema.safeParse(c).success) refused++;
    }
    // Both paths are exercised.
    expect(plain).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(1000);
  });
});

const ctxWithData = closedAfterEach(() => tempContext());

describe('works import: a field zod refuses', () => {
  it('is named by sheet, row and column with zod’s message, the same as for a single edit', async () => {
    const ctx = await ctxWithData();
    const file = await dispatch(ctx, 'funding.export', { year: 2022 });
    if (!file.ok) throw new Error(file.error.message);
    const wb: ExcelJS.Workbook = await workbookOf(file.value as FilePayload);
    const ws = wb.getWorksheet('Công trình')!;
    const col = (h: string) => headerColumn(ws, h);
    // Four rows, each with values the reader passes on but the schema refuses.
    const cases: { row: number; set: [string, ExcelJS.CellValue][]; field: Partial<WorkFields> }[] = [
      { row: 2, set: [['Tên công trình', 'đ'.repeat(301)]], field: { name: 'đ'.repeat(301) } },
      { row: 3, set: [['Tên công trình', '   ']], field: { name: '' } },
      {
        row: 4,
        set: [
          ['Năm bắt đầu', 1999],
          ['Năm kết thúc', 2101],
        ],
        field: { startYear: 1999, endYear: 2101 },
      },
      { row: 5, set: [['Ghi chú', 'g'.repeat(2001)]], field: { notes: 'g'.repeat(2001) } },
    ];
    for (const c of cases) for (const [h, v] of c.set) ws.getRow(c.row).getCell(col(h)).value = v;
    const r = await dispatch(ctx, 'funding.importPreview', { fileName: 'nv.xlsx', base64: await base64Of(wb) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.error.details!.map((d) => d.message);
    const base: WorkFields = {
      communeId: 1,
      name: 'Công trình',
      criterionNo: null,
      startYear: null,
      endYear: null,
      status: 'planned',
      committedValue: null,
      notes: '',
    };
    const expected = cases.flatMap((c) =>
      byZod({ ...base, ...c.field }, false).messages.map((m) => {
        const [header, message] = m.split(': ');
        return `Sheet «Công trình», dòng ${c.row}, cột «${header}»: ${message}`;
      }),
    );
    expect(expected).toEqual([
      `Sheet «Công trình», dòng 2, cột «Tên công trình»: Tên công trình quá dài (tối đa 300 ký tự)`,
      `Sheet «Công trình», dòng 3, cột «Tên công trình»: Tên công trình không được để trống`,
      `Sheet «Công trình», dòng 4, cột «Năm bắt đầu»: Năm phải từ 2000 trở đi`,
      `Sheet «Công trình», dòng 4, cột «Năm kết thúc»: Năm không hợp lệ`,
      `Sheet «Công trình», dòng 5, cột «Ghi chú»: Ghi chú quá dài (tối đa 2.000 ký tự)`,
    ]);
    for (const m of expected) expect(messages).toContain(m);
  });
});
