/** Imports the matrix workbook: the preview counts added, changed and unchanged results; the apply writes them all in one transaction. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { resultText } from '../../../shared/domain/criteria-values';
import type { ImportChangeSample, ImportPreview, ImportResult } from '../../../shared/models/criteria';
import { resultsOf } from '../../../db/repositories/criteria';
import { excelImport, writeImport } from '../io/import-steps';
import { writeResults } from './matrix';
import { readMatrixFile, type ParsedSheet } from './matrix-excel-read';

/** Compares parsed cells with what is stored: added (no result yet), changed, unchanged. */
function diff(ctx: ServiceContext, sheets: ParsedSheet[]) {
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  const sample: ImportChangeSample[] = [];
  for (const s of sheets) {
    const stored = new Map(
      resultsOf(ctx.db, s.year, [...new Set(s.cells.map((c) => c.communeId))]).map((r) => [
        `${r.communeId}:${r.criterionId}`,
        r.met,
      ]),
    );
    for (const c of s.cells) {
      const old = stored.get(`${c.communeId}:${c.criterionId}`);
      if (old === c.met) unchanged++;
      else {
        if (old === undefined) added++;
        else changed++;
        if (sample.length < 50)
          sample.push({
            sheet: s.sheet,
            row: c.row,
            commune: c.commune,
            criterion: c.criterion,
            oldValue: resultText(old ?? null),
            newValue: resultText(c.met),
          });
      }
    }
  }
  return { added, changed, unchanged, sample };
}

function plan(
  ctx: ServiceContext,
  { fileName, base64 }: ParsedInputOf<'criteria.importPreview'>,
): Promise<ParsedSheet[]> {
  return readMatrixFile(ctx, fileName, base64);
}

function preview(ctx: ServiceContext, sheets: ParsedSheet[]): ImportPreview {
  return { sheets: sheets.map((s) => ({ sheet: s.sheet, year: s.year, rows: s.rows })), ...diff(ctx, sheets) };
}

/** Writes every sheet in ONE transaction (nothing when nothing changes). */
function apply(ctx: ServiceContext, sheets: ParsedSheet[]): ImportResult {
  const { added, changed, unchanged } = diff(ctx, sheets);
  if (!added && !changed) return { added, changed, unchanged };
  writeImport(ctx, (tx) => {
    for (const s of sheets) writeResults(tx, s.year, s.cells, ctx.now(), true);
  });
  return { added, changed, unchanged };
}

export const { importPreview, importApply } = excelImport({ plan, preview, apply });
