/**
 * The import reader (xlsx-extract: the XML read directly) gives exactly the SheetData the former
 * exceljs path gave, for seeded random workbooks covering every kind of cell, for the same
 * workbooks rewritten as other writers write them, and for workbooks written by LibreOffice.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extractWorkbook } from '../../electron/services/io/xlsx-extract';
import { strToU8, zipSync } from 'fflate';
import { asExceljsSaw, exceljsSheets, outcome, outcomeAsExceljsSaw } from '../helpers/exceljs-extract';
import { mutateXml, randomWorkbook, rng } from '../helpers/random-workbook';

const read = (bytes: Uint8Array) => extractWorkbook(bytes, 'thử.xlsx', () => {});

async function expectSame(bytes: Uint8Array, label: string): Promise<void> {
  const expected = await exceljsSheets(bytes);
  const got = await read(bytes);
  expect(asExceljsSaw(got, expected), label).toStrictEqual(expected);
}

describe('the import reader reads workbooks exactly as the exceljs path did', () => {
  it('random workbooks written by exceljs', async () => {
    for (let seed = 1; seed <= 150; seed++) await expectSame(await randomWorkbook(seed), `seed ${seed}`);
  });

  it('the same workbooks rewritten as other writers write them', async () => {
    for (let seed = 1001; seed <= 1080; seed++) {
      const bytes = mutateXml(await randomWorkbook(seed), rng(seed));
      await expectSame(bytes, `seed ${seed}`);
    }
  });
});

/** A workbook made of the given parts (the sheet's XML inside <sheetData>, and what follows it). */
function tinyBook(p: {
  rows: string;
  after?: string;
  strings?: string[];
  styles?: string;
  date1904?: boolean;
  sheetRels?: string;
}): Uint8Array {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook ${ns}>${p.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet ${ns}><sheetData>${p.rows}</sheetData>${p.after ?? ''}</worksheet>`,
    ),
  };
  if (p.strings)
    files['xl/sharedStrings.xml'] = strToU8(`<sst ${ns}>${p.strings.map((s) => `<si>${s}</si>`).join('')}</sst>`);
  if (p.styles) files['xl/styles.xml'] = strToU8(`<styleSheet ${ns}>${p.styles}</styleSheet>`);
  if (p.sheetRels)
    files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${p.sheetRels}</Relationships>`,
    );
  return zipSync(files);
}

const STYLES = `<numFmts count="4"><numFmt numFmtId="164" formatCode="[Red]0.0"/><numFmt numFmtId="165" formatCode="&quot;d&quot;0"/><numFmt numFmtId="166" formatCode="[h]:mm"/><numFmt numFmtId="14" formatCode="0.00"/></numFmts>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"><alignment wrapText="1"/></xf><xf numFmtId="22"/><xf numFmtId="27"/></cellXfs>`;

describe('the import reader on files other writers make', () => {
  it('workbooks written by LibreOffice (test/fixtures/libreoffice)', async () => {
    const dir = path.join(import.meta.dirname, '..', 'fixtures', 'libreoffice');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) await expectSame(new Uint8Array(fs.readFileSync(path.join(dir, f))), f);
  });

  it('odd but valid sheet XML: rows out of order or repeated, cells without addresses, every cell type', async () => {
    const strings = [
      '<t>một</t>',
      '<r><rPr><b/></rPr><t>hai </t></r><r><t xml:space="preserve">ba_x0041_</t></r>',
      '<t>Hà</t><rPh sb="0" eb="1"><t>ha</t></rPh>',
      '',
      '<t/>',
    ];
    const rows = [
      '<row r="5"><c r="A5" t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="E5" t="s"><v>3</v></c><c r="F5" t="s"><v>4</v></c></row>',
      '<row r="2"><c r="A2" s="1"><v>45000.5</v></c><c r="B2" s="2"><v>45000</v></c><c r="C2" s="3"><v>1</v></c><c r="D2" s="4"><v>0.75</v></c><c r="E2" s="5"><v>1</v></c><c r="F2" s="6"><v>2</v></c><c r="G2" t="d"><v>2024-05-06</v></c></row>',
      '<row r="3"><c r="A3" t="b"><v>0</v></c><c r="B3" t="e"><v>#REF!</v></c><c r="C3" t="str"><v>a &amp;amp; b</v></c><c r="D3" t="inlineStr"><is><t>x_x0041_</t></is></c><c r="E3"><f t="array" ref="E3"/><v>4</v></c><c r="F3"><f>1/0</f><v>0</v></c><c r="G3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H3" s="1"><f>TODAY()</f><v>45000</v></c></row>',
      '<row r="2"><c r="B2"><v>7</v></c></row>',
      '<row r="6"><c r="A6"><v>6</v></c><c r="B6" s="9"/><c/><c><v>8</v></c></row>',
      '<row r="7"><c r="A7"><f t="shared" ref="A7:A9" si="0">B7*2</f><v>0</v></c><c r="B7"><v>3</v></c></row>',
      '<row r="8"><c r="A8"><f t="shared" si="0"/><v>6</v></c><c r="C8"><f t="shared" si="5"/><v>1</v></c></row>',
      '<row r="9" spans="1:2"><c r="A9"><f t="shared" si="0"/></c><c r="B9" t="s"><v>0</v></c></row>',
    ].join('');
    const after =
      '<mergeCells count="1"><mergeCell ref="B9:C10"/></mergeCells><hyperlinks><hyperlink ref="F3" r:id="rId1"/><hyperlink ref="A5" location="Dữ liệu!A1"/></hyperlinks>';
    const sheetRels = '<Relationship Id="rId1" Type="hyperlink" Target="https://example.vn" TargetMode="External"/>';
    for (const date1904 of [false, true]) {
      const bytes = tinyBook({ rows, after, strings, styles: STYLES, date1904, sheetRels });
      await expectSame(bytes, `1904: ${date1904}`);
      const [sheet] = await read(bytes);
      // The cases above are not vacuous: rows in order, the last row 2 kept, text runs joined.
      expect(sheet!.rows.map(([r]) => r)).toEqual([2, 3, 5, 6, 7, 8, 9]);
      expect(sheet!.rows.find(([r]) => r === 5)![1].slice(1, 4)).toEqual(['một', 'hai baA', 'Hà']);
    }
  });

  it('keeps a formula result of 0 or FALSE, and reads a text formula showing nothing as an empty cell', async () => {
    // As Excel writes them: the cached value is always there. exceljs dropped 0 / FALSE, and the
    // imports then refused an amount formula giving 0 as «chưa có kết quả».
    const rows =
      '<row r="1"><c r="A1"><f>B1-C1</f><v>0</v></c><c r="B1"><v>5</v></c><c r="C1"><v>5</v></c>' +
      '<c r="D1" t="b"><f>B1&gt;C1</f><v>0</v></c><c r="E1" t="str"><f>IF(B1=C1,"",B1)</f><v></v></c>' +
      '<c r="F1"><f>B1+C1</f></c></row>';
    const [sheet] = await read(tinyBook({ rows }));
    const cells = sheet!.rows[0]![1];
    expect(cells[1]).toEqual({ formula: 'B1-C1', result: 0 });
    expect(cells[4]).toEqual({ formula: 'B1>C1', result: false });
    expect(cells[5]).toBeUndefined();
    // A formula saved without its result is still one (the imports refuse it, saying where).
    expect(cells[6]).toEqual({ formula: 'B1+C1' });
  });

  it('refuses what exceljs could not read, with the same message', async () => {
    const cases = [
      tinyBook({ rows: '<row r="1"><c r="A1" t="s"><v>3</v></c></row>', strings: ['<t>a</t>'] }),
      tinyBook({
        rows: '<row r="1"><c r="A1"><v>1</v></c></row>',
        after: '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>',
      }),
    ];
    for (const bytes of cases) {
      const expected = await outcome(exceljsSheets, bytes);
      expect(expected).toEqual({ refused: 'Tệp «thử.xlsx» bị hỏng hoặc không phải sổ Excel (.xlsx).' });
      expect(outcomeAsExceljsSaw(await outcome(read, bytes), expected)).toEqual(expected);
    }
  });
});

describe('the import reader on the workbook part', () => {
  it('takes sheet ids, order and names as exceljs did (a repeated id, id 0, bad or long names)', async () => {
    const ns =
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const sheet = (v: number) =>
      strToU8(`<worksheet ${ns}><sheetData><row r="1"><c r="A1"><v>${v}</v></c></row></sheetData></worksheet>`);
    const rels = [1, 2, 3].map((i) => `<Relationship Id="rId${i}" Type="x" Target="worksheets/sheet${i}.xml"/>`);
    const books = [
      '<sheet name="A" sheetId="2" r:id="rId1"/><sheet name="B" sheetId="1" r:id="rId2"/><sheet name="C" sheetId="2" r:id="rId3"/>',
      '<sheet name="A" sheetId="0" r:id="rId1"/><sheet name="B" sheetId="x" r:id="rId2"/><sheet name="C" sheetId="3" r:id="rId3"/>',
      '<sheet name="Tổng" sheetId="1" r:id="rId1"/><sheet name="tổng" sheetId="2" r:id="rId2"/>',
      '<sheet sheetId="4" r:id="rId1"/><sheet name="Bảy" sheetId="5" r:id="rId2"/>',
      '<sheet name="Một tên rất dài quá ba mươi mốt ký tự" sheetId="5" r:id="rId2"/>',
      '<sheet name="Năm: 2022" sheetId="1" r:id="rId1"/>',
    ];
    const outcomes = [];
    for (const sheets of books) {
      const bytes = zipSync({
        'xl/workbook.xml': strToU8(`<workbook ${ns}><sheets>${sheets}</sheets></workbook>`),
        'xl/_rels/workbook.xml.rels': strToU8(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
        ),
        'xl/worksheets/sheet1.xml': sheet(1),
        'xl/worksheets/sheet2.xml': sheet(2),
        'xl/worksheets/sheet3.xml': sheet(3),
      });
      const expected = await outcome(exceljsSheets, bytes);
      expect(outcomeAsExceljsSaw(await outcome(read, bytes), expected), sheets).toStrictEqual(expected);
      outcomes.push('refused' in expected ? 'refused' : expected.sheets.map((s) => s.name).join(','));
    }
    expect(outcomes).toEqual(['C,B', 'C', 'refused', 'refused', 'refused', 'refused']);
  });
});
