import { describe, it, expect, beforeAll } from 'vitest';
import { buildOfficialDocument } from '../../electron/documents/parts/official-document';
import { MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, STYLE } from '../../electron/documents/styles';
import { plan2022, SUMMARY_2022 } from './fixtures/plan-2022';
import { child, findAll, parseXml, sectionsOf, styleOf, textOf, unpack, type Unpacked, type XmlNode } from './helpers';

let u: Unpacked;
let paragraphs: { style: string | undefined; text: string }[];

beforeAll(async () => {
  u = await unpack(buildOfficialDocument(plan2022()));
  paragraphs = findAll(u.body, 'w:p').map((p) => ({ style: styleOf(p), text: textOf(p) }));
});

const texts = (style: string): string[] => paragraphs.filter((p) => p.style === style).map((p) => p.text);

describe('plan 2022 — content', () => {
  it('writes the header block: agency, number, quốc hiệu, tiêu ngữ, place and date', () => {
    expect(texts(STYLE.agency)).toEqual(['UBND TỈNH HẬU GIANG']);
    // Too wide for the column in one line: broken where the halves are even, never inside «CHƯƠNG TRÌNH».
    expect(texts(STYLE.issuer)).toEqual(['BAN CHỈ ĐẠO CÁC', 'CHƯƠNG TRÌNH MTQG']);
    expect(texts(STYLE.number)).toEqual(['Số: 05/KH-BCĐ']);
    expect(texts(STYLE.quocHieu)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(texts(STYLE.tieuNgu)).toEqual(['Độc lập - Tự do - Hạnh phúc']);
    expect(texts(STYLE.placeDate)).toEqual(['Hậu Giang, ngày 11 tháng 7 năm 2022']);
  });

  it('puts the number and the date on the same row of a borderless header table', () => {
    const header = child(u.body, 'w:tbl')!;
    const rows = findAll(header, 'w:tr');
    expect(rows).toHaveLength(2);
    expect(textOf(rows[1]!)).toBe('Số: 05/KH-BCĐHậu Giang, ngày 11 tháng 7 năm 2022');
    const borders = findAll(header, 'w:tblBorders')[0]!;
    expect(borders.children.every((b) => b.attrs['w:val'] === 'none' || b.attrs['w:val'] === 'nil')).toBe(true);
  });

  it('draws rules under the issuing body, the motto and the trích yếu, of sensible lengths', () => {
    const rules = findAll(u.body, 'w:p').filter((p) => styleOf(p) === STYLE.rule || styleOf(p) === STYLE.ruleTitle);
    expect(rules.length).toBeGreaterThanOrEqual(3);
    const width = (p: XmlNode): number => {
      const ind = findAll(p, 'w:ind')[0]!;
      return Number(ind.attrs['w:left']) + Number(ind.attrs['w:right']);
    };
    for (const r of rules) expect(findAll(r, 'w:bottom')[0]?.attrs['w:val']).toBe('single');
    // Issuer rule (left cell, 3742 wide) is shorter than the motto rule, which spans the motto's text.
    const [issuer, motto] = rules;
    expect(3742 - width(issuer!)).toBeLessThan(2400);
    expect(5613 - width(motto!)).toBeGreaterThan(2600);
  });

  it('writes the type name, the summary and the legal basis as in the seed', () => {
    expect(texts(STYLE.title)).toEqual(['KẾ HOẠCH']);
    expect(texts(STYLE.summary)).toEqual([SUMMARY_2022]);
    const basis = paragraphs.find((p) => p.text.startsWith('Thực hiện Nghị quyết số 25/2021/QH15'));
    expect(basis?.style).toBe(STYLE.body);
    expect(basis?.text).toContain('; Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022');
    expect(basis?.text.endsWith('về Kế hoạch phát triển kinh tế - xã hội năm 2022;')).toBe(true);
    expect(paragraphs.some((p) => p.text.endsWith('năm 2022, cụ thể như sau:'))).toBe(true);
  });

  it('numbers sections I–V in upper case and items in bold headings', () => {
    expect(texts(STYLE.heading1)).toEqual([
      'I. MỤC ĐÍCH VÀ YÊU CẦU',
      'II. MỤC TIÊU',
      'III. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN',
      'IV. DỰ KIẾN NGUỒN LỰC',
      'V. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(texts(STYLE.heading2)).toContain('1. Mục đích');
    expect(texts(STYLE.heading2)).toContain('2. Về Chương trình mỗi xã một sản phẩm (OCOP)');
    const bullets = texts(STYLE.bullet);
    expect(bullets).toContain('- Bình quân số tiêu chí nông thôn mới đạt chuẩn/xã: 18,2 tiêu chí/xã.');
    expect(bullets).toContain('- Vốn tín dụng: 5.589.382 triệu đồng.');
    // The seed's hard wrap ("lên\n4 sao") is joined back into one line.
    expect(bullets).toContain('- Thăng hạng cho sản phẩm OCOP đạt 3 sao cấp tỉnh đủ điều kiện lên 4 sao.');
  });

  it('keeps an item title bold and its carried-on text regular', () => {
    const p = findAll(u.body, 'w:p').find((x) => textOf(x).startsWith('2. Đề nghị Ủy ban Mặt trận'))!;
    const runs = findAll(p, 'w:r');
    expect(runs).toHaveLength(2);
    expect(findAll(runs[1]!, 'w:rStyle')[0]?.attrs['w:val']).toBe(STYLE.plain);
    expect(textOf(runs[1]!).startsWith(' phối hợp với')).toBe(true);
  });

  it('ends the body with "./." on the closing sentence, right before the signature table', () => {
    const main = sectionsOf(u.body)[0]!.blocks;
    const lastTable = main.map((b) => b.name).lastIndexOf('w:tbl');
    const closing = main[lastTable - 1]!;
    expect(closing.name).toBe('w:p');
    expect(textOf(closing).endsWith('xem xét, chỉ đạo./.')).toBe(true);
    expect(textOf(closing).startsWith('Trên đây là nội dung Kế hoạch')).toBe(true);
  });

  it('writes Nơi nhận with "- …;" lines and the last ending "."', () => {
    expect(texts(STYLE.recipientsTitle)).toEqual(['Nơi nhận:']);
    const lines = texts(STYLE.recipient);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('- VPĐP nông thôn mới TW;');
    lines.slice(0, -1).forEach((l) => expect(l).toMatch(/^- .+[^;];$/));
    expect(lines.at(-1)).toBe('- Lưu: VT.');
  });

  it('writes the signer block', () => {
    expect(texts(STYLE.signAuthority)).toEqual([
      'TM. BAN CHỈ ĐẠO',
      'KT. TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
      'PHÓ CHỦ TỊCH UBND TỈNH',
    ]);
    expect(texts(STYLE.signName)).toEqual(['Trương Cảnh Tuyên']);
  });

  it('writes each appendix heading, title and italic reference', () => {
    expect(texts(STYLE.appendixNo)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(texts(STYLE.appendixTitle)[0]).toBe(
      'CHỈ TIÊU XÂY DỰNG XÃ NÔNG THÔN MỚI, NÔNG THÔN MỚI NÂNG CAO, NÔNG THÔN MỚI KIỂU MẪU NĂM 2022',
    );
    for (const ref of texts(STYLE.appendixRef))
      expect(ref).toMatch(/^\(Kèm theo Kế hoạch số 05\/KH-BCĐ ngày 11 tháng 7 năm 2022 .+\)$/);
    expect(texts(STYLE.tableUnit)).toEqual(['ĐVT: triệu đồng']);
    expect(u.documentXml).toContain('Nhơn Nghĩa A');
    expect(u.documentXml).toContain('10.500');
  });
});

describe('plan 2022 — layout', () => {
  it('has one portrait A4 section and one landscape section per appendix, with the decree margins', () => {
    const sections = sectionsOf(u.body);
    expect(sections).toHaveLength(3);
    const [main, ...appendices] = sections.map((s) => s.sectPr);
    const pgSz = child(main!, 'w:pgSz')!;
    expect(pgSz.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(pgSz.attrs['w:orient'] ?? 'portrait').toBe('portrait');
    for (const s of appendices) {
      expect(child(s!, 'w:pgSz')!.attrs).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    }
    for (const s of [main, ...appendices]) {
      expect(child(s!, 'w:pgMar')!.attrs).toMatchObject({
        'w:top': String(MARGIN_TOP),
        'w:bottom': String(MARGIN_BOTTOM),
        'w:left': String(MARGIN_LEFT),
        'w:right': String(MARGIN_RIGHT),
      });
      expect(child(s!, 'w:titlePg')).toBeDefined();
      expect(child(s!, 'w:pgNumType')?.attrs['w:start']).toBe('1');
    }
    expect([MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT]).toEqual([1134, 1134, 1701, 850]);
  });

  it('numbers pages in a centred header from page 2, with an empty first-page header', async () => {
    const main = sectionsOf(u.body)[0]!.sectPr;
    const refs = findAll(main, 'w:headerReference');
    const rels = parseXml(await u.part('word/_rels/document.xml.rels'));
    const target = (type: string): string => {
      const id = refs.find((r) => r.attrs['w:type'] === type)!.attrs['r:id'];
      return findAll(rels, 'Relationship').find((r) => r.attrs['Id'] === id)!.attrs['Target']!;
    };
    const first = await u.part(`word/${target('first')}`);
    const other = await u.part(`word/${target('default')}`);
    expect(other).toMatch(/PAGE/);
    expect(other).toContain(`w:val="${STYLE.pageNumber}"`);
    expect(first).not.toMatch(/PAGE/);
    expect(textOf(parseXml(first))).toBe('');
  });

  it('uses only style ids that styles.xml declares, with Times New Roman as the default font', async () => {
    const styles = parseXml(await u.part('word/styles.xml'));
    const declared = new Set(findAll(styles, 'w:style').map((s) => s.attrs['w:styleId']));
    const used = new Set([...findAll(u.body, 'w:pStyle'), ...findAll(u.body, 'w:rStyle')].map((s) => s.attrs['w:val']));
    expect(used.size).toBeGreaterThan(10);
    for (const id of used) expect(declared.has(id), `style ${id}`).toBe(true);
    const fonts = findAll(child(styles, 'w:docDefaults')!, 'w:rFonts')[0]!;
    expect(fonts.attrs['w:ascii']).toBe('Times New Roman');
    expect(fonts.attrs['w:hAnsi']).toBe('Times New Roman');
  });

  it('gives every table a grid matching its width and every cell an explicit dxa width', () => {
    const tables = findAll(u.body, 'w:tbl');
    expect(tables.length).toBe(4); // header, signature, two appendix tables
    for (const t of tables) {
      const grid = child(t, 'w:tblGrid');
      expect(grid).toBeDefined();
      const cols = findAll(grid!, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
      expect(cols.every((w) => w > 0)).toBe(true);
      const tblW = findAll(child(t, 'w:tblPr')!, 'w:tblW')[0]!;
      expect(tblW.attrs['w:type']).toBe('dxa');
      expect(Number(tblW.attrs['w:w'])).toBe(cols.reduce((a, b) => a + b, 0));
      for (const row of findAll(t, 'w:tr')) {
        let span = 0;
        for (const tc of row.children.filter((c) => c.name === 'w:tc')) {
          const tcPr = child(tc, 'w:tcPr')!;
          const tcW = child(tcPr, 'w:tcW')!;
          expect(tcW.attrs['w:type']).toBe('dxa');
          expect(Number(tcW.attrs['w:w'])).toBeGreaterThan(0);
          const gs = Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1);
          expect(Number(tcW.attrs['w:w'])).toBe(cols.slice(span, span + gs).reduce((a, b) => a + b, 0));
          span += gs;
        }
        expect(span).toBe(cols.length);
      }
    }
  });

  it('fits the appendix tables to the landscape text width and repeats their header rows', () => {
    const tables = findAll(u.body, 'w:tbl').slice(2);
    for (const t of tables) {
      expect(Number(findAll(t, 'w:tblW')[0]!.attrs['w:w'])).toBe(16838 - MARGIN_LEFT - MARGIN_RIGHT);
      expect(findAll(findAll(t, 'w:tr')[0]!, 'w:tblHeader')).toHaveLength(1);
    }
    // Phụ lục 1: the group header merges TT/Đơn vị/Xã/Ghi chú down over the title row.
    const merges = findAll(tables[0]!, 'w:vMerge');
    expect(merges.length).toBe(8);
  });
});
