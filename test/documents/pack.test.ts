import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildOfficialDocument } from '../../electron/documents/parts/official-document';
import { packDocument } from '../../electron/documents/pack';
import { writeFileAtomic } from '../../electron/services/io/atomic';
import type { BuiltDocument } from '../../electron/documents/parts/official-document';

const writeDocxAtomic = async (doc: BuiltDocument, target: string) => writeFileAtomic(target, await packDocument(doc));
import { AppError } from '../../shared/errors';
import { plan2022 } from './fixtures/plan-2022';

const documentXmlOf = async (buf: Buffer): Promise<string> =>
  (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');

describe('deterministic packing', () => {
  it('gives byte-identical files for the same model, even across clock ticks', async () => {
    const a = await packDocument(buildOfficialDocument(plan2022()));
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second resolution
    const b = await packDocument(buildOfficialDocument(plan2022()));
    expect(await documentXmlOf(a)).toBe(await documentXmlOf(b));
    expect(a.equals(b)).toBe(true);
    // Packing one Document twice (preview, then save) gives the same bytes too.
    const doc = buildOfficialDocument(plan2022());
    expect((await packDocument(doc)).equals(await packDocument(doc))).toBe(true);
  });

  it('pins the core properties to the document date and names the app as creator', async () => {
    const zip = await JSZip.loadAsync(await packDocument(buildOfficialDocument(plan2022())));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-07-11T00:00:00.000Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2022-07-11T00:00:00.000Z</dcterms:modified>');
    expect(core).toContain('<dc:creator>NTM Office</dc:creator>');
    expect(core).toContain('<dc:title>Kế hoạch thực hiện Chương trình mục tiêu quốc gia');
    for (const f of Object.values(zip.files)) expect(f.date.getUTCFullYear()).toBe(2022);
  });

  it('uses meta.createdIso and meta.creator when given', async () => {
    const model = { ...plan2022(), meta: { creator: 'Văn phòng Điều phối', createdIso: '2023-01-02T03:04:06.000Z' } };
    const core = await (
      await JSZip.loadAsync(await packDocument(buildOfficialDocument(model)))
    )
      .file('docProps/core.xml')!
      .async('string');
    expect(core).toContain('2023-01-02T03:04:06.000Z');
    expect(core).toContain('<dc:creator>Văn phòng Điều phối</dc:creator>');
  });
});

describe('writeDocxAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ntm-docx-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the file and leaves no temp file behind', async () => {
    const target = path.join(dir, 'Kế hoạch 05-KH-BCĐ.docx');
    await writeDocxAtomic(buildOfficialDocument(plan2022()), target);
    expect(await readdir(dir)).toEqual(['Kế hoạch 05-KH-BCĐ.docx']);
    const bytes = await readFile(target);
    expect(bytes.equals(await packDocument(buildOfficialDocument(plan2022())))).toBe(true);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'plan.docx');
    await writeFile(target, 'old content');
    await writeDocxAtomic(buildOfficialDocument(plan2022()), target);
    expect(await documentXmlOf(await readFile(target))).toContain('KẾ HOẠCH');
    expect(await readdir(dir)).toEqual(['plan.docx']);
  });

  it('fails with a Vietnamese message into a missing folder and creates nothing', async () => {
    const target = path.join(dir, 'không có', 'plan.docx');
    const err = await writeDocxAtomic(buildOfficialDocument(plan2022()), target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NOT_FOUND');
    expect((err as AppError).message).toContain('plan.docx');
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the old file untouched and no temp file when the target cannot be replaced', async () => {
    // A directory in the target's place makes the final rename fail after the temp file was written.
    const target = path.join(dir, 'plan.docx');
    await mkdir(target);
    const err = await writeDocxAtomic(buildOfficialDocument(plan2022()), target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(await readdir(dir)).toEqual(['plan.docx']);
    expect(await readdir(target)).toEqual([]);
  });
});
