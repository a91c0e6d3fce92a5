import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { deflateSync } from 'fflate';
import { checkXlsxBytes, XLSX_LIMITS } from '../../electron/services/io/xlsx-guard';
import { deflatedZeros, writeZip } from '../../scripts/torture/zip';
import { AppError } from '../../shared/errors';

const workbookXml = new TextEncoder().encode('<workbook/>');
const refusal = (bytes: Uint8Array, limits = XLSX_LIMITS): string => {
  try {
    checkXlsxBytes(bytes, 'thử.xlsx', limits);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('IMPORT_INVALID');
    return (e as AppError).message;
  }
  throw new Error('not refused');
};

describe('workbook limits, checked before exceljs reads anything', () => {
  it('passes a real workbook and returns its inflated size', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['x', 1]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(checkXlsxBytes(bytes, 'a.xlsx')).toBeGreaterThan(bytes.length);
  });

  it('refuses what is not a zip, a truncated zip and a zip without a workbook, naming the file', async () => {
    expect(refusal(new TextEncoder().encode('Mã xã;Tên xã'))).toMatch(/Tệp «thử\.xlsx» không phải sổ Excel/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['x']);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(refusal(bytes.subarray(0, bytes.length - 30))).toMatch(/hỏng/);
    expect(refusal(writeZip([{ name: 'a.txt', data: new Uint8Array(3), method: 0, size: 3 }]))).toMatch(
      /xl\/workbook\.xml/,
    );
  });

  it('refuses a zip bomb by what it really inflates to, even when its headers lie, and says the limit', () => {
    // The real limit (150 MB) is exercised by the torture corpus; here a 4 MB limit keeps the test light.
    const limits = { ...XLSX_LIMITS, inflatedBytes: 4 * 1024 * 1024 };
    const bomb = deflatedZeros(limits.inflatedBytes + 1024 * 1024);
    const zip = (size: number) =>
      writeZip([
        { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
        { name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, size },
      ]);
    expect(refusal(zip(limits.inflatedBytes + 1024 * 1024), limits)).toContain('lớn hơn 4 MB');
    // Lying headers: caught as soon as the part inflates past what it declares.
    expect(refusal(zip(1024), limits)).toContain(
      'phần «xl/worksheets/sheet1.xml» giải nén ra nhiều hơn kích thước ghi trong tệp (1.024 byte)',
    );
    // Declaring a size just under the limit does not help either: the real inflation is counted.
    expect(
      refusal(
        writeZip([
          { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
          { name: 'a.xml', data: bomb, method: 8, size: limits.inflatedBytes / 2 },
          { name: 'b.xml', data: bomb, method: 8, size: limits.inflatedBytes / 2 - 100 },
        ]),
        limits,
      ),
    ).toMatch(/giải nén ra nhiều hơn|lớn hơn 4 MB/);
  });

  it('refuses too many zip entries and too big a file, saying each limit', () => {
    const many = writeZip([
      { name: 'xl/workbook.xml', data: workbookXml, method: 0, size: workbookXml.length },
      ...Array.from({ length: 1200 }, (_, i) => ({
        name: `x/${i}.xml`,
        data: deflateSync(new Uint8Array(4)),
        method: 8 as const,
        size: 4,
      })),
    ]);
    expect(refusal(many)).toContain('quá giới hạn 1.000 phần');
    const big = new Uint8Array(XLSX_LIMITS.fileBytes + 1);
    expect(refusal(big)).toContain('quá giới hạn 30 MB');
  });
});
