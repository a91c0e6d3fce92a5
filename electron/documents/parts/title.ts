/** Tên loại (KẾ HOẠCH / BÁO CÁO) and the trích yếu under it, closed by a short rule. */
import type { Paragraph } from 'docx';
import type { DocHeader } from '../../../shared/models/documents';
import { SIZE, STYLE } from '../styles';
import { widestWrappedLine } from './measure';
import { para, rule } from './primitives';
import { cleanLines, upperVi } from './text';

/** The rule under the trích yếu: about 1/3 of its (widest) line. */
const SUMMARY_RULE_RATIO = 1 / 3;

export function buildTitle(h: Pick<DocHeader, 'typeName' | 'summary'>, contentWidth: number): Paragraph[] {
  const lines = cleanLines(h.summary);
  // A summary typed on several lines is kept as one paragraph: Word decides the wrap.
  const summary = lines.join(' ');
  const widest = widestWrappedLine(summary, SIZE.summary, true, contentWidth);
  return [
    para(STYLE.title, upperVi(h.typeName)),
    ...(summary ? [para(STYLE.summary, summary)] : []),
    rule(STYLE.ruleTitle, widest * SUMMARY_RULE_RATIO, contentWidth),
  ];
}
