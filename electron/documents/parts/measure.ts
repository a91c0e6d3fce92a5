/**
 * Rough text widths in Times New Roman, enough to size the short solid rules the decree asks
 * for (under the agency: 1/3–1/2 of its text; under the motto: as long as the text). Advance
 * widths are per 1000 em, read from Liberation Serif, which is metric-compatible with Times New Roman.
 */

const ASCII = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
// prettier-ignore
const REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541];
// prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520];
// Letters whose base (after NFD) is not ASCII or is wider than the base.
const EXTRA_REGULAR: Record<string, number> = { Đ: 722, đ: 500, Ư: 776, ư: 542, Ơ: 722, ơ: 529 };
const EXTRA_BOLD: Record<string, number> = { Đ: 722, đ: 556, Ư: 796, ư: 600, Ơ: 778, ơ: 554 };

function charWidth(ch: string, bold: boolean): number {
  const extra = bold ? EXTRA_BOLD : EXTRA_REGULAR;
  const direct = extra[ch];
  if (direct !== undefined) return direct;
  const parts = [...ch.normalize('NFD')];
  const base = parts[0] ?? ch;
  // Ư/Ơ with a tone mark (ự, ở …) keep the horn's wider advance.
  const horned = parts.includes('\u031B') ? extra[(base + '\u031B').normalize('NFC')] : undefined;
  if (horned !== undefined) return horned;
  const i = ASCII.indexOf(base);
  if (i >= 0) return (bold ? BOLD : REGULAR)[i] ?? 500;
  return 1000; // emoji, CJK: assume a full em
}

/** Width in twips of one line of text at `sizePt`. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return Math.round((units / 1000) * sizePt * 20);
}

/** Greedy word wrap, as Word does it, returning the widest resulting line in twips. */
export function widestWrappedLine(text: string, sizePt: number, bold: boolean, available: number): number {
  let widest = 0;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidthTwips(candidate, sizePt, bold) > available) {
      widest = Math.max(widest, textWidthTwips(line, sizePt, bold));
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) widest = Math.max(widest, textWidthTwips(line, sizePt, bold));
  return Math.min(widest, available);
}
