/** The indicator values workbook («Chỉ tiêu 2026» sheets): one description read by the import and written by the export. */
export const PREFIX = 'Chỉ tiêu ';
export const COL_CODE = 'Mã xã';
export const COL_NAME = 'Tên xã';
export const COL_GROUP = 'Nhóm';
export const sheetYear = (name: string) => {
  const m = /^Chỉ tiêu\s+(\d{4})$/.exec(name.trim());
  return m ? Number(m[1]) : null;
};
/** The column of an indicator: its code first, so the import finds it by code. */
export const indicatorHeader = (i: { code: string; name: string; unit: string }) => {
  const name = i.name.length > 50 ? `${i.name.slice(0, 49)}…` : i.name;
  return `${i.code} ${name}${i.unit ? ` (${i.unit})` : ''}`;
};
export const codeOfHeader = (h: string) => /^(\d{1,2}\.\d{1,2}[a-z]?)(\s|$)/.exec(h.trim())?.[1] ?? null;
