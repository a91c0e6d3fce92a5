/**
 * Scans one worksheet part into the rows that hold values, with indexOf / char-code loops (no
 * DOM, no regular expression per cell). Merged ranges are read first (they follow the cells in
 * the file) so covered cells are skipped as extract skipped them; rows come out in ascending
 * order, a repeated row number replacing the earlier row, as exceljs kept them.
 */
import type { CellValue } from './sheet';
import { cellValue, CorruptPart, type CellContext, type CellTag } from './xlsx-cells';
import { attr, attrText, eachElement, endsName, findTag, tagEnd, xmlText } from './xlsx-xml';

export interface ScanLimits {
  rows: number;
  columns: number;
  /** The refusal when a sheet has more rows with values than `rows`; `r` is the first row past it. */
  tooMany: (r: number) => Error;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B12" (or "$B$12") → [row, column]; [NaN, 0] when it is not an address. */
function decodeRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36 /* $ */) continue;
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return [NaN, 0];
    row = row * 10 + (c - 48);
    digits++;
  }
  return [digits ? row : NaN, col];
}

function readMerges(xml: string, from: number): Range[] {
  const at = findTag(xml, 'mergeCells', from);
  if (at < 0) return [];
  const close = xml.indexOf('</mergeCells>', at);
  const out: Range[] = [];
  eachElement(xml, 'mergeCell', at + 11, close < 0 ? xml.length : close, (s, e) => {
    const ref = attrText(xml, s, e, 'ref');
    if (!ref) return;
    const [a, b = a] = ref.split(':') as [string, string?];
    const [r1, c1] = decodeRef(a);
    const [r2, c2] = decodeRef(b);
    if (!(r1 > 0 && r2 > 0 && c1 > 0 && c2 > 0)) return;
    out.push({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) });
  });
  return out.sort((x, y) => x.top - y.top);
}

/** Addresses with an external hyperlink (a relationship id); a missing relationship fails as in exceljs. */
export function readHyperlinks(xml: string, from: number, rels: Map<string, string> | null): Set<string> {
  const out = new Set<string>();
  const at = findTag(xml, 'hyperlinks', from);
  if (at < 0) return out;
  const close = xml.indexOf('</hyperlinks>', at);
  eachElement(xml, 'hyperlink', at + 11, close < 0 ? xml.length : close, (s, e) => {
    const rid = attrText(xml, s, e, 'r:id');
    if (!rid) return;
    const target = rels?.get(rid);
    if (target === undefined) throw new CorruptPart();
    if (target) out.add(attrText(xml, s, e, 'ref') ?? 'undefined');
  });
  return out;
}

/** The attributes r, t, s of the start tag at `lt` (a <c>), and where the tag ends. */
function readCellTag(xml: string, lt: number): CellTag & { end: number; empty: boolean } {
  const tag: CellTag & { end: number; empty: boolean } = {
    r: undefined,
    t: undefined,
    s: undefined,
    end: 0,
    empty: false,
  };
  let i = lt + 2;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62 /* > */ || c === 47 /* / */ || Number.isNaN(c)) {
      const gt = xml.indexOf('>', i);
      tag.end = gt < 0 ? xml.length : gt + 1;
      tag.empty = c !== 62;
      return tag;
    }
    const nameStart = i;
    while (c !== 61 /* = */ && c !== 32 && c !== 62 && !Number.isNaN(c)) c = xml.charCodeAt(++i);
    const nameLen = i - nameStart;
    while (c !== 34 && c !== 39 && c !== 62 && !Number.isNaN(c)) c = xml.charCodeAt(++i);
    if (c === 62 || Number.isNaN(c)) continue;
    const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
    if (close < 0) throw new CorruptPart();
    if (nameLen === 1) {
      const raw = xml.slice(i + 1, close);
      const value = raw.indexOf('&') < 0 ? raw : xmlText(raw);
      const n = xml.charCodeAt(nameStart);
      if (n === 114) tag.r = value;
      else if (n === 116) tag.t = value;
      else if (n === 115) tag.s = value;
    }
    i = close + 1;
  }
}

type RowEntry = [number, CellValue[], number];

/** Receives a sheet's rows while it is scanned (the reading worker posts them on at once). */
export interface RowStream {
  /** The next rows with values, in ascending order, a batch at a time. */
  rows(batch: [number, CellValue[]][]): void;
  /** The rows turn out not to be in ascending order: the batches so far do not count, and none follow. */
  reset(): void;
}

/** Rows per batch handed to a RowStream: small enough that the reader of the rows starts early. */
export const STREAM_BATCH = 500;

/** The sheet's rows with values: [row number, values by column]. */
export function scanSheet(
  xml: string,
  ctx: Omit<CellContext, 'hyperlinks' | 'formulae'>,
  rels: Map<string, string> | null,
  limits: ScanLimits,
  progress?: (fraction: number) => void,
  stream?: RowStream,
): [number, CellValue[]][] {
  const sd = findTag(xml, 'sheetData', 0);
  if (sd < 0) return [];
  const head = tagEnd(xml, sd);
  if (head.empty) return [];
  let sdEnd = xml.indexOf('</sheetData>', head.end);
  if (sdEnd < 0) sdEnd = xml.length;
  const merges = readMerges(xml, sdEnd);
  const cellCtx: CellContext = { ...ctx, hyperlinks: readHyperlinks(xml, sdEnd, rels), formulae: new Map() };

  const all: RowEntry[] = [];
  let ascending = true;
  let valued = 0;
  let prevRow = 0;
  // Merged ranges that reach the current row (a sweep over ranges sorted by their top row).
  let nextMerge = 0;
  let active: Range[] = [];
  let activeRow = 0;
  let p = head.end;
  let batch: [number, CellValue[]][] = [];
  for (;;) {
    const lt = findTag(xml, 'row', p, sdEnd);
    if (lt < 0) break;
    const { end, empty } = tagEnd(xml, lt);
    const rAttr = attr(xml, lt, end, 'r');
    const r = rAttr === undefined ? prevRow + 1 : parseInt(rAttr, 10);
    if (r <= prevRow && ascending) {
      ascending = false;
      stream?.reset();
      stream = undefined;
    }
    prevRow = r;
    const close = empty ? end : xml.indexOf('</row>', end);
    const rowEnd = close < 0 ? sdEnd : close;
    p = empty ? end : rowEnd + 6;
    if (!(r >= 1)) continue;
    if (merges.length) {
      if (r < activeRow) {
        nextMerge = 0;
        active = [];
      }
      activeRow = r;
      while (nextMerge < merges.length && merges[nextMerge]!.top <= r) active.push(merges[nextMerge++]!);
      active = active.filter((m) => m.bottom >= r);
    }
    const cells: CellValue[] = [];
    let count = 0;
    let prevCol = 0;
    let q = end;
    while (!empty) {
      const ci = xml.indexOf('<c', q);
      if (ci < 0 || ci >= rowEnd) break;
      if (!endsName(xml.charCodeAt(ci + 2))) {
        q = ci + 2;
        continue;
      }
      const tag = readCellTag(xml, ci);
      let inner: string | null = null;
      q = tag.end;
      if (!tag.empty) {
        const cc = xml.indexOf('</c>', tag.end);
        const stop = cc < 0 || cc > rowEnd ? rowEnd : cc;
        inner = xml.slice(tag.end, stop);
        q = stop + 4;
      }
      const v = cellValue(tag, inner, cellCtx);
      if (v === undefined) continue;
      const col = tag.r === undefined ? prevCol + 1 : decodeRef(tag.r)[1];
      prevCol = col;
      if (col > limits.columns || col < 1) continue;
      if (active.length && active.some((m) => m.left <= col && col <= m.right && (m.top !== r || m.left !== col)))
        continue;
      if (v === null || v === '') {
        if (cells[col] !== undefined) {
          cells[col] = undefined as unknown as CellValue;
          count--;
        }
        continue;
      }
      if (cells[col] === undefined) count++;
      cells[col] = v;
    }
    all.push([r, cells, count]);
    if (progress && (all.length & 4095) === 0) progress(p / sdEnd);
    if (count && ascending && ++valued > limits.rows) throw limits.tooMany(r);
    if (count && stream) {
      batch.push([r, cells]);
      if (batch.length === STREAM_BATCH) {
        stream.rows(batch);
        batch = [];
      }
    }
  }
  if (stream && batch.length) stream.rows(batch);
  return keptRows(all, ascending, limits);
}

/** Rows in ascending order, the last of a repeated number kept, capped at the limit. */
function keptRows(all: RowEntry[], ascending: boolean, limits: ScanLimits): [number, CellValue[]][] {
  let rows = all;
  if (!ascending) {
    const byNumber = new Map<number, RowEntry>();
    for (const e of all) byNumber.set(e[0], e);
    rows = [...byNumber.values()].sort((a, b) => a[0] - b[0]);
  }
  const out: [number, CellValue[]][] = [];
  for (const [r, cells, count] of rows) {
    if (!count) continue;
    if (out.length >= limits.rows) throw limits.tooMany(r);
    out.push([r, cells]);
  }
  return out;
}
