/**
 * Plain data crossing from the services into the Word builders: one "văn bản có tên loại"
 * (Decree 30/2020, Phụ lục III mẫu 1.4) shared by the plan (Kế hoạch) and the report (Báo cáo).
 * No docx types here, so the renderer and the API contract can use them too.
 */
import { z } from 'zod';

/** Document type names the builders know (tên loại văn bản, printed upper case). */
export type DocTypeName = 'KẾ HOẠCH' | 'BÁO CÁO';

/** The header block (quốc hiệu, agency, number, place and date) plus title and trích yếu. */
export interface DocHeader {
  /** Cơ quan chủ quản, e.g. 'UBND TỈNH HẬU GIANG'; '\n' forces a line break. */
  governingBody?: string;
  /** Cơ quan ban hành, e.g. 'BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG'; '\n' forces a line break. */
  issuingBody: string;
  /** 5 → '05'; a string is printed as given; null or '' leaves a blank for the records desk. */
  number?: string | number | null;
  /** Ký hiệu, e.g. 'KH-BCĐ'. */
  symbol: string;
  /** Địa danh, e.g. 'Cần Thơ'. */
  place: string;
  /** ISO date 'YYYY-MM-DD'; null leaves 'ngày … tháng … năm …' blank for signing. */
  dateIso?: string | null;
  typeName: DocTypeName;
  /** Trích yếu nội dung, printed bold under the type name. */
  summary: string;
}

/**
 * 'thuc_hien': one upright paragraph "Thực hiện A; B; C;" (as the seed plan).
 * 'can_cu': one italic line per basis "Căn cứ …;", the last ending with '.'.
 */
export interface LegalBasis {
  style: 'thuc_hien' | 'can_cu';
  items: string[];
  /** Leading phrase; defaults to 'Thực hiện' or 'Căn cứ'. */
  intro?: string;
}

const text = z.string().max(20_000, 'Đoạn văn quá dài (tối đa 20.000 ký tự)');

/** Editable narrative: paragraphs, numbered headings and '-' / '+' bullets. */
export const blockSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('paragraph'),
      text,
      italic: z.boolean().optional(),
      bold: z.boolean().optional(),
      align: z.enum(['justify', 'center', 'right']).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('heading'),
      /** section 'I.' (upper, bold), item '1.' (bold), point 'a)' (regular). */
      level: z.enum(['section', 'item', 'point']),
      /** 'I.', '1.', 'a)'; omitted for an unnumbered heading. */
      number: z.string().max(12, 'Số thứ tự mục quá dài').optional(),
      title: z.string().max(2_000, 'Tên mục quá dài (tối đa 2.000 ký tự)'),
      /** Regular text that carries on in the same paragraph after the title. */
      text: text.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('bullet'), text }).strict(),
  z.object({ kind: z.literal('plus'), text }).strict(),
]);

export const blocksSchema = z.array(blockSchema).max(2_000, 'Quá nhiều đoạn văn (tối đa 2.000)');

export type Block = z.infer<typeof blockSchema>;

export type CellAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  title: string;
  /** Relative or absolute width in twips; columns without one share what is left. */
  widthTwips?: number;
  align?: CellAlign;
}

/** A header cell above the column titles, HTML-like: a rowSpan reaching the title row replaces that column's title. */
export interface TableHeaderCell {
  title: string;
  colSpan?: number;
  rowSpan?: number;
}

export type TableCellValue =
  string | number | null | { text: string; colSpan?: number; align?: CellAlign; bold?: boolean; italic?: boolean };

export interface TableRowModel {
  cells: TableCellValue[];
  /** Whole-row emphasis: 'bold' for totals and group rows, 'italic' for "trong đó" rows. */
  emphasis?: 'bold' | 'italic';
  /** A group row stays on the page of the row after it (never alone at a page foot). */
  keepWithNext?: boolean;
}

export interface TableModel {
  columns: TableColumn[];
  groupRows?: TableHeaderCell[][];
  rows: (TableRowModel | TableCellValue[])[];
  /** Adds the "(1) (2) (3) …" row under the titles that official forms use. */
  numberRow?: boolean;
  /** Right-aligned italic note above the table, e.g. 'ĐVT: triệu đồng'. */
  unit?: string;
}

/** A table inside the body (reports put result tables in section I). */
export interface TableBlock {
  kind: 'table';
  /** Bold centred caption above the table. */
  title?: string;
  table: TableModel;
}

export type BodyBlock = Block | TableBlock;

export interface DocSection {
  /** 'I', 'II' …; computed from the position when omitted. */
  numeral?: string;
  title: string;
  blocks: BodyBlock[];
}

export interface Signature {
  /** e.g. ['TM. BAN CHỈ ĐẠO', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND TỈNH']. */
  authority: string[];
  name: string;
}

export interface Appendix {
  /** 1 → 'Phụ lục 1'; 'I' → 'Phụ lục I'. */
  no: string | number;
  title: string;
  /** '(Kèm theo Kế hoạch số 05/KH-BCĐ ngày … của …)'; built from the header when omitted. */
  reference?: string;
  table: TableModel;
  /** Notes under the table (ghi chú). */
  notes?: Block[];
  /** Appendix tables are landscape A4 unless set to false. */
  landscape?: boolean;
}

/** Document metadata written to docProps/core.xml. */
export interface DocMeta {
  creator?: string;
  /** Pinned creation/modification time (ISO); the document date, or a fixed instant, when omitted. */
  createdIso?: string;
}

/** A "văn bản có tên loại": what plans and reports share. */
export interface OfficialDocModel {
  header: DocHeader;
  legalBasis?: LegalBasis;
  /** The sentence after the legal basis, e.g. "Ban Chỉ đạo … xây dựng Kế hoạch …, cụ thể như sau:". */
  intro?: string;
  sections: DocSection[];
  /** "Trên đây là …"; the builder ends it with './.'. */
  closing: string;
  signature: Signature;
  recipients: string[];
  appendices?: Appendix[];
  meta?: DocMeta;
  /** Printed at the top of every page while the document rests on sample data («DỰ THẢO – số liệu mẫu»). */
  draftMark?: string;
}

/** Annual plan: I mục đích yêu cầu, II mục tiêu, III nhiệm vụ giải pháp, IV nguồn lực, V tổ chức thực hiện. */
export interface PlanDocModel extends OfficialDocModel {
  header: DocHeader & { typeName: 'KẾ HOẠCH' };
}

/** Periodic report: I kết quả thực hiện (tables allowed), II nhiệm vụ giải pháp, III kiến nghị. */
export interface ReportDocModel extends OfficialDocModel {
  header: DocHeader & { typeName: 'BÁO CÁO' };
}
