/**
 * The one place that knows page geometry, fonts and sizes of administrative documents
 * (Decree 30/2020/NĐ-CP, Phụ lục I). Builders refer to the style ids below and never
 * repeat a font or a size, so staff editing the result in Word see real named styles.
 */
import {
  AlignmentType,
  LineRuleType,
  type IParagraphStyleOptions,
  type ICharacterStyleOptions,
  type IStylesOptions,
} from 'docx';

const mm = (v: number): number => Math.round((v * 1440) / 25.4);
/** Font sizes in docx half-points. */
const pt = (v: number): number => v * 2;

// A4 in twips.
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;

// Margins within the decree's ranges: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
export const MARGIN_TOP = mm(20);
export const MARGIN_BOTTOM = mm(20);
export const MARGIN_LEFT = mm(30);
export const MARGIN_RIGHT = mm(15);
/** Page numbers sit in the top margin, this far from the edge. */
export const HEADER_DISTANCE = mm(10);
export const FOOTER_DISTANCE = mm(10);

export const CONTENT_WIDTH_PORTRAIT = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
export const CONTENT_WIDTH_LANDSCAPE = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;

export const FONT = 'Times New Roman';

/** Point sizes, exported for the text-width estimates that size the short rules. */
export const SIZE = {
  body: 14,
  quocHieu: 12,
  tieuNgu: 13,
  agency: 13,
  number: 13,
  placeDate: 14,
  title: 14,
  summary: 14,
  signature: 14,
  recipientsTitle: 12,
  recipient: 11,
  table: 12,
  pageNumber: 14,
} as const;

/** Header table split (left: agency and number, right: quốc hiệu and date). */
export const HEADER_LEFT_RATIO = 0.4;
/** Signature table split (left: Nơi nhận, right: signer). */
export const SIGNATURE_LEFT_RATIO = 0.45;

export const FIRST_LINE_INDENT = 720; // 1.27 cm
const AFTER_6PT = 120;
const LINE_1_2 = 288; // 1.2 lines, within the decree's single…1.5
const SINGLE = 240;

export const STYLE = {
  body: 'VBBody',
  basis: 'VBBasis',
  heading1: 'VBHeading1',
  heading2: 'VBHeading2',
  heading3: 'VBHeading3',
  bullet: 'VBBullet',
  plus: 'VBPlus',
  title: 'VBTitle',
  summary: 'VBSummary',
  quocHieu: 'VBQuocHieu',
  tieuNgu: 'VBTieuNgu',
  agency: 'VBAgency',
  issuer: 'VBIssuer',
  number: 'VBNumber',
  placeDate: 'VBPlaceDate',
  rule: 'VBRule',
  ruleTitle: 'VBRuleTitle',
  signAuthority: 'VBSignAuthority',
  signName: 'VBSignName',
  recipientsTitle: 'VBRecipientsTitle',
  recipient: 'VBRecipient',
  table: 'VBTable',
  tableHeader: 'VBTableHeader',
  tableCaption: 'VBTableCaption',
  tableUnit: 'VBTableUnit',
  appendixNo: 'VBAppendixNo',
  appendixTitle: 'VBAppendixTitle',
  appendixRef: 'VBAppendixRef',
  pageNumber: 'VBPageNumber',
  sectionEnd: 'VBSectionEnd',
  // Character styles: emphasis inside a paragraph without inline formatting.
  strong: 'VBStrong',
  emphasis: 'VBEmphasis',
  plain: 'VBPlain',
} as const;

export type StyleId = (typeof STYLE)[keyof typeof STYLE];

/** Single-spaced, no space before or after. */
const single = { before: 0, after: 0, line: SINGLE, lineRule: LineRuleType.AUTO };
const centred = { alignment: AlignmentType.CENTER, spacing: single };
const left = { alignment: AlignmentType.LEFT, spacing: single };

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: 'VB Nội dung',
    quickFormat: true,
    run: { size: pt(SIZE.body) },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 0, after: AFTER_6PT, line: LINE_1_2, lineRule: LineRuleType.AUTO },
    },
  },
  { id: STYLE.basis, name: 'VB Căn cứ', basedOn: STYLE.body, run: { italics: true } },
  {
    id: STYLE.heading1,
    name: 'VB Phần (I.)',
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { bold: true },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: 0 },
  },
  {
    id: STYLE.heading2,
    name: 'VB Mục (1.)',
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { bold: true },
    paragraph: { keepNext: true, outlineLevel: 1 },
  },
  { id: STYLE.heading3, name: 'VB Điểm (a)', basedOn: STYLE.body, next: STYLE.body, paragraph: { keepNext: true } },
  { id: STYLE.bullet, name: 'VB Gạch đầu dòng (-)', basedOn: STYLE.body, quickFormat: true },
  { id: STYLE.plus, name: 'VB Dấu cộng (+)', basedOn: STYLE.body },
  {
    id: STYLE.title,
    name: 'VB Tên loại',
    next: STYLE.summary,
    run: { size: pt(SIZE.title), bold: true },
    paragraph: { ...centred, spacing: { ...centred.spacing, before: 360 }, keepNext: true },
  },
  {
    id: STYLE.summary,
    name: 'VB Trích yếu',
    run: { size: pt(SIZE.summary), bold: true },
    paragraph: { ...centred, keepNext: true },
  },
  { id: STYLE.quocHieu, name: 'VB Quốc hiệu', run: { size: pt(SIZE.quocHieu), bold: true }, paragraph: centred },
  { id: STYLE.tieuNgu, name: 'VB Tiêu ngữ', run: { size: pt(SIZE.tieuNgu), bold: true }, paragraph: centred },
  { id: STYLE.agency, name: 'VB Cơ quan chủ quản', run: { size: pt(SIZE.agency) }, paragraph: centred },
  { id: STYLE.issuer, name: 'VB Cơ quan ban hành', run: { size: pt(SIZE.agency), bold: true }, paragraph: centred },
  {
    id: STYLE.number,
    name: 'VB Số ký hiệu',
    run: { size: pt(SIZE.number) },
    paragraph: { ...centred, spacing: { ...centred.spacing, before: 120 } },
  },
  {
    id: STYLE.placeDate,
    name: 'VB Địa danh ngày tháng',
    run: { size: pt(SIZE.placeDate), italics: true },
    paragraph: { ...centred, spacing: { ...centred.spacing, before: 120 } },
  },
  // The short solid lines under the agency, the motto and the trích yếu: an empty 1 pt paragraph
  // with a bottom border, its length set by the indents (renders the same in Word and LibreOffice).
  {
    id: STYLE.rule,
    name: 'VB Đường kẻ',
    run: { size: 2 },
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    },
  },
  { id: STYLE.ruleTitle, name: 'VB Đường kẻ trích yếu', basedOn: STYLE.rule, paragraph: { spacing: { after: 360 } } },
  {
    id: STYLE.signAuthority,
    name: 'VB Quyền hạn người ký',
    run: { size: pt(SIZE.signature), bold: true },
    paragraph: { ...centred, keepNext: true },
  },
  {
    id: STYLE.signName,
    name: 'VB Họ tên người ký',
    run: { size: pt(SIZE.signature), bold: true },
    // Room for the handwritten signature and the seal.
    paragraph: { ...centred, spacing: { ...centred.spacing, before: 1680 } },
  },
  {
    id: STYLE.recipientsTitle,
    name: 'VB Nơi nhận',
    run: { size: pt(SIZE.recipientsTitle), bold: true, italics: true },
    paragraph: { ...left, keepNext: true },
  },
  {
    id: STYLE.recipient,
    name: 'VB Nơi nhận dòng',
    run: { size: pt(SIZE.recipient) },
    paragraph: left,
  },
  {
    id: STYLE.table,
    name: 'VB Bảng',
    run: { size: pt(SIZE.table) },
    paragraph: { ...left, spacing: { ...single, before: 40, after: 40 } },
  },
  {
    id: STYLE.tableHeader,
    name: 'VB Bảng tiêu đề',
    basedOn: STYLE.table,
    run: { bold: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
  },
  {
    id: STYLE.tableCaption,
    name: 'VB Tên bảng',
    run: { size: pt(SIZE.body), bold: true },
    paragraph: { ...centred, spacing: { ...centred.spacing, before: 120, after: 60 }, keepNext: true },
  },
  {
    id: STYLE.tableUnit,
    name: 'VB Đơn vị tính',
    run: { size: pt(SIZE.table), italics: true },
    paragraph: { alignment: AlignmentType.RIGHT, spacing: { ...single, after: 60 }, keepNext: true },
  },
  {
    id: STYLE.appendixNo,
    name: 'VB Phụ lục số',
    run: { size: pt(14), bold: true },
    paragraph: { ...centred, keepNext: true },
  },
  {
    id: STYLE.appendixTitle,
    name: 'VB Phụ lục tên',
    run: { size: pt(14), bold: true },
    paragraph: { ...centred, keepNext: true },
  },
  {
    id: STYLE.appendixRef,
    name: 'VB Phụ lục kèm theo',
    run: { size: pt(14), italics: true },
    paragraph: { ...centred, keepNext: true },
  },
  { id: STYLE.pageNumber, name: 'VB Số trang', run: { size: pt(SIZE.pageNumber) }, paragraph: centred },
  // Holds a section break after a closing table: 1 pt high, so it never spills onto a blank page.
  {
    id: STYLE.sectionEnd,
    name: 'VB Ngắt phần',
    run: { size: 2 },
    paragraph: { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } },
  },
];

const characterStyles: ICharacterStyleOptions[] = [
  { id: STYLE.strong, name: 'VB Đậm', run: { bold: true } },
  { id: STYLE.emphasis, name: 'VB Nghiêng', run: { italics: true } },
  // Regular text carried on after a bold heading title in the same paragraph.
  { id: STYLE.plain, name: 'VB Thường', run: { bold: false, italics: false } },
];

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: {
        font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
        size: pt(SIZE.body),
        color: '000000',
        language: { value: 'vi-VN' },
      },
      paragraph: { spacing: single },
    },
  },
  paragraphStyles,
  characterStyles,
};
