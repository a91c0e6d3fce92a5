/**
 * Packing and writing .docx files. Output is deterministic: docProps/core.xml dates and every
 * zip entry time are pinned (docx stamps "now" into both), so the same model gives the same bytes.
 * Writing the bytes is not done here (documents/ holds no I/O): the caller writes them atomically.
 */
import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { BuiltDocument, PackMeta } from './parts/official-document';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function coreXml(meta: PackMeta): string {
  const at = new Date(meta.timestampIso).toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (meta.title ? `<dc:title>${escapeXml(meta.title)}</dc:title>` : '') +
    `<dc:creator>${escapeXml(meta.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(meta.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** MS-DOS time and date words of a UTC instant (zip entries have no time zone; 1980 is the floor). */
function dosDateTime(iso: string): { time: number; date: number } {
  const d = new Date(iso);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** Overwrites the modification time of every entry, in the central directory and the local headers. */
export function pinZipTimestamps(zip: Buffer, iso: string): Buffer {
  const { time, date } = dosDateTime(iso);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('docx: zip end record not found');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('docx: bad central directory');
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('docx: bad local header');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

/** Zips named parts in order; the services pass a native one (electron/services/documents/zip.ts). */
export type ZipParts = (parts: [name: string, data: Uint8Array][]) => Buffer;

const zipInJs: ZipParts = (parts) => Buffer.from(zipSync(Object.fromEntries(parts), { level: 6 }));

/** The .docx bytes, with dates pinned to the document's own timestamp. Writing them is the caller's job. */
export async function packDocument(
  { document, meta, tables }: BuiltDocument,
  zip: ZipParts = zipInJs,
): Promise<Buffer> {
  let buffer: Buffer = Buffer.from(
    await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(meta) }]),
  );
  if (tables.size) {
    // Swap the placeholder paragraphs for the data tables' XML (raw-tables.ts), keeping entry order.
    const files = unzipSync(buffer);
    files['word/document.xml'] = strToU8(tables.splice(strFromU8(files['word/document.xml']!)));
    buffer = zip(Object.entries(files));
  }
  return pinZipTimestamps(buffer, meta.timestampIso);
}
