/** Commune groups from Excel: the preview compares the file with the groups in force at the year's end; the apply writes them in ONE transaction. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { yearEnd } from '../../../shared/format/date';
import type { SimpleImportPreview } from '../../../shared/models/indicators';
import { groupsAt } from '../../../db/repositories/criteria-values';
import { excelImport, writeImport } from '../io/import-steps';
import { writeGroupChanges, type CheckedGroup } from './groups';
import { SHEET } from './groups-excel-layout';
import { readGroupsFile } from './groups-excel-read';

interface Plan {
  year: number;
  rows: CheckedGroup[];
}

async function plan(
  ctx: ServiceContext,
  { year, fileName, base64 }: ParsedInputOf<'communeGroups.importPreview'>,
): Promise<Plan> {
  return { year, rows: await readGroupsFile(ctx, year, fileName, base64) };
}

function preview(ctx: ServiceContext, { year, rows }: Plan): SimpleImportPreview {
  const current = groupsAt(ctx.db, yearEnd(year));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  const sample: SimpleImportPreview['sample'] = [];
  for (const r of rows) {
    const cur = current.get(r.communeId);
    if (cur && cur.groupNo === r.groupNo && cur.validFrom === r.validFrom) {
      unchanged++;
      continue;
    }
    if (cur) changed++;
    else added++;
    if (sample.length < 50)
      sample.push({
        sheet: SHEET,
        row: 0,
        what: r.label,
        oldValue: cur ? `Nhóm ${cur.groupNo}` : '',
        newValue: `Nhóm ${r.groupNo}`,
      });
  }
  return { rows: rows.length, added, changed, unchanged, sample };
}

function apply(ctx: ServiceContext, p: Plan): SimpleImportPreview {
  const out = preview(ctx, p);
  writeImport(ctx, (tx) => writeGroupChanges(ctx, tx, p.rows, true));
  return out;
}

export const { importPreview: groupsImportPreview, importApply: groupsImportApply } = excelImport({
  plan,
  preview,
  apply,
});
