/**
 * Small XML helpers for the workbook reader: parts are scanned with indexOf and char codes (no
 * DOM). Text and attribute values are decoded as an XML parser gives them to exceljs: the five
 * named entities, &#NNN; and &#xHH;, and line ends normalised to "\n".
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes entities and line ends of text taken verbatim from the XML. */
export function xmlText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = name.charCodeAt(1) === 120 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/** An attribute value as a parser gives it: literal line ends and tabs become spaces. */
export function xmlAttrValue(raw: string): string {
  return xmlText(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ') : raw);
}

/** Is `c` a character that may follow a tag name ("<c " "<c>" "<c/")? */
export const endsName = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/**
 * Finds the next element `<name` from `from` (the name ending there), returning the index of its
 * "<" or -1 if none before `end`.
 */
export function findTag(xml: string, name: string, from: number, end = xml.length): number {
  const open = '<' + name;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < end) {
    if (endsName(xml.charCodeAt(i + open.length))) return i;
    i = xml.indexOf(open, i + open.length);
  }
  return -1;
}

/** The raw value of attribute `name` in the start tag xml[start, stop), or undefined. */
export function attr(xml: string, start: number, stop: number, name: string): string | undefined {
  let i = start;
  for (;;) {
    i = xml.indexOf(name, i);
    if (i < 0 || i >= stop) return undefined;
    const before = xml.charCodeAt(i - 1);
    let j = i + name.length;
    while (xml.charCodeAt(j) === 32) j++;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && xml.charCodeAt(j) === 61 /* = */) {
      j++;
      while (xml.charCodeAt(j) === 32) j++;
      const q = xml.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = xml.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0 || close >= stop) return undefined;
        return xml.slice(j + 1, close);
      }
    }
    i += name.length;
  }
}

/** A decoded attribute value (see attr). */
export function attrText(xml: string, start: number, stop: number, name: string): string | undefined {
  const raw = attr(xml, start, stop, name);
  return raw === undefined ? undefined : xmlAttrValue(raw);
}

/** The index just past the ">" of the start tag at `lt`, and whether it closes itself ("/>"). */
export function tagEnd(xml: string, lt: number): { end: number; empty: boolean } {
  // Attribute values may hold ">" only in theory (writers escape it); quotes are honoured.
  let i = lt + 1;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (Number.isNaN(c)) return { end: xml.length, empty: true };
    if (c === 62) return { end: i + 1, empty: xml.charCodeAt(i - 1) === 47 };
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      i = close < 0 ? xml.length : close + 1;
      continue;
    }
    i++;
  }
}

/** Each element `<name ...>` inside xml[from, to): its start-tag bounds and inner text range. */
export function eachElement(
  xml: string,
  name: string,
  from: number,
  to: number,
  cb: (tagStart: number, tagStop: number, inner: string | null) => void,
): void {
  let i = findTag(xml, name, from, to);
  while (i >= 0) {
    const { end, empty } = tagEnd(xml, i);
    if (empty) {
      cb(i, end, null);
      i = findTag(xml, name, end, to);
      continue;
    }
    const close = xml.indexOf('</' + name + '>', end);
    const stop = close < 0 || close > to ? to : close;
    cb(i, end, xml.slice(end, stop));
    i = findTag(xml, name, stop, to);
  }
}

/** A part's bytes as text (UTF-8, a byte-order mark dropped). */
export function partText(bytes: Uint8Array | undefined): string {
  if (!bytes) return '';
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
