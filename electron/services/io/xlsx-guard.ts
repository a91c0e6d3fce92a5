/**
 * Checks a workbook's bytes before anything reads them: the file size, the zip's entry count and
 * the real inflated size of every entry (counted while inflating, so a zip that lies about its
 * sizes is caught too). Every refusal says what the limit is.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/errors';

export const XLSX_LIMITS = {
  /** Bytes of the .xlsx file itself. */
  fileBytes: 30 * 1024 * 1024,
  /** Entries (parts) of the zip; a sheet export has about ten. */
  entries: 1_000,
  /** Bytes of all parts once inflated. */
  inflatedBytes: 150 * 1024 * 1024,
  /** Rows with values read from one sheet. */
  rowsPerSheet: 100_000,
  /** Columns read; cells further right are ignored. */
  columns: 500,
  /** Characters of one cell (longer texts are refused where they are read). */
  cellChars: 32_767,
} as const;

const mb = (n: number) => `${Math.round(n / 1024 / 1024).toLocaleString('vi-VN')} MB`;
const refuse = (fileName: string, why: string) => new AppError('IMPORT_INVALID', `Tệp «${fileName}» ${why}`);

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared; an entry inflating past it is refused (a lying zip). */
  size: number;
  localOffset: number;
}

/** Reads the zip's central directory (no inflating yet). */
function centralDirectory(bytes: Uint8Array, fileName: string, maxEntries: number): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notXlsx = () => refuse(fileName, 'bị hỏng hoặc không phải sổ Excel (.xlsx): thiếu mục lục của tệp nén.');
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw refuse(fileName, 'là tệp nén dạng ZIP64, quá lớn cho một sổ Excel của ứng dụng.');
  if (count > maxEntries)
    throw refuse(
      fileName,
      `có ${count.toLocaleString('vi-VN')} phần nén bên trong, quá giới hạn ${maxEntries.toLocaleString('vi-VN')} phần.`,
    );
  if (cdOffset + cdSize > eocd) throw notXlsx();
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw notXlsx();
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

type Limits = Pick<typeof XLSX_LIMITS, 'fileBytes' | 'entries' | 'inflatedBytes'>;

/**
 * Throws an AppError (IMPORT_INVALID) naming the limit when the file is too big, not a zip, has
 * too many parts or inflates past the limit. Returns the inflated size.
 */
export function checkXlsxBytes(bytes: Uint8Array, fileName: string, limits: Limits = XLSX_LIMITS): number {
  return openXlsx(bytes, fileName, () => false, limits).inflated;
}

/**
 * The same checks as checkXlsxBytes, inflating every part once (each bounded by its declared
 * size); the parts `keep` asks for are returned by name (a leading "/" dropped).
 */
export function openXlsx(
  bytes: Uint8Array,
  fileName: string,
  keep: (name: string) => boolean,
  limits: Limits = XLSX_LIMITS,
): { inflated: number; parts: Map<string, Uint8Array> } {
  if (bytes.length > limits.fileBytes)
    throw refuse(fileName, `nặng ${mb(bytes.length)}, quá giới hạn ${mb(limits.fileBytes)} cho một lần nhập.`);
  // An .xlsx is a zip: "PK\x03\x04". Old .xls, CSV or Word files are refused up front.
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw refuse(fileName, 'không phải sổ Excel (.xlsx). Hãy mở tệp trong Excel và lưu lại dạng .xlsx.');
  }
  const entries = centralDirectory(bytes, fileName, limits.entries);
  if (!entries.some((e) => /^xl\/workbook\.xml$/i.test(e.name)))
    throw refuse(fileName, 'không phải sổ Excel (.xlsx): thiếu phần xl/workbook.xml.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  const tooBig = () =>
    refuse(
      fileName,
      `khi giải nén lớn hơn ${mb(limits.inflatedBytes)} (giới hạn dung lượng giải nén của một sổ Excel); có thể là tệp nén độc hại.`,
    );
  const lying = (e: Entry) =>
    refuse(
      fileName,
      `bị hỏng hoặc độc hại: phần «${e.name}» giải nén ra nhiều hơn kích thước ghi trong tệp (${e.size.toLocaleString('vi-VN')} byte).`,
    );
  // Declared sizes first (no work); then each part is inflated at most to its declared size, so
  // (the declared sizes summing within the limit) the real total cannot pass it either.
  if (entries.reduce((s, e) => s + e.size, 0) > limits.inflatedBytes) throw tooBig();
  for (const e of entries) {
    const h = e.localOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50)
      throw refuse(fileName, `bị hỏng (phần «${e.name}» không đọc được).`);
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw refuse(fileName, `bị cắt cụt hoặc bị hỏng (phần «${e.name}» thiếu dữ liệu).`);
    let data: Uint8Array;
    if (e.method === 0) {
      data = bytes.subarray(start, end);
    } else if (e.method === 8) {
      try {
        // One output chunk of the declared size (capped) spares zlib joining many small ones.
        data = inflateRawSync(bytes.subarray(start, end), {
          maxOutputLength: Math.max(1, e.size + 1),
          chunkSize: Math.min(Math.max(64, e.size + 1), 32 * 1024 * 1024),
        });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw lying(e);
        throw refuse(fileName, `bị hỏng (phần «${e.name}» không giải nén được).`);
      }
      if (data.length > e.size) throw lying(e);
    } else {
      throw refuse(fileName, `dùng kiểu nén không hỗ trợ ở phần «${e.name}».`);
    }
    total += data.length;
    if (total > limits.inflatedBytes) throw tooBig();
    const name = e.name.startsWith('/') ? e.name.slice(1) : e.name;
    if (keep(name)) parts.set(name, data);
  }
  return { inflated: total, parts };
}
