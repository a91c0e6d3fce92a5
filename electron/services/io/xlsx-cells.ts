/**
 * One <c> element of a sheet turned into the plain value the imports see, exactly as the former
 * exceljs path gave it (exceljs's cell model, its reconcile step, then extract's plain()). The
 * quirks are kept on purpose so every import reads a file as before; each is marked "exceljs:".
 */
import type { CellValue } from './sheet';
import { runsText } from './xlsx-book';
import { findTag, tagEnd, xmlText } from './xlsx-xml';

export interface CellContext {
  /** Shared strings by index (null: an empty <si/>); null when the workbook has no sharedStrings part. */
  strings: (string | null)[] | null;
  /** By cell style index: does the style show numbers as dates. */
  dateStyles: boolean[];
  date1904: boolean;
  /** Cell addresses (as written in the file) that carry an external hyperlink. */
  hyperlinks: Set<string>;
  /** Shared formulas of this sheet: si → the master cell's address. */
  formulae: Map<string, string | undefined>;
}

/** The attributes of a <c> start tag that matter. */
export interface CellTag {
  r: string | undefined;
  t: string | undefined;
  s: string | undefined;
}

/** exceljs's serial → Date (with JavaScript's number coercion of odd results). */
const excelToDate = (v: unknown, date1904: boolean) =>
  new Date(Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** exceljs's second decoding of "str" texts (its xmlDecode, named entities only). */
const decodeAgain = (s: string) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&([a-z]*);/g, (c) =>
        c === '&lt;' ? '<' : c === '&gt;' ? '>' : c === '&amp;' ? '&' : c === '&apos;' ? "'" : c === '&quot;' ? '"' : c,
      );

/** Raised where exceljs itself fails to load the workbook (e.g. a shared string that does not exist). */
export class CorruptPart extends Error {}

/** The decoded inner text of the first <name> element of `inner`, or undefined (none or empty). */
function childText(inner: string, name: string): string | undefined {
  const i = findTag(inner, name, 0);
  if (i < 0) return undefined;
  const { end, empty } = tagEnd(inner, i);
  if (empty) return undefined;
  const close = inner.indexOf(`</${name}>`, end);
  const raw = inner.slice(end, close < 0 ? inner.length : close);
  return raw === '' ? undefined : xmlText(raw);
}

/** plain() of extract for the values a cell model can hold here. */
const plain = (v: unknown): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) return { error: String((v as { error: unknown }).error) };
  return v as CellValue;
};

/**
 * The value of one cell: `inner` is the XML between <c ...> and </c> (null for <c/>). Returns
 * undefined for a cell exceljs does not keep at all (no value and no style: it cannot replace an
 * earlier cell of the same address nor count as the previous cell of an address-less one).
 */
export function cellValue(tag: CellTag, inner: string | null, ctx: CellContext): CellValue | undefined {
  const styleId = tag.s === undefined ? 0 : parseInt(tag.s, 10);
  let f: {
    text: string | undefined;
    type: string | undefined;
    si: string | undefined;
    ref: string | undefined;
  } | null = null;
  let value: string | undefined;
  if (inner !== null && inner !== '') {
    // Fast path: a lone value (numbers, shared strings), by far the most common cell.
    if (
      inner.charCodeAt(0) === 60 &&
      inner.startsWith('<v>') &&
      inner.indexOf('<', 3) === inner.length - 4 &&
      inner.endsWith('</v>')
    ) {
      const raw = inner.slice(3, -4);
      value = raw === '' ? undefined : raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : xmlText(raw);
    } else {
      const fi = findTag(inner, 'f', 0);
      if (fi >= 0) {
        const { end, empty } = tagEnd(inner, fi);
        const head = inner.slice(fi, end);
        const close = empty ? -1 : inner.indexOf('</f>', end);
        const raw = empty ? '' : inner.slice(end, close < 0 ? inner.length : close);
        f = {
          text: raw === '' ? undefined : xmlText(raw),
          type: attrOf(head, 't'),
          si: attrOf(head, 'si'),
          ref: attrOf(head, 'ref'),
        };
      }
      value = childText(inner, 'v');
      if (value === undefined && inner.indexOf('<r') >= 0) value = runsText(inner, 0, inner.length) ?? undefined;
      if (value === undefined) value = childText(inner, 't');
    }
  }
  const isDate = !!styleId && ctx.dateStyles[styleId] === true;
  // exceljs: a formula cell is one with formula text or a type on <f> (shared, array).
  if (f && (f.text || f.type)) {
    let result: unknown;
    if (value) {
      if (tag.t === 'str') result = decodeAgain(value);
      else if (tag.t === 'b') result = parseInt(value, 10) !== 0;
      else if (tag.t === 'e') result = { error: value };
      else result = parseFloat(value);
    } else if (tag.t === 'str') result = ''; // a text formula showing nothing: <v></v>
    if (result !== undefined && isDate) result = excelToDate(result, ctx.date1904);
    let shared: string | undefined;
    if (f.type === 'shared') {
      if (f.ref) ctx.formulae.set(f.si ?? 'undefined', tag.r);
      else shared = ctx.formulae.get(f.si ?? 'undefined');
    }
    // exceljs: a hyperlink cell's value is its text, here the formula's result.
    if (tag.r !== undefined && ctx.hyperlinks.has(tag.r)) return plain(result);
    const formula = f.text || shared;
    if (!formula) return null;
    // A formula showing nothing (="" in a template) is an empty cell, as the person sees it. A result
    // of 0 or FALSE is a value (exceljs dropped such results, and imports then refused an amount
    // formula giving 0 as «chưa có kết quả»).
    if (result === '') return null;
    const kept = plain(result);
    return kept === null ? { formula } : { formula, result: kept };
  }
  if (value === undefined) return styleId ? null : undefined;
  switch (tag.t) {
    case 's': {
      const index = parseInt(value, 10);
      if (ctx.strings === null) return index;
      const s = ctx.strings[index];
      if (s === undefined) throw new CorruptPart();
      return s;
    }
    case 'str':
      return decodeAgain(value);
    case 'inlineStr':
      return value;
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return { error: value };
    default: {
      const n = parseFloat(value);
      return isDate ? excelToDate(n, ctx.date1904) : n;
    }
  }
}

/** A raw attribute of a short start tag (for <f>). */
function attrOf(head: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(head);
  return m ? xmlText(m[2] ?? m[3] ?? '') : undefined;
}
