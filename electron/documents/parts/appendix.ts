/**
 * Appendices (Decree 30, Phụ lục I): each on a new landscape A4 section with its own page
 * numbers; "Phụ lục 1" centred bold, the title upper case bold, the italic
 * "(Kèm theo … số …)" line with a short rule, then the table and its notes.
 */
import type { ISectionOptions, Paragraph, Table } from 'docx';
import type { Appendix, DocHeader } from '../../../shared/models/documents';
import { formatLongDate } from '../../../shared/format/date';
import { SIZE, STYLE } from '../styles';
import { buildBodyBlocks } from './blocks';
import { formatDocNumber } from './header';
import { widestWrappedLine } from './measure';
import { pageSection, contentWidth } from './page';
import { para, rule } from './primitives';
import { buildDataTable } from './table';
import type { RawTables } from './raw-tables';
import { cleanInline, upperVi } from './text';

/** Type names in running text: 'Kế hoạch', 'Báo cáo'. */
export const TYPE_LABEL: Record<DocHeader['typeName'], string> = { 'KẾ HOẠCH': 'Kế hoạch', 'BÁO CÁO': 'Báo cáo' };
const REF_RULE_RATIO = 1 / 3;

/** "(Kèm theo Kế hoạch số 05/KH-BCĐ ngày 11 tháng 7 năm 2022)" from the header. */
export function defaultAppendixReference(h: DocHeader, issuerName?: string): string {
  const symbol = upperVi(cleanInline(h.symbol).replace(/\s+/g, ''));
  const date = h.dateIso
    ? formatLongDate(h.dateIso)
    : 'ngày\u00A0\u00A0\u00A0\u00A0 tháng\u00A0\u00A0\u00A0\u00A0 năm\u00A0\u00A0\u00A0\u00A0';
  const of = cleanInline(issuerName);
  return `(Kèm theo ${TYPE_LABEL[h.typeName]} số ${formatDocNumber(h.number).trim() || '\u00A0\u00A0\u00A0'}/${symbol} ${date}${of ? ` của ${of}` : ''})`;
}

const parenthesised = (s: string): string => (s.startsWith('(') ? s : `(${s.replace(/[.;]$/, '')})`);

export function buildAppendixSection(
  a: Appendix,
  header: DocHeader,
  tables: RawTables,
  mark?: string,
): ISectionOptions {
  const orientation = a.landscape === false ? 'portrait' : 'landscape';
  const width = contentWidth(orientation);
  const no = cleanInline(String(a.no));
  const reference = parenthesised(cleanInline(a.reference) || defaultAppendixReference(header));
  const children: (Paragraph | Table)[] = [
    para(STYLE.appendixNo, no ? `Phụ lục ${no}` : 'Phụ lục'),
    para(STYLE.appendixTitle, upperVi(cleanInline(a.title))),
    para(STYLE.appendixRef, reference),
    rule(STYLE.ruleTitle, widestWrappedLine(reference, SIZE.placeDate, false, width) * REF_RULE_RATIO, width),
  ];
  const unit = cleanInline(a.table.unit);
  if (unit) children.push(para(STYLE.tableUnit, unit));
  if (a.table.columns.length > 0) children.push(buildDataTable(a.table, width, tables));
  if (a.notes?.length) children.push(para(STYLE.table, ''), ...buildBodyBlocks(a.notes, width, tables));
  return pageSection(children, orientation, mark);
}
