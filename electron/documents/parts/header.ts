/**
 * The header block of page 1 (Decree 30, boxes 1–4): a borderless two-column table.
 * Left ~40%: governing body, issuing body (bold) with a short rule, "Số: 05/KH-BCĐ".
 * Right ~60%: quốc hiệu, tiêu ngữ with a rule as long as the text, place and date on the number's row.
 */
import { docNumber } from '../../../shared/format/number';
import type { Paragraph, Table } from 'docx';
import type { DocHeader } from '../../../shared/models/documents';
import { formatLongDate } from '../../../shared/format/date';
import { HEADER_LEFT_RATIO, SIZE, STYLE } from '../styles';
import { textWidthTwips, widestWrappedLine } from './measure';
import { layoutCell, layoutTable, para, rule, splitWidth } from './primitives';
import { cleanInline, cleanLines, upperVi } from './text';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
/** The rule under the issuing body: between 1/3 and 1/2 of its text. */
const ISSUER_RULE_RATIO = 0.4;
/** Blank left in a draft for the records desk to fill in by hand. */
const BLANK = '\u00A0'.repeat(6);

/** "05" for 5; a numeric string below 10 gets its leading zero too; empty stays blank. */
export function formatDocNumber(number: DocHeader['number']): string {
  if (number === null || number === undefined) return BLANK;
  const s = cleanInline(String(number));
  if (!s) return BLANK;
  return docNumber(s);
}

/** "Số: 05/KH-BCĐ" — no spaces around '/' and '-'. */
export function formatNumberLine(h: Pick<DocHeader, 'number' | 'symbol'>): string {
  const symbol = upperVi(cleanInline(h.symbol).replace(/\s+/g, ''));
  return `Số: ${formatDocNumber(h.number)}/${symbol}`;
}

/** "Cần Thơ, ngày 11 tháng 7 năm 2027"; without a date, blanks for the signing day. */
export function formatPlaceDate(place: string, dateIso: string | null | undefined): string {
  const where = cleanInline(place);
  if (!dateIso) return `${where}, ngày${BLANK}tháng${BLANK}năm${BLANK}`;
  return `${where}, ${formatLongDate(dateIso)}`;
}

/**
 * A header line too wide for its column is broken where the two halves are most even, not where
 * the word processor runs out of room: «BAN CHỈ ĐẠO CÁC / CHƯƠNG TRÌNH MTQG» rather than
 * «BAN CHỈ ĐẠO CÁC CHƯƠNG / TRÌNH MTQG» (a Vietnamese word is several spaced syllables).
 */
export function balanceLine(line: string, sizePt: number, bold: boolean, width: number): string[] {
  if (textWidthTwips(line, sizePt, bold) <= width) return [line];
  const words = line.split(' ');
  let best: [string, string] | null = null;
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const w = Math.max(textWidthTwips(a, sizePt, bold), textWidthTwips(b, sizePt, bold));
    if (w < bestWidth) [best, bestWidth] = [[a, b], w];
  }
  // Still too wide in two lines: leave the wrapping to the word processor.
  return best && bestWidth <= width ? best : [line];
}

function agencyParagraphs(h: DocHeader, width: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of cleanLines(h.governingBody)) out.push(para(STYLE.agency, upperVi(line)));
  const issuerLines = cleanLines(h.issuingBody)
    .map(upperVi)
    .flatMap((l) => balanceLine(l, SIZE.agency, true, width));
  for (const line of issuerLines) out.push(para(STYLE.issuer, line));
  const widest = Math.max(0, ...issuerLines.map((l) => widestWrappedLine(l, SIZE.agency, true, width)));
  out.push(rule(STYLE.rule, widest * ISSUER_RULE_RATIO, width));
  return out;
}

function nationalParagraphs(width: number): Paragraph[] {
  return [
    para(STYLE.quocHieu, QUOC_HIEU),
    para(STYLE.tieuNgu, TIEU_NGU),
    rule(STYLE.rule, textWidthTwips(TIEU_NGU, SIZE.tieuNgu, true), width),
  ];
}

export function buildHeaderTable(h: DocHeader, contentWidth: number): Table {
  const [left, right] = splitWidth(contentWidth, HEADER_LEFT_RATIO);
  return layoutTable(
    [left, right],
    [
      [layoutCell(left, agencyParagraphs(h, left)), layoutCell(right, nationalParagraphs(right))],
      [
        layoutCell(left, [para(STYLE.number, formatNumberLine(h))]),
        layoutCell(right, [para(STYLE.placeDate, formatPlaceDate(h.place, h.dateIso))]),
      ],
    ],
    true,
  );
}
