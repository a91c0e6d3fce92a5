/**
 * Data tables are written as WordprocessingML text rather than as docx objects: a 10,000-row annex
 * otherwise costs seconds in object construction and serialisation. While a document is built,
 * each table leaves a placeholder paragraph carrying a token; packing swaps the paragraph for the
 * table's XML (see pack.ts).
 */
let active: Map<string, string> | null = null;
let counter = 0;

export function beginRawTables(): void {
  active = new Map();
  counter = 0;
}

export function endRawTables(): Map<string, string> {
  const out = active ?? new Map<string, string>();
  active = null;
  return out;
}

/** Registers a table's XML and returns the token its placeholder paragraph carries. */
export function registerRawTable(xml: string): string {
  if (!active) throw new Error('raw table outside a document build');
  const token = `NTMRAWTABLE${++counter}X`;
  active.set(token, xml);
  return token;
}

/** Replaces each placeholder paragraph (the whole <w:p> holding the token) with its table. */
export function spliceRawTables(documentXml: string, tables: Map<string, string>): string {
  if (!tables.size) return documentXml;
  return documentXml.replace(/<w:p>(?:(?!<\/w:p>).)*?(NTMRAWTABLE\d+X)(?:(?!<\/w:p>).)*?<\/w:p>/gs, (whole, token: string) => tables.get(token) ?? whole);
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const xmlText = (s: string): string => s.replace(/[&<>"]/g, (c) => ESC[c]!);
