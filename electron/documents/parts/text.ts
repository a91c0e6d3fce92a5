/**
 * String hygiene for everything that reaches document.xml. Narrative comes from people and
 * pasted PDFs: tabs, control characters, lone surrogates, decomposed accents. A character XML 1.0
 * forbids makes Word refuse the whole file, so every run goes through cleanText.
 */

// Forbidden in XML 1.0 (C0 controls except \t \n \r, U+FFFE/U+FFFF) plus C1 controls, which never belong in Vietnamese text.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Keeps line breaks as '\n'; drops what XML forbids; tabs become spaces; accents composed (NFC). */
export function cleanText(input: string | null | undefined): string {
  if (!input) return '';
  return input
    .replace(LONE_SURROGATE, '')
    .replace(INVALID_XML, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .normalize('NFC');
}

/** One paragraph of running text: hard wraps (PDF copy artefacts) become spaces, runs of spaces collapse. */
export function cleanInline(input: string | null | undefined): string {
  return cleanText(input)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Text for one run: like cleanInline but keeps leading/trailing spaces that join runs. */
export function cleanRun(input: string | null | undefined): string {
  return cleanText(input)
    .replace(/ *\n+ */g, ' ')
    .replace(/ {2,}/g, ' ');
}

/** Explicit lines (agency names, authority titles): split on '\n', trimmed, empty lines dropped. */
export function cleanLines(input: string | null | undefined): string[] {
  return cleanText(input)
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** Replaces whatever punctuation a line ends with by `mark` (';' or '.'). */
export function withEnding(line: string, mark: string): string {
  const core = cleanInline(line).replace(/[\s;.,:]+$/u, '');
  return core + mark;
}

export const END_MARK = './.';

/** The body of a plan or report ends with "./." (Decree 30 practice, as in the seed). */
export function withEndMark(line: string): string {
  const t = cleanInline(line);
  if (t.endsWith(END_MARK)) return t;
  if (t.endsWith('.')) return t + '/.';
  return t.replace(/[\s;,:]+$/u, '') + END_MARK;
}

/** Strips a leading "- " / "+ " a person typed, so the builder's own marker is not doubled. */
export function stripMarker(line: string, marker: '-' | '+'): string {
  const re = marker === '-' ? /^[-–—•]\s*/u : /^\+\s*/u;
  return cleanInline(line).replace(re, '');
}

export const upperVi = (s: string): string => s.toLocaleUpperCase('vi-VN');

/** 1 → 'I' … for section numerals computed from the position. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = Math.max(1, Math.floor(n));
  let out = '';
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
