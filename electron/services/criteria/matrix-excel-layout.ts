/** The matrix workbook's layout, shared by export and import so the two cannot drift apart. */
export const SHEET_PREFIX = 'Năm ';
export const HELP_SHEET = 'Hướng dẫn';

export const COL_CODE = 'Mã xã';
export const COL_DISTRICT = 'Đơn vị cấp huyện';
export const COL_NAME = 'Tên xã';
/** Derived columns: exported for reading, ignored on import. */
export const DERIVED_COLUMNS = ['Số tiêu chí đạt', 'Mức đạt chuẩn', 'Năm công nhận', 'Quyết định công nhận'];

export const sheetName = (year: number) => `${SHEET_PREFIX}${year}`;

export function yearOfSheet(name: string): number | null {
  const m = /^Năm\s+(\d{4})$/.exec(name.trim());
  return m ? Number(m[1]) : null;
}

export const criterionHeader = (c: { no: number; name: string }) => `${c.no}. ${c.name}`;

/** "5. Trường học" → { no: 5, name: "Trường học" }; a bare "5" is accepted too. */
export function parseCriterionHeader(text: string): { no: number; name: string } | null {
  const m = /^(?:TC\s*)?(\d{1,2})\s*[.):-]?\s*(.*)$/i.exec(text.trim());
  return m ? { no: Number(m[1]), name: m[2]!.trim() } : null;
}
