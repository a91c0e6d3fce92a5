/**
 * The workbook-wide parts the sheet reader needs, read as exceljs reads them: the sheets (names,
 * order, parts), the 1904 date system, the shared strings and which cell styles show dates.
 */
import { attr, attrText, eachElement, findTag, partText, tagEnd, xmlText } from './xlsx-xml';

/** Built-in number formats that show dates or times (exceljs's table, ids 14–22 and 45–47). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's test: a date letter once [..] and "..." are removed. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export interface SheetRef {
  name: string;
  /** The part's name in the zip, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

/** Relationship id → target, from a .rels part. */
export function readRels(xml: string): Map<string, string> {
  const rels = new Map<string, string>();
  eachElement(xml, 'Relationship', 0, xml.length, (s, e) => {
    const id = attrText(xml, s, e, 'Id');
    if (id !== undefined) rels.set(id, attrText(xml, s, e, 'Target') ?? '');
  });
  return rels;
}

/** A worksheet part exceljs loads (it matches this pattern in the part's name). */
export const isSheetPart = (name: string) => /xl\/worksheets\/sheet(\d+)[.]xml/.test(name);

/** The sheet's name, or null where exceljs refuses it (and with it the whole workbook). */
function sheetName(name: string | undefined, taken: string[]): string | null {
  // A sheet without a name (the format requires one) fails in exceljs too; so does a name over 31
  // characters (exceljs cuts it, then finds the cut name taken by the sheet itself).
  if (name === undefined || name === '' || name === 'History' || name.length > 31) return null;
  if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) return null;
  if (taken.includes(name.toLowerCase())) return null;
  taken.push(name.toLowerCase());
  return name;
}

/**
 * The sheets in workbook order that have a loadable part; throws 'corrupt' (a plain Error) where
 * exceljs would fail to load the workbook.
 */
export function readSheets(
  workbookXml: string,
  relsXml: string,
  hasPart: (name: string) => boolean,
): { sheets: SheetRef[]; date1904: boolean } {
  const rels = readRels(relsXml);
  const pr = findTag(workbookXml, 'workbookPr', 0);
  const date1904 = pr >= 0 && attrText(workbookXml, pr, tagEnd(workbookXml, pr).end, 'date1904') === '1';
  const sheets: SheetRef[] = [];
  const taken: string[] = [];
  const slotOfId = new Map<number, number>();
  eachElement(workbookXml, 'sheet', 0, workbookXml.length, (s, e) => {
    const rid = attrText(workbookXml, s, e, 'r:id');
    const target = rid === undefined ? undefined : rels.get(rid);
    if (target === undefined) return;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!isSheetPart(part) || !hasPart(part)) return;
    const id = parseInt(attrText(workbookXml, s, e, 'sheetId') ?? '', 10);
    const name = sheetName(attrText(workbookXml, s, e, 'name'), taken);
    if (name === null) throw new Error('corrupt');
    // exceljs keeps sheets by their id (from 1): a repeated id replaces the earlier sheet in its place.
    if (!(id >= 1)) return;
    const at = slotOfId.get(id);
    if (at === undefined) slotOfId.set(id, sheets.push({ name, part }) - 1);
    else sheets[at] = { name, part };
  });
  return { sheets, date1904 };
}

/** exceljs's _xHHHH_ unescaping of <t> texts of shared strings and rich-text runs (upper-case hex only). */
const unescapeX = (s: string) =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** The text of a <t> element's inner XML. */
export const tText = (inner: string | null) => unescapeX(inner === null ? '' : xmlText(inner));

/**
 * The concatenated run texts of rich text inside xml[from, to), or null if there are no runs.
 * A run without <t> adds nothing, as exceljs's join does.
 */
export function runsText(xml: string, from: number, to: number): string | null {
  let runs: string | null = null;
  eachElement(xml, 'r', from, to, (_s, e, inner) => {
    runs ??= '';
    if (inner === null) return;
    const t = findTag(inner, 't', 0);
    if (t < 0) return;
    const { end, empty } = tagEnd(inner, t);
    if (empty) return;
    const close = inner.indexOf('</t>', end);
    runs += tText(inner.slice(end, close < 0 ? inner.length : close));
    void e;
  });
  return runs;
}

/**
 * Shared strings by index: the text, or null for an empty <si/> (exceljs gives an empty object,
 * which reads as no value). Phonetic runs (<rPh>) are not part of the text.
 */
export function readSharedStrings(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  eachElement(xml, 'si', 0, xml.length, (_s, _e, inner) => {
    if (inner === null) return void out.push(null);
    let body = inner;
    if (body.indexOf('<rPh') >= 0) body = body.replace(/<rPh[\s>][\s\S]*?<\/rPh>|<rPh\b[^>]*\/>/g, '');
    const runs = runsText(body, 0, body.length);
    if (runs !== null) return void out.push(runs);
    const t = findTag(body, 't', 0);
    if (t < 0) return void out.push(null);
    const { end, empty } = tagEnd(body, t);
    if (empty) return void out.push('');
    const close = body.indexOf('</t>', end);
    out.push(tText(body.slice(end, close < 0 ? body.length : close)));
  });
  return out;
}

/** For each cell style index (cellXfs), whether exceljs turns its numbers into dates. */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const numFmts = findTag(xml, 'numFmts', 0);
  if (numFmts >= 0) {
    const close = xml.indexOf('</numFmts>', numFmts);
    eachElement(xml, 'numFmt', numFmts + 8, close < 0 ? xml.length : close, (s, e) => {
      const id = parseInt(attr(xml, s, e, 'numFmtId') ?? '', 10);
      const code = attrText(xml, s, e, 'formatCode');
      if (code !== undefined) custom.set(id, code);
    });
  }
  const dates: boolean[] = [];
  const xfs = findTag(xml, 'cellXfs', 0);
  if (xfs < 0) return dates;
  const close = xml.indexOf('</cellXfs>', xfs);
  eachElement(xml, 'xf', xfs + 8, close < 0 ? xml.length : close, (s, e) => {
    const id = parseInt(attr(xml, s, e, 'numFmtId') ?? '', 10);
    // exceljs: a zero or missing id has no format; a custom format overrides the built-in one.
    const code = id ? custom.get(id) : undefined;
    dates.push(id ? (code ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) : false);
  });
  return dates;
}

export { partText };
