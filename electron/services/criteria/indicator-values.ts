/** Indicator values of a commune and year, the indicator panel, and overrides of a computed criterion. */
import type { ServiceContext } from '../context';
import type { AppDb } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import {
  parseIndicatorValue,
  showIndicatorValue,
  criterionFromIndicators,
  thresholdFor,
} from '../../../shared/domain/criteria-eval';
import { resultText } from '../../../shared/domain/criteria-values';
import type { IndicatorPanel, SetValuesOutput, ValueChange } from '../../../shared/models/indicators';
import type { ParsedInputOf } from '../../../shared/api/contract';
import {
  deleteOverride,
  deleteValue,
  overridesOf,
  upsertOverride,
  upsertValue,
  valuesOf,
} from '../../../db/repositories/criteria-values';
import { recordAudit, type AuditEntry } from '../../../db/repositories/audit';
import { resultsOf } from '../../../db/repositories/criteria';
import { communesOfYear, requireSet } from './common';
import { matrixRowsOf } from './matrix';
import {
  communeKeys,
  indicatorStatus,
  loadSetModel,
  syncCriterionResults,
  thresholdText,
  type SetModel,
  indicatorFields,
} from './set-model';

function yearModel(ctx: ServiceContext, year: number): SetModel {
  return loadSetModel(ctx.db, requireSet(ctx, year).set.id);
}

export function indicatorPanel(
  ctx: ServiceContext,
  year: number,
  communeId: number,
  criterionId: number,
): IndicatorPanel {
  const model = yearModel(ctx, year);
  const criterion = model.criteria.find((c) => c.id === criterionId);
  if (!criterion) throw new AppError('VALIDATION', `Tiêu chí này không thuộc ${model.name} áp dụng năm ${year}.`);
  const commune = communesOfYear(ctx, year, [communeId])[0];
  if (!commune) throw new AppError('NOT_FOUND', `Không tìm thấy xã trong danh sách xã năm ${year}.`);
  const key = communeKeys(ctx.db, year, [communeId]).get(communeId)!;
  const values = new Map(valuesOf(ctx.db, year, [communeId]).map((v) => [v.indicatorId, v.value]));
  const indicators = criterion.indicators.map((i) => {
    const value = values.get(i.id) ?? null;
    return {
      id: i.id,
      ...indicatorFields(i),
      thresholdText: thresholdText(i, thresholdFor(model.thresholdBy, i.thresholds, key)),
      value,
      valueText: showIndicatorValue(i, value),
      status: indicatorStatus(model, i, key, value),
    };
  });
  const o = overridesOf(ctx.db, year, [communeId]).find((x) => x.criterionId === criterionId);
  const stored = resultsOf(ctx.db, year, [communeId]).find((r) => r.criterionId === criterionId);
  return {
    year,
    communeId,
    communeLabel: commune.label,
    criterionId,
    criterionLabel: `${criterion.no}. ${criterion.name}`,
    thresholdBy: model.thresholdBy,
    groupNo: key.group,
    indicators,
    computed: criterion.indicators.length ? criterionFromIndicators(indicators.map((i) => i.status)) : null,
    override: o ? { met: o.met, reason: o.reason } : null,
    met: stored ? stored.met : null,
  };
}

export interface CheckedValue {
  communeId: number;
  indicatorId: number;
  /** Stored form, null removes. */
  value: string | null;
  /** Where it came from, for messages. */
  where: string;
}

/** Parses typed values against their indicators; throws a Vietnamese message naming the first bad ones. */
export function checkValues(
  model: SetModel,
  changes: ValueChange[],
  communeName: (id: number) => string | undefined,
): CheckedValue[] {
  const problems: string[] = [];
  const out: CheckedValue[] = [];
  const seen = new Set<string>();
  for (const ch of changes) {
    const ind = model.indicatorById.get(ch.indicatorId);
    const name = communeName(ch.communeId);
    if (!name) throw new AppError('NOT_FOUND', `Không tìm thấy xã (mã ${ch.communeId}) trong danh sách xã của năm.`);
    if (!ind) throw new AppError('VALIDATION', `Chỉ tiêu (mã ${ch.indicatorId}) không thuộc ${model.name}.`);
    const k = `${ch.communeId}:${ch.indicatorId}`;
    if (seen.has(k))
      throw new AppError(
        'VALIDATION',
        `Xã ${name}, chỉ tiêu ${ind.code}: một ô được sửa hai lần trong cùng một lần lưu.`,
      );
    seen.add(k);
    const p = parseIndicatorValue(ind, ch.value);
    if (p.kind === 'invalid') problems.push(`Xã ${name}, chỉ tiêu ${ind.code}: ${p.message}.`);
    else
      out.push({
        communeId: ch.communeId,
        indicatorId: ch.indicatorId,
        value: p.kind === 'value' ? p.value : null,
        where: `${name} — chỉ tiêu ${ind.code}`,
      });
  }
  if (problems.length)
    throw new AppError(
      'VALIDATION',
      `${problems.slice(0, 5).join(' ')}${problems.length > 5 ? ` (và ${problems.length - 5} lỗi khác)` : ''} Chưa lưu giá trị nào.`,
    );
  return out;
}

/** Writes checked values (audited), then recomputes the criteria of the communes touched; returns changed values. */
export function writeValues(
  tx: AppDb,
  model: SetModel,
  year: number,
  values: CheckedValue[],
  at: Date,
  imported = false,
): number {
  const communeIds = [...new Set(values.map((v) => v.communeId))];
  const before = new Map(valuesOf(tx, year, communeIds).map((v) => [`${v.communeId}:${v.indicatorId}`, v.value]));
  const audit: AuditEntry[] = [];
  for (const v of values) {
    const old = before.get(`${v.communeId}:${v.indicatorId}`) ?? null;
    if (old === v.value) continue;
    const key = { year, communeId: v.communeId, indicatorId: v.indicatorId };
    if (v.value === null) deleteValue(tx, key);
    else upsertValue(tx, { ...key, value: v.value });
    const ind = model.indicatorById.get(v.indicatorId)!;
    audit.push({
      entity: 'indicator_value',
      entityId: `${year}:${v.communeId}:${v.indicatorId}`,
      field: ind.code,
      action: imported ? 'import' : old === null ? 'insert' : v.value === null ? 'delete' : 'update',
      oldValue: old === null ? null : showIndicatorValue(ind, old),
      newValue: v.value === null ? null : showIndicatorValue(ind, v.value),
      communeId: v.communeId,
    });
  }
  recordAudit(tx, audit, at);
  const touched = new Set(values.map((v) => `${v.communeId}:${model.indicatorById.get(v.indicatorId)!.criterionId}`));
  syncCriterionResults(tx, model, year, communeIds, at, imported, touched);
  return audit.length;
}

export function setValues(ctx: ServiceContext, year: number, changes: ValueChange[]): SetValuesOutput {
  const model = yearModel(ctx, year);
  const communeIds = [...new Set(changes.map((c) => c.communeId))];
  const names = new Map(communesOfYear(ctx, year, communeIds).map((c) => [c.id, c.label]));
  const checked = checkValues(model, changes, (id) => names.get(id));
  const changed = ctx.db.transaction((tx) => writeValues(tx, model, year, checked, ctx.now()));
  return { changed, rows: matrixRowsOf(ctx, year, communeIds) };
}

/** A person's đạt/chưa đạt against the computed result, with its reason; null removes it. */
export function setOverride(ctx: ServiceContext, input: ParsedInputOf<'indicators.override'>): SetValuesOutput {
  const model = yearModel(ctx, input.year);
  const criterion = model.criteria.find((c) => c.id === input.criterionId);
  if (!criterion) throw new AppError('VALIDATION', `Tiêu chí này không thuộc ${model.name} áp dụng năm ${input.year}.`);
  if (!criterion.indicators.length)
    throw new AppError(
      'VALIDATION',
      `Tiêu chí ${criterion.no} chưa có chỉ tiêu: hãy đánh dấu Đạt/Chưa đạt trực tiếp trong bảng.`,
    );
  if (!communesOfYear(ctx, input.year, [input.communeId]).length)
    throw new AppError('NOT_FOUND', `Không tìm thấy xã trong danh sách xã năm ${input.year}.`);
  const key = { year: input.year, communeId: input.communeId, criterionId: input.criterionId };
  ctx.db.transaction((tx) => {
    const before =
      overridesOf(tx, input.year, [input.communeId]).find((o) => o.criterionId === input.criterionId) ?? null;
    if (input.met === null) deleteOverride(tx, key);
    else upsertOverride(tx, { ...key, met: input.met, reason: input.reason });
    const show = (o: { met: boolean; reason: string } | null) =>
      o ? `${resultText(o.met)} — lý do: ${o.reason}` : null;
    recordAudit(
      tx,
      [
        {
          entity: 'criterion_override',
          entityId: `${input.year}:${input.communeId}:${input.criterionId}`,
          field: `${criterion.no}`,
          action: before === null ? 'insert' : input.met === null ? 'delete' : 'update',
          oldValue: show(before),
          newValue: show(input.met === null ? null : { met: input.met, reason: input.reason }),
          communeId: input.communeId,
        },
      ],
      ctx.now(),
    );
    syncCriterionResults(
      tx,
      model,
      input.year,
      [input.communeId],
      ctx.now(),
      false,
      new Set([`${input.communeId}:${input.criterionId}`]),
    );
  });
  return { changed: 1, rows: matrixRowsOf(ctx, input.year, [input.communeId]) };
}
