/**
 * The body: Roman-numeral sections holding narrative blocks (paragraphs, numbered headings,
 * '-' and '+' bullets) and, in reports, tables. Bullets are typed markers, not Word lists,
 * as in the office's documents, so the text survives copy and paste unchanged.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Block, BodyBlock, DocSection, TableBlock } from '../../../shared/models/documents';
import { STYLE } from '../styles';
import { para, run } from './primitives';
import { buildDataTable } from './table';
import type { RawTables } from './raw-tables';
import { cleanInline, stripMarker, toRoman, upperVi, withEndMark } from './text';

const ALIGN = { justify: AlignmentType.JUSTIFIED, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** '1' → '1.', 'a' → 'a)', 'II' → 'II.'; anything already punctuated is kept. */
export function normaliseNumber(number: string | undefined, level: 'section' | 'item' | 'point'): string {
  const n = cleanInline(number);
  if (!n) return '';
  if (/[.)]$/.test(n)) return n;
  return level === 'point' ? `${n})` : `${n}.`;
}

function heading(b: Extract<Block, { kind: 'heading' }>): Paragraph | undefined {
  const number = normaliseNumber(b.number, b.level);
  const title = cleanInline(b.title);
  const text = cleanInline(b.text);
  if (!number && !title && !text) return undefined;
  const style = b.level === 'section' ? STYLE.heading1 : b.level === 'item' ? STYLE.heading2 : STYLE.heading3;
  const lead = [number, b.level === 'section' ? upperVi(title) : title].filter(Boolean).join(' ');
  const children = [run(lead)];
  if (text) children.push(run(` ${text}`, STYLE.plain));
  // A heading that carries its own text is a real paragraph: do not chain it to the next one.
  return new Paragraph({ style, children, ...(text ? { keepNext: false } : {}) });
}

export function buildBlock(b: Block): Paragraph | undefined {
  switch (b.kind) {
    case 'paragraph': {
      const text = cleanInline(b.text);
      if (!text) return undefined;
      const charStyle = b.bold ? STYLE.strong : b.italic ? STYLE.emphasis : undefined;
      return para(STYLE.body, [run(text, charStyle)], b.align ? { alignment: ALIGN[b.align] } : {});
    }
    case 'heading':
      return heading(b);
    case 'bullet': {
      const text = stripMarker(b.text, '-');
      return text ? para(STYLE.bullet, `- ${text}`) : undefined;
    }
    case 'plus': {
      const text = stripMarker(b.text, '+');
      return text ? para(STYLE.plus, `+ ${text}`) : undefined;
    }
  }
}

function tableBlock(b: TableBlock, contentWidth: number, tables: RawTables): (Paragraph | Table)[] {
  if (b.table.columns.length === 0) return [];
  const out: (Paragraph | Table)[] = [];
  const title = cleanInline(b.title);
  if (title) out.push(para(STYLE.tableCaption, title));
  const unit = cleanInline(b.table.unit);
  if (unit) out.push(para(STYLE.tableUnit, unit));
  out.push(buildDataTable(b.table, contentWidth, tables));
  // Word glues a following paragraph to the table's bottom border without it.
  out.push(para(STYLE.table, ''));
  return out;
}

export function buildBodyBlocks(blocks: BodyBlock[], contentWidth: number, tables: RawTables): (Paragraph | Table)[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table') return tableBlock(b, contentWidth, tables);
    const p = buildBlock(b);
    return p ? [p] : [];
  });
}

export function buildSections(sections: DocSection[], contentWidth: number, tables: RawTables): (Paragraph | Table)[] {
  return sections.flatMap((s, i) => {
    const numeral = normaliseNumber(s.numeral || toRoman(i + 1), 'section');
    const title = heading({ kind: 'heading', level: 'section', number: numeral, title: s.title });
    return [...(title ? [title] : []), ...buildBodyBlocks(s.blocks, contentWidth, tables)];
  });
}

/** The closing sentence, ending with './.'; kept with the signature block that follows. */
export function buildClosing(closing: string): Paragraph[] {
  const text = cleanInline(closing);
  return text ? [new Paragraph({ style: STYLE.body, keepNext: true, children: [run(withEndMark(text))] })] : [];
}

/** Ends the last narrative paragraph with './.' when there is no closing sentence to carry it. */
export function endMarkOnLastBlock(sections: DocSection[]): DocSection[] {
  const copy = sections.map((s) => ({ ...s, blocks: [...s.blocks] }));
  for (let si = copy.length - 1; si >= 0; si--) {
    const blocks = copy[si]!.blocks;
    for (let bi = blocks.length - 1; bi >= 0; bi--) {
      const b = blocks[bi]!;
      if (b.kind === 'paragraph' || b.kind === 'bullet' || b.kind === 'plus') {
        if (!cleanInline(b.text)) continue;
        blocks[bi] = { ...b, text: withEndMark(b.text) };
        return copy;
      }
    }
  }
  return copy;
}
