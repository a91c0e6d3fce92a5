/** Criteria sets as data the office edits: sets (new or copied), criteria, indicators and thresholds. */
import type { ServiceContext } from '../context';
import type { AppDb } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { CriteriaSetInfo } from '../../../shared/models/criteria';
import type { DependentCounts } from '../../../shared/models/indicators';
import { formatNumber } from '../../../shared/format/number';
import {
  criteriaOfSet,
  getCriteriaSet,
  indicatorsOfSet,
  listCriteriaSets,
  thresholdsOfSet,
} from '../../../db/repositories/criteria';
import {
  criterionDependents,
  deleteCriterion,
  deleteIndicators,
  getCriterion,
  getIndicator,
  indicatorValueCount,
  insertCriterion,
  insertIndicator,
  insertSet,
  recognitionsOfSet,
  setByCode,
  updateCriterion,
  updateIndicator,
  updateSet,
  upsertThreshold,
} from '../../../db/repositories/criteria-sets';
import { communesWithValues } from '../../../db/repositories/criteria-values';
import { recordAudit } from '../../../db/repositories/audit';
import { setInfo } from './common';
import { loadSetModel, syncCriterionResults, indicatorFields } from './set-model';

type SetFields = ParsedInputOf<'criteriaSets.create'>['fields'];

const LEVEL_NAME: Record<string, string> = {
  ntm: 'xã NTM',
  nang_cao: 'NTM nâng cao',
  kieu_mau: 'NTM kiểu mẫu',
  hien_dai: 'xã NTM hiện đại',
};

/** Two sets of one kind may not both be in force in a year: the grid would not know which to use. */
function checkOverlap(db: AppDb, fields: SetFields, exceptId: number | null) {
  const clash = listCriteriaSets(db).find(
    (s) => s.id !== exceptId && s.level === fields.level && s.yearFrom <= fields.yearTo && s.yearTo >= fields.yearFrom,
  );
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `Bộ «${clash.name}» (${clash.yearFrom}–${clash.yearTo}) đã áp dụng cho ${LEVEL_NAME[fields.level]} trong giai đoạn này; hãy chọn giai đoạn khác hoặc sửa bộ đó.`,
    );
  }
  const dup = setByCode(db, fields.code);
  if (dup && dup.id !== exceptId) throw new AppError('CONFLICT', `Mã bộ «${fields.code}» đã dùng cho «${dup.name}».`);
}

function mustSet(db: AppDb, id: number) {
  const set = getCriteriaSet(db, id);
  if (!set) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ tiêu chí.');
  return set;
}

/** Copies criteria, indicators and thresholds of one set into another (inside the caller's transaction). */
function copyContent(tx: AppDb, fromId: number, toId: number) {
  const thresholds = thresholdsOfSet(tx, fromId);
  const indicators = indicatorsOfSet(tx, fromId);
  for (const c of criteriaOfSet(tx, fromId)) {
    const cid = insertCriterion(tx, {
      setId: toId,
      no: c.no,
      name: c.name,
      groupNo: c.groupNo,
      groupName: c.groupName,
    });
    indicators
      .filter((i) => i.criterionId === c.id)
      .forEach((i, k) => {
        const iid = insertIndicator(tx, {
          criterionId: cid,
          ...indicatorFields(i),
          sortOrder: k + 1,
        });
        for (const t of thresholds.filter((x) => x.indicatorId === i.id)) {
          upsertThreshold(tx, {
            indicatorId: iid,
            region: t.region,
            value: t.value,
            verified: t.verified,
            source: t.source,
            notApplicable: t.notApplicable,
          });
        }
      });
  }
}

export function createSet(ctx: ServiceContext, fields: SetFields, copyFrom: number | null): CriteriaSetInfo {
  checkOverlap(ctx.db, fields, null);
  if (copyFrom) mustSet(ctx.db, copyFrom);
  const id = ctx.db.transaction((tx) => {
    const newId = insertSet(tx, fields);
    if (copyFrom) copyContent(tx, copyFrom, newId);
    recordAudit(
      tx,
      [{ entity: 'criteria_set', entityId: newId, action: 'insert', newValue: { ...fields, copyFrom } }],
      ctx.now(),
    );
    return newId;
  });
  return setInfo(mustSet(ctx.db, id));
}

export function updateSetFields(ctx: ServiceContext, id: number, fields: SetFields): CriteriaSetInfo {
  const before = mustSet(ctx.db, id);
  checkOverlap(ctx.db, fields, id);
  const used = recognitionsOfSet(ctx.db, id);
  if (used && (fields.yearFrom > before.yearFrom || fields.yearTo < before.yearTo || fields.level !== before.level)) {
    throw new AppError(
      'CONFLICT',
      `Bộ tiêu chí đang được ${formatNumber(used)} quyết định công nhận tham chiếu: không thu hẹp giai đoạn hay đổi loại bộ được.`,
    );
  }
  ctx.db.transaction((tx) => {
    updateSet(tx, id, fields);
    recordAudit(
      tx,
      [{ entity: 'criteria_set', entityId: id, action: 'update', oldValue: before, newValue: fields }],
      ctx.now(),
    );
  });
  if (fields.thresholdBy !== before.thresholdBy) resyncSet(ctx, id);
  return setInfo(mustSet(ctx.db, id));
}

export function saveCriterion(ctx: ServiceContext, input: ParsedInputOf<'criteriaSets.saveCriterion'>): { id: number } {
  mustSet(ctx.db, input.setId);
  const clash = criteriaOfSet(ctx.db, input.setId).find((c) => c.no === input.no && c.id !== input.id);
  if (clash) throw new AppError('CONFLICT', `Bộ tiêu chí đã có tiêu chí số ${input.no} (${clash.name}).`);
  return ctx.db.transaction((tx) => {
    if (input.id) {
      const before = getCriterion(tx, input.id);
      if (!before || before.setId !== input.setId) throw new AppError('NOT_FOUND', 'Không tìm thấy tiêu chí cần sửa.');
      updateCriterion(tx, input.id, { no: input.no, name: input.name });
      recordAudit(
        tx,
        [
          {
            entity: 'criterion',
            entityId: input.id,
            action: 'update',
            oldValue: { no: before.no, name: before.name },
            newValue: { no: input.no, name: input.name },
          },
        ],
        ctx.now(),
      );
      return { id: input.id };
    }
    const id = insertCriterion(tx, {
      setId: input.setId,
      no: input.no,
      name: input.name,
      groupNo: input.no,
      groupName: input.name,
    });
    recordAudit(
      tx,
      [
        {
          entity: 'criterion',
          entityId: id,
          action: 'insert',
          newValue: { setId: input.setId, no: input.no, name: input.name },
        },
      ],
      ctx.now(),
    );
    return { id };
  });
}

export const dependentsOf = (ctx: ServiceContext, criterionId: number): DependentCounts =>
  criterionDependents(ctx.db, criterionId);

/** Removing a criterion that results, values or recognitions depend on is refused, with the counts. */
export function removeCriterion(ctx: ServiceContext, id: number): { removed: boolean } {
  const c = getCriterion(ctx.db, id);
  if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy tiêu chí cần xóa.');
  const d = criterionDependents(ctx.db, id);
  const recognitions = recognitionsOfSet(ctx.db, c.setId);
  if (d.results || d.values || d.overrides || recognitions) {
    const parts = [
      d.results ? `${formatNumber(d.results)} kết quả tiêu chí của ${formatNumber(d.communes)} xã` : '',
      d.values ? `${formatNumber(d.values)} giá trị chỉ tiêu` : '',
      d.overrides ? `${formatNumber(d.overrides)} đánh giá khác kèm lý do` : '',
      recognitions ? `${formatNumber(recognitions)} quyết định công nhận theo bộ này` : '',
    ].filter(Boolean);
    throw new AppError(
      'CONFLICT',
      `Không xóa được tiêu chí ${c.no}. ${c.name}: đang có ${parts.join(', ')} dựa trên nó.`,
    );
  }
  ctx.db.transaction((tx) => {
    deleteCriterion(tx, id);
    recordAudit(
      tx,
      [{ entity: 'criterion', entityId: id, action: 'delete', oldValue: { setId: c.setId, no: c.no, name: c.name } }],
      ctx.now(),
    );
  });
  return { removed: true };
}

export function saveIndicator(ctx: ServiceContext, input: ParsedInputOf<'criteriaSets.saveIndicator'>): { id: number } {
  const c = getCriterion(ctx.db, input.criterionId);
  if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy tiêu chí của chỉ tiêu.');
  if (input.valueKind === 'grade' && !input.grades.includes(';'))
    throw new AppError(
      'VALIDATION',
      'Chỉ tiêu xếp loại cần ít nhất hai mức, tốt nhất trước, cách nhau bởi «;» (ví dụ «Tốt;Khá;Trung bình»).',
    );
  const dup = indicatorsOfSet(ctx.db, c.setId).find((i) => i.code === input.code && i.id !== input.id);
  if (dup) throw new AppError('CONFLICT', `Bộ tiêu chí đã có chỉ tiêu ${input.code} (${dup.name}).`);
  const fields = {
    criterionId: input.criterionId,
    code: input.code,
    name: input.name,
    unit: input.unit,
    comparator: input.valueKind === 'yesno' ? 'dat' : input.comparator,
    valueKind: input.valueKind,
    grades: input.grades,
  };
  const id = ctx.db.transaction((tx) => {
    if (input.id) {
      const before = getIndicator(tx, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu cần sửa.');
      updateIndicator(tx, input.id, fields);
      recordAudit(
        tx,
        [{ entity: 'indicator', entityId: input.id, action: 'update', oldValue: before, newValue: fields }],
        ctx.now(),
      );
      return input.id;
    }
    const newId = insertIndicator(tx, {
      ...fields,
      sortOrder: indicatorsOfSet(tx, c.setId).filter((i) => i.criterionId === c.id).length + 1,
    });
    recordAudit(tx, [{ entity: 'indicator', entityId: newId, action: 'insert', newValue: fields }], ctx.now());
    return newId;
  });
  resyncSet(ctx, c.setId, [id]);
  return { id };
}

export function removeIndicator(ctx: ServiceContext, id: number): { removed: boolean } {
  const i = getIndicator(ctx.db, id);
  if (!i) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu cần xóa.');
  const n = indicatorValueCount(ctx.db, [id]);
  if (n)
    throw new AppError(
      'CONFLICT',
      `Không xóa được chỉ tiêu ${i.code}: đang có ${formatNumber(n)} giá trị đã nhập của các xã.`,
    );
  ctx.db.transaction((tx) => {
    deleteIndicators(tx, [id]);
    recordAudit(tx, [{ entity: 'indicator', entityId: id, action: 'delete', oldValue: i }], ctx.now());
  });
  return { removed: true };
}

export function saveThreshold(
  ctx: ServiceContext,
  input: ParsedInputOf<'criteriaSets.saveThreshold'>,
): { saved: boolean } {
  const i = getIndicator(ctx.db, input.indicatorId);
  if (!i) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu.');
  if (!input.notApplicable && !input.value && i.valueKind !== 'yesno')
    throw new AppError('VALIDATION', `Chỉ tiêu ${i.code}: ghi ngưỡng hoặc chọn «Không áp dụng».`);
  const c = getCriterion(ctx.db, i.criterionId)!;
  ctx.db.transaction((tx) => {
    upsertThreshold(tx, {
      indicatorId: i.id,
      region: input.key,
      value: input.notApplicable ? '' : input.value || 'Đạt',
      verified: input.verified,
      source: input.source,
      notApplicable: input.notApplicable,
    });
    recordAudit(
      tx,
      [
        {
          entity: 'indicator_threshold',
          entityId: `${i.id}:${input.key}`,
          field: input.key,
          action: 'update',
          newValue: input,
        },
      ],
      ctx.now(),
    );
  });
  resyncSet(ctx, c.setId, [i.id]);
  return { saved: true };
}

/** After a rule changes, recompute the criterion results of every commune and year with values. */
export function resyncSet(ctx: ServiceContext, setId: number, indicatorIds?: number[]) {
  const model = loadSetModel(ctx.db, setId);
  const ids = indicatorIds ?? [...model.indicatorById.keys()];
  const byYear = new Map<number, number[]>();
  for (const r of communesWithValues(ctx.db, ids)) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.communeId]);
  if (!byYear.size) return;
  ctx.db.transaction((tx) => {
    for (const [year, communes] of byYear) syncCriterionResults(tx, model, year, communes, ctx.now());
  });
}
