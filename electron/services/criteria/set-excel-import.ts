/** A criteria set from Excel: the preview counts added, changed and removed indicators; the apply writes them all-or-nothing. */
import { indicatorFields } from './set-model';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import type { SetImportPreview } from '../../../shared/models/indicators';
import { getCriteriaSet } from '../../../db/repositories/criteria';
import {
  deleteIndicators,
  deleteThreshold,
  insertCriterion,
  insertIndicator,
  updateIndicator,
  upsertThreshold,
} from '../../../db/repositories/criteria-sets';
import { recordAudit } from '../../../db/repositories/audit';
import { excelImport, writeImport } from '../io/import-steps';
import { resyncSet } from './set-edit';
import { thresholdColumns } from './set-excel-layout';
import { readSetFile } from './set-excel-read';

type SetFile = Awaited<ReturnType<typeof readSetFile>>;

function summary(p: SetFile): SetImportPreview {
  const existing = new Map([...p.model.indicatorById.values()].map((i) => [i.code, i]));
  let added = 0;
  let changed = 0;
  for (const i of p.indicators) {
    const e = existing.get(i.code);
    if (!e) added++;
    else if (
      e.name !== i.name ||
      e.unit !== i.unit ||
      e.valueKind !== i.valueKind ||
      e.comparator !== i.comparator ||
      e.grades !== i.grades
    )
      changed++;
    else if (
      i.thresholds.some(
        (t) =>
          e.thresholds.get(t.key)?.value !== t.value || !!e.thresholds.get(t.key)?.notApplicable !== t.notApplicable,
      )
    )
      changed++;
  }
  const nos = new Set([...p.model.criteria.map((c) => c.no), ...p.criteria.keys()]);
  return {
    setName: p.model.name,
    criteria: nos.size,
    indicators: p.indicators.length,
    thresholds: p.indicators.reduce((s, i) => s + i.thresholds.length, 0),
    added,
    changed,
    removed: p.dropped.length,
  };
}

interface Plan extends SetFile {
  setId: number;
  fileName: string;
}

async function plan(
  ctx: ServiceContext,
  { setId, fileName, base64 }: ParsedInputOf<'criteriaSets.importPreview'>,
): Promise<Plan> {
  if (!getCriteriaSet(ctx.db, setId)) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ tiêu chí.');
  return { ...(await readSetFile(ctx, setId, fileName, base64)), setId, fileName };
}

/** Writes criteria, indicators and thresholds in one transaction, then recomputes what they decide. */
function apply(ctx: ServiceContext, p: Plan): SetImportPreview {
  const { setId, fileName } = p;
  const out = summary(p);
  const keys = thresholdColumns(p.model.thresholdBy).map((c) => c.key);
  writeImport(ctx, (tx) => {
    const criterionIds = new Map(p.model.criteria.map((c) => [c.no, c.id]));
    for (const [no, c] of p.criteria) {
      if (!criterionIds.has(no))
        criterionIds.set(no, insertCriterion(tx, { setId, no, name: c.name, groupNo: no, groupName: c.name }));
    }
    const existing = new Map([...p.model.indicatorById.values()].map((i) => [i.code, i.id]));
    deleteIndicators(
      tx,
      p.dropped.map((d) => d.id),
    );
    p.indicators.forEach((i, k) => {
      const fields = {
        criterionId: criterionIds.get(i.no)!,
        ...indicatorFields(i),
        sortOrder: k + 1,
      };
      let id = existing.get(i.code);
      if (id) updateIndicator(tx, id, fields);
      else id = insertIndicator(tx, fields);
      const given = new Map(i.thresholds.map((t) => [t.key, t]));
      for (const key of keys) {
        const t = given.get(key);
        if (t)
          upsertThreshold(tx, {
            indicatorId: id,
            region: key,
            value: t.value,
            notApplicable: t.notApplicable,
            verified: i.verified,
            source: i.source,
          });
        else deleteThreshold(tx, id, key);
      }
    });
    recordAudit(
      tx,
      [{ entity: 'criteria_set', entityId: setId, field: 'import', action: 'import', newValue: { fileName, ...out } }],
      ctx.now(),
    );
  });
  resyncSet(ctx, setId);
  return out;
}

export const { importPreview: setImportPreview, importApply: setImportApply } = excelImport({
  plan,
  preview: (_ctx, p) => summary(p),
  apply,
});
