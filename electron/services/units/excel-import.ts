/**
 * Units import (sheet «Đơn vị»; the export is the import's template): the file is read and checked
 * row by row before anything is written, then lands in one transaction: a row whose code names a
 * unit in force at its start date updates it, any other row adds a unit.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { searchKey } from '../../../shared/format/text';
import {
  fullDistrictName,
  UNIT_KIND_LABEL,
  type UnitsImportPreview,
  type UnitsImportResult,
} from '../../../shared/models/units';
import { patchUnit, unitByCodeAt } from '../../../db/repositories/units';
import { recordAudit } from '../../../db/repositories/audit';
import { excelImport, writeImport } from '../io/import-steps';
import { addUnit } from './list';
import { readUnitsFile, type UnitFileRow } from './excel-read';

interface PlannedRow extends UnitFileRow {
  existingId: number | null;
  action: 'add' | 'change' | 'same';
}

async function plan(
  ctx: ServiceContext,
  { fileName, base64 }: ParsedInputOf<'units.importPreview'>,
): Promise<PlannedRow[]> {
  return (await readUnitsFile(fileName, base64)).map((r) => {
    const existing = r.code ? unitByCodeAt(ctx.db, r.code, r.validFrom) : undefined;
    const same =
      existing &&
      existing.name === r.name &&
      existing.kind === r.kind &&
      existing.decision === r.decision &&
      (existing.notes === (r.notes ?? '') || !r.notes);
    return { ...r, existingId: existing?.id ?? null, action: existing ? (same ? 'same' : 'change') : 'add' };
  });
}

const tally = (rows: PlannedRow[]) => ({
  added: rows.filter((r) => r.action === 'add').length,
  changed: rows.filter((r) => r.action === 'change').length,
  unchanged: rows.filter((r) => r.action === 'same').length,
});

function preview(_ctx: ServiceContext, rows: PlannedRow[]): UnitsImportPreview {
  return {
    rows: rows.length,
    ...tally(rows),
    sample: rows
      .slice(0, 20)
      .map((r) => ({ row: r.row, code: r.code ?? '', name: r.name, kind: UNIT_KIND_LABEL[r.kind], action: r.action })),
  };
}

function apply(ctx: ServiceContext, rows: PlannedRow[]): UnitsImportResult {
  writeImport(ctx, () => {
    for (const r of rows) {
      if (r.action === 'add') addUnit(ctx, r);
      else if (r.action === 'change' && r.existingId !== null) {
        patchUnit(ctx.db, r.existingId, {
          name: r.name,
          kind: r.kind,
          decision: r.decision,
          ...(r.notes ? { notes: r.notes } : {}),
          searchKey: searchKey(fullDistrictName(r.kind, r.name)),
        });
        recordAudit(
          ctx.db,
          [{ entity: 'unit', entityId: r.existingId, action: 'import', newValue: r, communeId: r.existingId }],
          ctx.now(),
        );
      }
    }
  });
  return tally(rows);
}

export const { importPreview, importApply } = excelImport({ plan, preview, apply });
