/**
 * Section geometry and page numbers: A4, the decree's margins, Arabic page numbers centred in
 * the top margin, none on a section's first page (titlePage + an empty first-page header), and
 * numbering restarted per section so each appendix counts its own pages.
 */
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import {
  CONTENT_WIDTH_LANDSCAPE,
  CONTENT_WIDTH_PORTRAIT,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  STYLE,
} from '../styles';

export type Orientation = 'portrait' | 'landscape';

export const contentWidth = (o: Orientation): number =>
  o === 'landscape' ? CONTENT_WIDTH_LANDSCAPE : CONTENT_WIDTH_PORTRAIT;

/** A visible mark on every page, e.g. «DỰ THẢO – SỐ LIỆU MẪU» while a document rests on sample data. */
const markParagraph = (mark: string) =>
  new Paragraph({
    style: STYLE.pageNumber,
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: mark, bold: true, color: 'C00000' })],
  });

function pageNumberHeaders(): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({
      children: [
        new Paragraph({ style: STYLE.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ style: STYLE.pageNumber, children: [] })] }),
  };
}

/** The mark sits in the footer of every page, clear of the page number and the header block. */
function markFooters(mark: string): NonNullable<ISectionOptions['footers']> {
  return {
    default: new Footer({ children: [markParagraph(mark)] }),
    first: new Footer({ children: [markParagraph(mark)] }),
  };
}

export function pageSection(children: FileChild[], orientation: Orientation, mark?: string): ISectionOptions {
  return {
    headers: pageNumberHeaders(),
    ...(mark ? { footers: markFooters(mark) } : {}),
    properties: {
      titlePage: true,
      page: {
        // docx swaps width and height itself for landscape, so both pass the portrait A4 size.
        size: {
          width: PAGE_WIDTH,
          height: PAGE_HEIGHT,
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: MARGIN_TOP,
          bottom: MARGIN_BOTTOM,
          left: MARGIN_LEFT,
          right: MARGIN_RIGHT,
          header: HEADER_DISTANCE,
          footer: FOOTER_DISTANCE,
          gutter: 0,
        },
        pageNumbers: { start: 1 },
      },
    },
    // docx otherwise adds a full-height empty paragraph to carry the section break.
    children: [...children, new Paragraph({ style: STYLE.sectionEnd, children: [] })],
  };
}
