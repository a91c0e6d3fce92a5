/** Criteria sets as data: criteria → indicators → thresholds per region, thresholds editable. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import type { CriteriaSetDetail, CriteriaSetInfo, ThresholdRow } from '../../../shared/models/criteria';
import type { ParsedInputOf } from '../../../shared/api/contract';
import {
  criteriaOfSet,
  getCriteriaSet,
  getThreshold,
  indicatorsOfSet,
  listCriteriaSets,
  thresholdsOfSet,
  updateThreshold,
} from '../../../db/repositories/criteria';
import { recordAudit } from '../../../db/repositories/audit';
import { setInfo } from './common';
import { loadSetModel } from './set-model';
import { resyncSet } from './set-edit';
import { getCriterion, getIndicator, indicatorCounts } from '../../../db/repositories/criteria-sets';

const setOfIndicator = (ctx: ServiceContext, indicatorId: number) =>
  getCriterion(ctx.db, getIndicator(ctx.db, indicatorId)!.criterionId)!.setId;

export const criteriaSets = (ctx: ServiceContext): CriteriaSetInfo[] => {
  const counts = indicatorCounts(ctx.db);
  return listCriteriaSets(ctx.db).map((s) => ({ ...setInfo(s), indicatorCount: counts.get(s.id) ?? 0 }));
};

const toThreshold = (t: ThresholdRow): ThresholdRow => ({
  id: t.id,
  region: t.region,
  value: t.value,
  verified: t.verified,
  source: t.source,
  notApplicable: t.notApplicable,
});

export function criteriaSetDetail(ctx: ServiceContext, setId: number): CriteriaSetDetail {
  const set = getCriteriaSet(ctx.db, setId);
  if (!set) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ tiêu chí.');
  const thresholds = thresholdsOfSet(ctx.db, setId);
  const indicators = indicatorsOfSet(ctx.db, setId);
  return {
    set: setInfo(set),
    criteria: criteriaOfSet(ctx.db, setId).map((c) => ({
      ...c,
      indicators: indicators
        .filter((i) => i.criterionId === c.id)
        .map(({ criterionId: _c, ...i }) => ({
          ...i,
          thresholds: thresholds.filter((t) => t.indicatorId === i.id).map(toThreshold),
        })),
    })),
  };
}

export function editThreshold(ctx: ServiceContext, input: ParsedInputOf<'criteria.updateThreshold'>): ThresholdRow {
  const before = getThreshold(ctx.db, input.id);
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy ngưỡng chỉ tiêu cần sửa.');
  const patch = { value: input.value, verified: input.verified, source: input.source ?? before.source };
  ctx.db.transaction((tx) => {
    updateThreshold(tx, input.id, patch);
    const fields = (['value', 'verified', 'source'] as const).filter((f) => patch[f] !== before[f]);
    recordAudit(
      tx,
      fields.map((f) => ({
        entity: 'indicator_threshold',
        entityId: input.id,
        field: f,
        action: 'update' as const,
        oldValue: before[f],
        newValue: patch[f],
      })),
      ctx.now(),
    );
  });
  const model = loadSetModel(ctx.db, setOfIndicator(ctx, before.indicatorId));
  if (model.indicatorById.size) resyncSet(ctx, model.id, [before.indicatorId]);
  return toThreshold({ ...before, ...patch });
}
