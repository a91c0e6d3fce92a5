/** Indicator values from Excel: the preview compares the file with the stored values; the apply writes every sheet in ONE transaction. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { showIndicatorValue } from '../../../shared/domain/criteria-eval';
import type { SimpleImportPreview } from '../../../shared/models/indicators';
import { valuesOf } from '../../../db/repositories/criteria-values';
import { excelImport, writeImport } from '../io/import-steps';
import { writeValues } from './indicator-values';
import { PREFIX } from './values-excel-layout';
import { readValuesFile, type ParsedSheet } from './values-excel-read';

function previewOf(ctx: ServiceContext, sheets: ParsedSheet[]): SimpleImportPreview {
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  let rows = 0;
  const sample: SimpleImportPreview['sample'] = [];
  for (const s of sheets) {
    rows += s.rows;
    const stored = new Map(
      valuesOf(ctx.db, s.year, [...new Set(s.values.map((v) => v.communeId))]).map((v) => [
        `${v.communeId}:${v.indicatorId}`,
        v.value,
      ]),
    );
    for (const v of s.values) {
      const old = stored.get(`${v.communeId}:${v.indicatorId}`);
      if (old === v.value) unchanged++;
      else {
        if (old === undefined) added++;
        else changed++;
        const ind = s.model.indicatorById.get(v.indicatorId)!;
        if (sample.length < 50)
          sample.push({
            sheet: `${PREFIX}${s.year}`,
            row: 0,
            what: `${v.where} — ${ind.code}`,
            oldValue: showIndicatorValue(ind, old ?? null),
            newValue: showIndicatorValue(ind, v.value),
          });
      }
    }
  }
  return { rows, added, changed, unchanged, sample };
}

function plan(
  ctx: ServiceContext,
  { fileName, base64 }: ParsedInputOf<'indicators.importPreview'>,
): Promise<ParsedSheet[]> {
  return readValuesFile(ctx, fileName, base64);
}

/** Writes every sheet in ONE transaction (values, then the criteria they decide). */
function apply(ctx: ServiceContext, sheets: ParsedSheet[]): SimpleImportPreview {
  const preview = previewOf(ctx, sheets);
  writeImport(ctx, (tx) => {
    for (const s of sheets) writeValues(tx, s.model, s.year, s.values, ctx.now(), true);
  });
  return preview;
}

export const { importPreview: valuesImportPreview, importApply: valuesImportApply } = excelImport({
  plan,
  preview: previewOf,
  apply,
});
