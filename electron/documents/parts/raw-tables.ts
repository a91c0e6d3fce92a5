/**
 * Data tables are written as WordprocessingML text rather than as docx objects: a 10,000-row annex
 * otherwise costs seconds in object construction and serialisation. A build owns one `RawTables`:
 * each table leaves a placeholder paragraph in a paragraph style that no other paragraph uses (so
 * no text a person types can look like one), and packing swaps each placeholder for its table.
 */
import { Paragraph, TextRun } from 'docx';

/** The style id of placeholder paragraphs; never declared, never left in a packed file. */
const SLOT_STYLE = 'NtmRawTableSlot';
const SLOT = new RegExp(
  `<w:p><w:pPr><w:pStyle w:val="${SLOT_STYLE}"/></w:pPr><w:r><w:t(?: xml:space="preserve")?>(\\d+)</w:t></w:r></w:p>`,
  'g',
);

export class RawTables {
  private readonly xml: string[] = [];

  get size(): number {
    return this.xml.length;
  }

  /** Registers a table's XML and returns the paragraph that stands in for it until packing. */
  slot(tableXml: string): Paragraph {
    this.xml.push(tableXml);
    return new Paragraph({ style: SLOT_STYLE, children: [new TextRun(String(this.xml.length - 1))] });
  }

  /** The document XML with every placeholder replaced by its table. */
  splice(documentXml: string): string {
    if (!this.xml.length) return documentXml;
    return documentXml.replace(SLOT, (whole, i: string) => this.xml[Number(i)] ?? whole);
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const xmlText = (s: string): string => s.replace(/[&<>"]/g, (c) => ESC[c]!);
