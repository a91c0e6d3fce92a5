/**
 * Every file of the malformed-workbook corpus (scripts/torture: the app's own criteria, funding
 * and OCOP exports, edited or broken in 200-odd ways) reads to the same sheets, or the same
 * refusal, through the new reader as through the former exceljs path; so does every export.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { extractWorkbook } from '../../electron/services/io/xlsx-extract';
import { dispatch } from '../../electron/services/dispatch';
import { buildCorpus } from '../../scripts/torture/corpus';
import { seededContext, tempDir } from '../../scripts/torture/run';
import { exceljsSheets, outcome, outcomeAsExceljsSaw } from '../helpers/exceljs-extract';

type Channel =
  | 'criteria.export'
  | 'indicators.export'
  | 'indicators.exportShortfall'
  | 'funding.export'
  | 'ocop.export'
  | 'units.export'
  | 'communeGroups.export'
  | 'criteriaSets.export';

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
        const expected = await outcome(exceljsSheets, bytes, `${c.kind}.xlsx`);
        expect(outcomeAsExceljsSaw(await outcome(newReader, bytes, `${c.kind}.xlsx`), expected), label).toStrictEqual(
          expected,
        );
      }
    } finally {
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

describe('the import reader on every workbook the app exports', () => {
  it('reads each export (demo data) exactly as the exceljs path did', async () => {
    const dir = tempDir();
    const ctx = await seededContext(dir);
    try {
      const setIds = ctx.sqlite.prepare('SELECT id FROM criteria_sets ORDER BY id').pluck().all() as number[];
      const exports: [Channel, object][] = [
        ['criteria.export', {}],
        ['indicators.export', { year: 2022 }],
        ['indicators.exportShortfall', { year: 2022 }],
        ['funding.export', { year: 2022 }],
        ['ocop.export', {}],
        ['units.export', {}],
        ['communeGroups.export', { year: 2022 }],
        ...setIds.map((setId) => ['criteriaSets.export', { setId }] as [Channel, object]),
      ];
      for (const [channel, input] of exports) {
        const r = await dispatch(ctx, channel, input);
        if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
        const bytes = new Uint8Array(Buffer.from((r.value as { base64: string }).base64, 'base64'));
        const expected = await outcome(exceljsSheets, bytes);
        expect('sheets' in expected, channel).toBe(true);
        expect(outcomeAsExceljsSaw(await outcome(newReader, bytes, 'thử.xlsx'), expected), channel).toStrictEqual(
          expected,
        );
      }
    } finally {
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
