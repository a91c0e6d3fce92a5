import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { tempContexts } from '../helpers/dispatch';
import { findAll, textOf, unpackBuffer } from '../documents/helpers';
import type { DocumentChecks, DocumentDetail } from '../../shared/models/document-content';
import type { FilePayload } from '../../shared/models/files';

const ctx = tempContexts();
type Ctx = Awaited<ReturnType<typeof ctx>>;

async function call<T>(c: Ctx, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(c, channel as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

async function docText(c: Ctx, id: number) {
  const file = await call<FilePayload>(c, 'documents.generate', { id });
  const unpacked = await unpackBuffer(Buffer.from(file.base64, 'base64'));
  const headers = await Promise.all(
    Object.keys(unpacked.zip.files)
      .filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n))
      .map((n) => unpacked.part(n)),
  );
  return { body: findAll(unpacked.body, 'w:p').map(textOf).join('\n'), headers: headers.join('\n') };
}

async function issuedPlan2022(c: Ctx) {
  const d = await call<DocumentDetail>(c, 'documents.createPlan', { year: 2022 });
  await call(c, 'documents.update', { id: d.id, number: '05', issuedDate: '2022-07-11' });
  return call<DocumentDetail>(c, 'documents.issue', { id: d.id });
}

describe('a plan carried to the next year', () => {
  it('keeps the dates of the acts it cites', async () => {
    const c = await ctx();
    await issuedPlan2022(c);
    const d23 = await call<DocumentDetail>(c, 'documents.createPlan', { year: 2023 });
    const { body } = await docText(c, d23.id);
    expect(body).toContain('Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022');
    expect(body).not.toContain('ngày 22 tháng 02 năm 2023');
    expect(body).toContain('Kế hoạch phát triển kinh tế - xã hội năm 2022');
  });

  it('says so before a second plan for a year that already has an issued one', async () => {
    const c = await ctx();
    await issuedPlan2022(c);
    await expect(call(c, 'documents.createPlan', { year: 2022 })).rejects.toThrow(
      /đã có kế hoạch ban hành \(số 5\/KH-BCĐ ngày 11\/07\/2022\)/,
    );
    const second = await call<DocumentDetail>(c, 'documents.createPlan', { year: 2022, evenIfIssued: true });
    expect(second.status).toBe('draft');
  });
});

describe('a periodic report', () => {
  it('prints no unwritten section and cannot be issued until each is written or left out', async () => {
    const c = await ctx();
    const r = await call<DocumentDetail>(c, 'documents.createReport', { period: '2022-Y' });
    await call(c, 'documents.update', { id: r.id, number: '12', issuedDate: '2022-12-20' });
    const { body } = await docText(c, r.id);
    expect(body).not.toContain('Những tồn tại, hạn chế trong kỳ và nguyên nhân');
    expect(body).not.toContain('Công tác chỉ đạo, điều hành');
    expect(body).toContain('1. Kết quả thực hiện bộ tiêu chí nông thôn mới');
    const checks = await call<DocumentChecks>(c, 'documents.check', { id: r.id });
    expect(checks.blocking.join(' ')).toContain('I.1. Công tác chỉ đạo, điều hành');
    await expect(call(c, 'documents.issue', { id: r.id })).rejects.toThrow(
      /Mục «I.5. Tồn tại, hạn chế và nguyên nhân» chưa viết/,
    );

    const content = r.content;
    if (content.kind !== 'report') throw new Error('report expected');
    content.sections.chiDao = [{ kind: 'bullet', text: 'Ban hành Kế hoạch số 05/KH-BCĐ.' }];
    content.sections.tonTai = [{ kind: 'bullet', text: 'Tiến độ giải ngân còn chậm.' }];
    content.sections.nhiemVu = [{ kind: 'bullet', text: 'Đẩy nhanh giải ngân.' }];
    content.omitted = ['kienNghi'];
    await call(c, 'documents.update', { id: r.id, content });
    const after = await docText(c, r.id);
    expect(after.body).toContain('1. Công tác chỉ đạo, điều hành');
    expect(after.body).not.toContain('ĐỀ XUẤT, KIẾN NGHỊ');
    const issued = await call<DocumentDetail>(c, 'documents.issue', { id: r.id });
    expect(issued.status).toBe('issued');
  });

  it('says «chưa có số liệu» for a period without disbursement figures, never 0 or 0%', async () => {
    const c = await ctx();
    // Allocations known since the start of the year; no disbursement reported yet.
    c.sqlite.exec(
      "DELETE FROM funding_amounts WHERE stage = 'disbursed'; UPDATE funding_amounts SET as_of = NULL WHERE stage = 'allocated'",
    );
    const r = await call<DocumentDetail>(c, 'documents.createReport', { period: '2022-H1' });
    const { body } = await docText(c, r.id);
    expect(body).toMatch(/giải ngân đến ngày 30 tháng 6 năm 2022: chưa có số liệu/);
    expect(body).not.toMatch(/giải ngân[^\n]*0 triệu đồng/);
    expect(body).not.toMatch(/đạt 0%/);
    const checks = await call<DocumentChecks>(c, 'documents.check', { id: r.id });
    expect(checks.warnings.join(' ')).toContain('Chưa có số liệu giải ngân đến 30/06/2022');
  });
});

describe('a source without figures', () => {
  it('reads «chưa có số liệu» in the plan and the report, never 0', async () => {
    const c = await ctx();
    const tinDung = "(SELECT id FROM funding_sources WHERE code = 'tin_dung')";
    c.sqlite.exec(`DELETE FROM funding_amounts WHERE source_id = ${tinDung}`);
    const plan = await call<DocumentDetail>(c, 'documents.createPlan', { year: 2022 });
    const planText = (await docText(c, plan.id)).body;
    expect(planText).toMatch(/tín dụng[^\n]*: chưa có số liệu\./i);
    expect(planText).not.toMatch(/tín dụng[^\n]*: 0 triệu đồng/i);
    const report = await call<DocumentDetail>(c, 'documents.createReport', { period: '2022-Y' });
    const reportText = (await docText(c, report.id)).body;
    // The table's row (a paragraph per cell): need, allocated, disbursed, then the rate.
    expect(reportText).toMatch(/Vốn tín dụng\nchưa có số liệu\nchưa có số liệu\nchưa có số liệu\n—\n/);
  });
});

describe('a document built on sample data', () => {
  it('carries the draft mark on its pages, and the checks say why', async () => {
    const c = await ctx();
    const d = await call<DocumentDetail>(c, 'documents.createPlan', { year: 2022 });
    const { headers } = await docText(c, d.id);
    expect(headers).toContain('DỰ THẢO – SỐ LIỆU MẪU');
    const checks = await call<DocumentChecks>(c, 'documents.check', { id: d.id });
    expect(checks.warnings.join(' ')).toContain('dữ liệu mẫu');

    c.sqlite.exec(
      "UPDATE criterion_results SET source = 'official'; UPDATE recognitions SET source = 'official'; UPDATE funding_amounts SET source = 'official'; UPDATE ocop_evaluations SET source = 'official'",
    );
    const clean = await docText(c, d.id);
    expect(clean.headers).not.toContain('DỰ THẢO');
  });
});

describe('documents speak as the office stood on their date', () => {
  it('heads a 2022 plan with the old province and a 2027 plan with today’s, under the programme of each period', async () => {
    const c = await ctx();
    // The demo's office is today the merged city's; its Hậu Giang settings ended on 1/7/2025.
    const d22 = await issuedPlan2022(c);
    const t22 = await docText(c, d22.id);
    expect(t22.body).toContain('UBND TỈNH HẬU GIANG');
    expect(t22.body).toContain('Nghị quyết số 25/2021/QH15');

    const d27 = await call<DocumentDetail>(c, 'documents.createPlan', { year: 2027 });
    const t27 = (await docText(c, d27.id)).body;
    expect(t27).toContain('UBND THÀNH PHỐ CẦN THƠ');
    expect(t27).toContain('Cần Thơ, ngày');
    expect(t27).toContain('Nghị quyết số 257/2025/QH15');
    expect(t27).toContain('Quyết định số 51/2025/QĐ-TTg');
    expect(t27).not.toContain('Hậu Giang');
    expect(t27).not.toMatch(/huyện/i);
    expect(t27).not.toContain('NTM nâng cao');
    expect(t27).not.toMatch(/0\/\d+ xã/);
  });
});

describe('the 2022 plan against the office’s own text', () => {
  it('reproduces every sentence of the issued plan’s body', async () => {
    const c = await ctx();
    const d = await issuedPlan2022(c);
    const norm = (t: string) => t.normalize('NFC').replace(/Ð/g, 'Đ').replace(/\s+/g, ' ').trim();
    const out = norm((await docText(c, d.id)).body.replace(/\n/g, ' '));
    const seed = fs.readFileSync(
      path.join(import.meta.dirname, '../documents/fixtures/seed-plan-2022-body.txt'),
      'utf8',
    );
    const sentences = seed
      .split('\n')
      .flatMap((l) => l.trim().split(/(?<=[.;:])\s+/))
      .filter((x) => x.length > 30);
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter((x) => !out.includes(norm(x)))).toEqual([]);
  });
});
