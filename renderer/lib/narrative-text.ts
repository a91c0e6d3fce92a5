import type { Block } from '../../shared/models/documents';

/**
 * Narrative sections are edited as plain text, one block per line, the way staff type in Word:
 *   "1. Tên mục"        → numbered item heading (bold); "1. Tên mục | phần thường" keeps regular text after it
 *   "a) Tên điểm"       → point heading
 *   "- nội dung"        → "-" bullet;  "+ nội dung" → "+" sub-bullet
 *   anything else       → paragraph
 * The conversion is lossless for what the builders print.
 */
const ITEM = /^(\d{1,2}(?:\.\d{1,2})*\.)\s+(.*)$/;
const POINT = /^([a-zđ]\))\s+(.*)$/;

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'bullet':
          return `- ${b.text}`;
        case 'plus':
          return `+ ${b.text}`;
        case 'heading': {
          const head = `${b.number ? b.number + ' ' : ''}${b.title}`;
          return b.text ? `${head} | ${b.text}` : head;
        }
        default:
          return b.text;
      }
    })
    .join('\n');
}

export function textToBlocks(text: string): Block[] {
  const out: Block[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (/^[-–•]\s/.test(line)) out.push({ kind: 'bullet', text: line.replace(/^[-–•]\s+/, '') });
    else if (/^\+\s/.test(line)) out.push({ kind: 'plus', text: line.replace(/^\+\s+/, '') });
    else {
      const m = ITEM.exec(line) ?? POINT.exec(line);
      if (m) {
        const level = ITEM.test(line) ? 'item' : 'point';
        const [title, ...rest] = m[2]!.split(' | ');
        const block: Block = { kind: 'heading', level, number: m[1]!, title: title!.trim() };
        if (rest.length) block.text = rest.join(' | ').trim();
        out.push(block);
      } else out.push({ kind: 'paragraph', text: line });
    }
  }
  return out;
}

/** Legal bases, recipients and authority lines: one per line. */
export const linesToList = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim().replace(/^[-–•]\s+/, ''))
    .filter(Boolean);
