/** Small docx building blocks every part uses: runs, paragraphs, rules and layout tables. */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type AlignmentType,
  type ParagraphChild,
} from 'docx';
import type { StyleId } from '../styles';
import { cleanRun } from './text';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A text run through the sanitiser; emphasis goes through a character style, not inline formatting. */
export function run(text: string, charStyle?: StyleId): TextRun {
  return new TextRun(charStyle ? { text: cleanRun(text), style: charStyle } : { text: cleanRun(text) });
}

export interface ParaOptions {
  alignment?: Alignment;
  keepNext?: boolean;
}

export function para(style: StyleId, content: string | ParagraphChild[], opts: ParaOptions = {}): Paragraph {
  const children = typeof content === 'string' ? (content ? [run(content)] : []) : content;
  return new Paragraph({
    style,
    children,
    ...(opts.alignment ? { alignment: opts.alignment } : {}),
    ...(opts.keepNext ? { keepNext: true } : {}),
  });
}

/**
 * A short solid line centred in a box `boxWidth` wide: an empty paragraph whose bottom border
 * spans between its indents. Paragraph borders render alike in Word and LibreOffice, unlike shapes.
 */
export function rule(style: StyleId, ruleWidth: number, boxWidth: number): Paragraph {
  const width = Math.max(200, Math.min(Math.round(ruleWidth), boxWidth));
  const side = Math.max(0, Math.floor((boxWidth - width) / 2));
  return new Paragraph({
    style,
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

/** A cell with an explicit dxa width (LibreOffice mis-lays cells without one). */
export function layoutCell(width: number, children: (Paragraph | Table)[], columnSpan = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    ...(columnSpan > 1 ? { columnSpan } : {}),
    children: children.length ? children : [new Paragraph({ children: [] })],
  });
}

/** Borderless fixed-layout table used to place the header and signature blocks side by side. */
export function layoutTable(widths: number[], rows: TableCell[][], cantSplit = false, gapAbove = 0): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // A table has no spacing of its own: a top cell margin opens the gap above it.
    margins: { ...NO_MARGINS, top: gapAbove },
    rows: rows.map((cells) => new TableRow({ children: cells, ...(cantSplit ? { cantSplit: true } : {}) })),
  });
}

/** Splits `total` twips into columns by ratio, the last column taking the rounding remainder. */
export function splitWidth(total: number, leftRatio: number): [number, number] {
  const left = Math.round(total * leftRatio);
  return [left, total - left];
}
