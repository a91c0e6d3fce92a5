import { describe, it, expect, beforeAll } from 'vitest';
import { buildOfficialDocument } from '../../electron/documents/parts/official-document';
import { STYLE } from '../../electron/documents/styles';
import { CONTENT_WIDTH_PORTRAIT } from '../../electron/documents/styles';
import { report2022 } from './fixtures/report-2022';
import { child, findAll, sectionsOf, styleOf, textOf, unpack, type Unpacked } from './helpers';

let u: Unpacked;
const texts = (style: string): string[] =>
  findAll(u.body, 'w:p')
    .filter((p) => styleOf(p) === style)
    .map(textOf);

beforeAll(async () => {
  u = await unpack(buildOfficialDocument(report2022()));
});

describe('report', () => {
  it('writes the report header and type name', () => {
    expect(texts(STYLE.title)).toEqual(['BÁO CÁO']);
    expect(texts(STYLE.number)).toEqual(['Số: 120/BC-BCĐ']);
    expect(texts(STYLE.placeDate)).toEqual(['Hậu Giang, ngày 20 tháng 7 năm 2022']);
  });

  it('writes "Căn cứ" lines in italics, each ending ";" and the last "."', () => {
    const lines = texts(STYLE.basis);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith('Căn cứ '))).toBe(true);
    expect(lines[0]!.endsWith('giai đoạn 2021-2025;')).toBe(true);
    expect(lines[1]).toBe(
      'Căn cứ Kế hoạch số 05/KH-BCĐ ngày 11 tháng 7 năm 2022 của Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Hậu Giang.',
    );
  });

  it('numbers sections from their position and normalises item and point numbers', () => {
    expect(texts(STYLE.heading1)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2022',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(texts(STYLE.heading2)[0]).toBe('1. Công tác chỉ đạo, điều hành');
    expect(texts(STYLE.heading3)[0]).toMatch(/^a\) Xã đạt chuẩn nông thôn mới: toàn tỉnh có 35\/51 xã/);
    expect(texts(STYLE.plus)).toEqual(['+ Số xã đạt 19 tiêu chí: 35 xã.', '+ Số xã đạt từ 15 đến 18 tiêu chí: 16 xã.']);
  });

  it('places a result table inside section I, full text width, with a caption and unit', () => {
    const main = sectionsOf(u.body)[0]!.blocks;
    const tables = main.filter((b) => b.name === 'w:tbl');
    expect(tables).toHaveLength(3); // header, result table, signature
    const result = tables[1]!;
    expect(Number(findAll(result, 'w:tblW')[0]!.attrs['w:w'])).toBe(CONTENT_WIDTH_PORTRAIT);
    expect(child(result, 'w:tblGrid')).toBeDefined();
    expect(textOf(result)).toContain('170.914');
    expect(texts(STYLE.tableCaption)).toEqual(['Bảng 1. Tình hình giải ngân vốn 6 tháng đầu năm 2022']);
    expect(texts(STYLE.tableUnit)).toEqual(['ĐVT: triệu đồng']);
  });

  it('appends "./." to the closing sentence and normalises recipients', () => {
    const closing = findAll(u.body, 'w:p')
      .map(textOf)
      .find((t) => t.startsWith('Trên đây là báo cáo'));
    expect(closing?.endsWith('tỉnh Hậu Giang./.')).toBe(true);
    expect(texts(STYLE.recipient)).toEqual(['- VPĐP nông thôn mới TW;', '- TT: TU, HĐND, UBND tỉnh;', '- Lưu: VT.']);
  });

  it('builds the default appendix reference from the header', () => {
    expect(texts(STYLE.appendixNo)).toEqual(['Phụ lục I']);
    expect(texts(STYLE.appendixRef)).toEqual(['(Kèm theo Báo cáo số 120/BC-BCĐ ngày 20 tháng 7 năm 2022)']);
    const sections = sectionsOf(u.body);
    expect(child(sections[1]!.sectPr, 'w:pgSz')!.attrs['w:orient']).toBe('landscape');
  });

  it('puts "./." on the last narrative paragraph when there is no closing sentence', async () => {
    const model = { ...report2022(), closing: '  ', appendices: [] };
    const v = await unpack(buildOfficialDocument(model));
    const paras = findAll(v.body, 'w:p').map(textOf).filter(Boolean);
    const last = paras.filter((t) => t.startsWith('- Đề nghị Trung ương'));
    expect(last).toEqual([
      '- Đề nghị Trung ương sớm ban hành hướng dẫn thực hiện các tiêu chí nông thôn mới giai đoạn 2021-2025./.',
    ]);
    expect(sectionsOf(v.body)).toHaveLength(1);
  });
});
