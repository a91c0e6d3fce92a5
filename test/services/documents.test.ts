import { describe, it, expect } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { tempContexts } from '../helpers/dispatch';
import { findAll, sectionsOf, styleOf, textOf, unpackBuffer, child } from '../documents/helpers';
import type { DocumentDetail } from '../../shared/models/document-content';
import type { FilePayload } from '../../shared/models/files';

const ctx = tempContexts();

const ok = <T>(r: Awaited<ReturnType<typeof dispatch>>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

async function planDocx(c: Awaited<ReturnType<typeof ctx>>) {
  const doc = ok<DocumentDetail>(await dispatch(c, 'documents.createPlan', { year: 2022 }));
  ok(await dispatch(c, 'documents.update', { id: doc.id, number: '05', issuedDate: '2022-07-11' }));
  const file = ok<FilePayload>(await dispatch(c, 'documents.generate', { id: doc.id }));
  return { doc, file, unpacked: await unpackBuffer(Buffer.from(file.base64, 'base64')) };
}

const paragraphs = (body: Parameters<typeof findAll>[0]) => findAll(body, 'w:p').map(textOf);

describe('the 2022 plan generated from the default data', () => {
  it('states every figure and commune of the seed plan sections II and IV', async () => {
    const c = await ctx();
    const { file, unpacked } = await planDocx(c);
    expect(file.fileName).toBe('Ke-hoach-2022-so-5.docx');
    const text = paragraphs(unpacked.body).join('\n');
    for (const s of [
      'Số: 05/KH-BCĐ',
      'Hậu Giang, ngày 11 tháng 7 năm 2022',
      'Công nhận thêm 03 xã đạt chuẩn nông thôn mới: Phú Hữu (huyện Châu Thành), Tân Phú (thị xã Long Mỹ), Hiệp Hưng (huyện Phụng Hiệp).',
      'Đồng thời, tập trung chỉ đạo bổ sung thêm 02 xã: Phú Tân (huyện Châu Thành), Vị Bình (huyện Vị Thủy) cố gắng hoàn thành 19/19 tiêu chí nông thôn mới trong năm 2022.',
      'Lũy kế đến cuối năm 2022, toàn tỉnh có 38/51 xã đạt chuẩn nông thôn mới (chiếm 74,5%).',
      'Đối với các xã đạt từ 14 tiêu chí trở lên',
      'Công nhận thêm 04 xã đạt chuẩn nông thôn mới nâng cao nâng tổng số xã đạt chuẩn nông thôn mới nâng cao lên 09 xã: Long Trị A (thị xã Long Mỹ), Thuận Hưng (huyện Long Mỹ), xã Vị Tân (thành phố Vị Thanh), Nhơn Nghĩa A (huyện Châu Thành A).',
      'Chỉ đạo bổ sung thêm 03 xã: Đông Phước A (huyện Châu Thành), Vị Thanh (huyện Vị Thủy), Phương Phú (huyện Phụng Hiệp), cố gắng hoàn thành nông thôn mới nâng cao trong năm 2022.',
      'Công nhận 01 xã đạt chuẩn nông thôn mới kiểu mẫu: Thạnh Xuân (huyện Châu Thành A).',
      'Chỉ đạo bổ sung xã Đại Thành (thành phố Ngã Bảy) cố gắng hoàn thành nông thôn mới kiểu mẫu trong năm 2022.',
      'Bình quân số tiêu chí nông thôn mới đạt chuẩn/xã: 18,2 tiêu chí/xã.',
      'Các xã đều đạt từ 14 tiêu chí nông thôn mới trở lên.',
      'mỗi đơn vị cấp huyện công nhận ít nhất 5 - 7 sản phẩm đạt 3 - 4 sao sản phẩm OCOP cấp huyện',
      'Công nhận ít nhất 40 sản phẩm đạt 3 - 4 sao sản phẩm OCOP cấp tỉnh.',
      'Thăng hạng cho sản phẩm OCOP đạt 3 sao cấp tỉnh đủ điều kiện lên 4 sao.',
      'Hoàn thiện hồ sơ cho 5 sản phẩm OCOP đăng ký tham gia đánh giá, phân hạng sản phẩm cấp quốc gia.',
      'là 6.259.605 triệu đồng, cụ thể:',
      'Vốn Trung ương hỗ trợ cho Chương trình: 170.914 triệu đồng.',
      'Vốn Ngân sách địa phương (Tỉnh, huyện): 217.040 triệu đồng.',
      'Vốn lồng ghép: 149.039 triệu đồng.',
      'Vốn tín dụng: 5.589.382 triệu đồng.',
      'Vốn doanh nghiệp: 16.918 triệu đồng.',
      'Vốn huy động dân đóng góp: 116.312 triệu đồng.',
      '(Đính kèm phụ lục 1)',
      '(Đính kèm phụ lục 2)',
      'TM. BAN CHỈ ĐẠO',
      'Trương Cảnh Tuyên',
      'xem xét, chỉ đạo./.',
      'Phụ lục 1',
      '(Kèm theo Kế hoạch số 05/KH-BCĐ ngày 11 tháng 7 năm 2022 của Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Hậu Giang)',
      'Phụ lục 2',
    ]) {
      expect(text, s).toContain(s);
    }
    // Phụ lục 1 lists the target communes under their district-level unit.
    const tables = findAll(unpacked.body, 'w:tbl');
    const annex1 = tables
      .map((t) => findAll(t, 'w:tr').map((r) => findAll(r, 'w:tc').map(textOf)))
      .find((rows) => rows.some((r) => r.includes('Phú Hữu')))!;
    const districtRow = annex1.findIndex((r) => r.some((cell) => cell === 'Huyện Châu Thành'));
    expect(districtRow).toBeGreaterThan(-1);
    expect(annex1.slice(districtRow + 1, districtRow + 5).map((r) => r[1])).toEqual(
      expect.arrayContaining(['Phú Hữu', 'Phú Tân', 'Đông Phước A']),
    );
  });

  it('lays out A4 portrait body, landscape appendices, named styles', async () => {
    const c = await ctx();
    const { unpacked } = await planDocx(c);
    const sections = sectionsOf(unpacked.body);
    expect(sections).toHaveLength(3);
    const size = (i: number) => child(sections[i]!.sectPr, 'w:pgSz')!.attrs;
    expect(size(0)).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(size(1)).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(size(2)).toMatchObject({ 'w:orient': 'landscape' });
    const mar = child(sections[0]!.sectPr, 'w:pgMar')!.attrs;
    expect(Number(mar['w:left'])).toBeGreaterThanOrEqual(1701); // 30 mm
    expect(Number(mar['w:top'])).toBeGreaterThanOrEqual(1134); // 20 mm
    expect(child(sections[0]!.sectPr, 'w:titlePg')).toBeDefined();
    const styles = await unpacked.part('word/styles.xml');
    const used = new Set(findAll(unpacked.body, 'w:p').map(styleOf).filter(Boolean));
    for (const id of used) expect(styles).toContain(`w:styleId="${id}"`);
    expect(used.size).toBeGreaterThan(8);
    for (const tc of findAll(unpacked.body, 'w:tc')) expect(child(child(tc, 'w:tcPr')!, 'w:tcW')).toBeDefined();
  });

  it('regenerates an issued document identically, even after the data changes', async () => {
    const c = await ctx();
    const { doc, file } = await planDocx(c);
    ok(await dispatch(c, 'documents.issue', { id: doc.id }));
    const first = ok<FilePayload>(await dispatch(c, 'documents.generate', { id: doc.id }));
    expect(first.base64).toBe(file.base64);
    c.sqlite.prepare("UPDATE funding_amounts SET amount = amount + 1000 WHERE stage = 'need'").run();
    const again = ok<FilePayload>(await dispatch(c, 'documents.generate', { id: doc.id }));
    expect(again.base64).toBe(first.base64);
    const r = await dispatch(c, 'documents.update', { id: doc.id, number: '06' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const rows = ok<{ status: string; number: string }[]>(await dispatch(c, 'documents.list', { type: 'plan' }));
    expect(rows).toEqual([expect.objectContaining({ status: 'issued', number: '5' })]);
  });

  it('starts a new year from the previous plan text', async () => {
    const c = await ctx();
    const d22 = ok<DocumentDetail>(await dispatch(c, 'documents.createPlan', { year: 2022 }));
    const content = d22.content;
    if (content.kind !== 'plan') throw new Error('plan expected');
    content.sections.nhiemVu = [{ kind: 'bullet', text: 'Nhiệm vụ riêng năm 2022 của văn phòng.' }];
    ok(await dispatch(c, 'documents.update', { id: d22.id, content }));
    const d23 = ok<DocumentDetail>(await dispatch(c, 'documents.createPlan', { year: 2023 }));
    expect(d23.content.kind === 'plan' && d23.content.sections.nhiemVu).toEqual([
      { kind: 'bullet', text: 'Nhiệm vụ riêng năm 2023 của văn phòng.' },
    ]);
    expect(d23.content.summary).toContain('năm 2023');
  });
});

describe('bad input gives a clear message or a correct document', () => {
  it('refuses a plan without a signer, naming what to fix', async () => {
    const c = await ctx();
    const d = ok<DocumentDetail>(await dispatch(c, 'documents.createPlan', { year: 2022 }));
    ok(
      await dispatch(c, 'documents.update', {
        id: d.id,
        content: { ...d.content, signature: { authority: d.content.signature.authority, name: '' } },
      }),
    );
    const r = await dispatch(c, 'documents.generate', { id: d.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toMatch(/họ tên người ký/);
  });

  it('writes odd narrative characters into a valid document', async () => {
    const c = await ctx();
    const d = ok<DocumentDetail>(await dispatch(c, 'documents.createPlan', { year: 2022 }));
    const odd = 'Tab\there, emoji 🌾🇻🇳, control \u0007char, ' + 'x'.repeat(600) + ' & <b>"quotes"</b>';
    if (d.content.kind !== 'plan') throw new Error('plan expected');
    const content = {
      ...d.content,
      sections: { ...d.content.sections, mucDich: [{ kind: 'paragraph' as const, text: odd }] },
    };
    ok(await dispatch(c, 'documents.update', { id: d.id, content }));
    const file = ok<FilePayload>(await dispatch(c, 'documents.generate', { id: d.id }));
    const u = await unpackBuffer(Buffer.from(file.base64, 'base64'));
    const text = paragraphs(u.body).join('\n');
    expect(text).toContain('emoji 🌾🇻🇳');
    expect(text).toContain('& <b>"quotes"</b>');
    expect(text).not.toContain('\u0007');
  });

  it('produces a correct plan for a year without targets, and refuses a year with no criteria set', async () => {
    const c = await ctx();
    const d = ok<DocumentDetail>(await dispatch(c, 'documents.createPlan', { year: 2024 }));
    ok(await dispatch(c, 'documents.update', { id: d.id, number: '3', issuedDate: '2024-03-01' }));
    const file = ok<FilePayload>(await dispatch(c, 'documents.generate', { id: d.id }));
    const text = paragraphs((await unpackBuffer(Buffer.from(file.base64, 'base64'))).body).join('\n');
    expect(text).toContain('Năm 2024 chưa có xã nào được giao chỉ tiêu công nhận đạt chuẩn');
    const far = await dispatch(c, 'documents.createPlan', { year: 2040 });
    expect(far).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('names communes without a district-level unit plainly', async () => {
    const c = await ctx();
    c.sqlite.prepare("UPDATE admin_units SET parent_id = NULL WHERE name = 'Phú Hữu' AND kind = 'xa'").run();
    const { unpacked } = await planDocx(c);
    const text = paragraphs(unpacked.body).join('\n');
    expect(text).toContain('chuẩn nông thôn mới: Phú Hữu, Tân Phú (thị xã Long Mỹ)');
    expect(text).toContain('Chưa xác định đơn vị cấp huyện');
  });
});
