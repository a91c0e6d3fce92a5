import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempContexts, call, refused } from '../helpers/dispatch';
import { tempDataDir } from '../helpers/temp';

const newContext = tempContexts();

/** A desktop context whose Save dialog answers `chosen` and whose "open with" is recorded. */
async function desktop(chosen: (name: string) => string) {
  const ctx = await newContext();
  const opened: string[] = [];
  ctx.platform = {
    chooseSavePath: async (name) => chosen(name),
    openPath: async (p) => void opened.push(p),
  };
  return { ctx, opened };
}

const base64 = Buffer.from('nội dung').toString('base64');

describe('files.save openAfter', () => {
  it('opens only .docx, .xlsx and .pdf after saving', async () => {
    const dir = tempDataDir();
    const { ctx, opened } = await desktop((name) => path.join(dir, name));
    for (const name of ['ke-hoach.docx', 'ket-qua.XLSX', 'bao-cao.pdf']) {
      expect(await call(ctx, 'files.save', { fileName: name, base64, openAfter: true })).toMatchObject({ saved: true });
    }
    expect(opened.map((p) => path.basename(p))).toEqual(['ke-hoach.docx', 'ket-qua.XLSX', 'bao-cao.pdf']);
  });

  it('refuses openAfter for any other extension, before asking or writing anything', async () => {
    const dir = tempDataDir();
    const asked: string[] = [];
    const { ctx, opened } = await desktop((name) => (asked.push(name), path.join(dir, name)));
    for (const name of ['chay-toi.exe', 'lenh.bat', 'trang.html', 'khong-duoi', 'ke-hoach.docx.lnk']) {
      const err = await refused(ctx, 'files.save', { fileName: name, base64, openAfter: true });
      expect(err.code).toBe('VALIDATION');
      expect(err.message).toMatch(/Chỉ mở ngay được tệp Word \(\.docx\), Excel \(\.xlsx\) hoặc PDF \(\.pdf\)/);
    }
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual([]);
    // Saving such a file without opening it stays possible.
    expect(await call(ctx, 'files.save', { fileName: 'du-lieu.json', base64 })).toMatchObject({ saved: true });
  });

  it('does not open a file the Save dialog renamed to another extension', async () => {
    const dir = tempDataDir();
    const { ctx, opened } = await desktop(() => path.join(dir, 'doi-ten.cmd'));
    expect(await call(ctx, 'files.save', { fileName: 'ke-hoach.docx', base64, openAfter: true })).toMatchObject({
      saved: true,
    });
    expect(opened).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'doi-ten.cmd'))).toBe(true);
  });
});
