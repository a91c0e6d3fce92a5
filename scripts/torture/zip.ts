/** A minimal zip writer for hostile files: sizes and entries exactly as the harness wants them. */
import { Deflate } from 'fflate';

export interface RawEntry {
  name: string;
  /** Bytes as stored (deflated when method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Uncompressed size written in the headers (may lie). */
  size: number;
}

export function writeZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(8, e.method, true);
    v.setUint32(18, e.data.length, true);
    v.setUint32(22, e.size, true);
    v.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const c = new DataView(cd.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, e.method, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, e.size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((s, x) => s + x.length, 0);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, entries.length, true);
  d.setUint16(10, entries.length, true);
  d.setUint32(12, cdSize, true);
  d.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((s, x) => s + x.length, 0));
  let p = 0;
  for (const x of all) {
    out.set(x, p);
    p += x.length;
  }
  return out;
}

const bombs = new Map<number, Uint8Array>();

/** Deflates `bytes` zero bytes without holding them: a zip bomb's payload (made once per size). */
export function deflatedZeros(bytes: number): Uint8Array {
  const made = bombs.get(bytes);
  if (made) return made;
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk));
  const block = new Uint8Array(1024 * 1024);
  for (let left = bytes; left > 0; left -= block.length)
    d.push(left > block.length ? block : block.subarray(0, left), left <= block.length);
  const out = new Uint8Array(chunks.reduce((s, x) => s + x.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  bombs.set(bytes, out);
  return out;
}
