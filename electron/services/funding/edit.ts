/** Writes of the funding domain: figures (one transaction per call), stated totals, works. */
import type { z } from 'zod';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import type { ThousandVnd } from '../../../shared/models/units-of-measure';
import type { amountChange } from '../../../shared/api/contracts/funding';
import type { workCreateInput, workUpdateInput } from '../../../shared/api/contracts/works';
import type { FundingStage } from '../../../shared/models/funding';
import { recordAudit, type AuditEntry } from '../../../db/repositories/audit';
import { getUnit } from '../../../db/repositories/units';
import {
  criteriaOfYear,
  deleteWork,
  findAmount,
  getWork,
  getWorks,
  insertWork,
  setAmount,
  updateWork,
  type AmountKey,
  type WorkRecord,
} from '../../../db/repositories/funding';
import { planYear } from '../data-file';
import { loadSources, resolveCutoff, sourceIdOf, writeStatedTotal, yearTree } from './common';

type Change = z.output<typeof amountChange>;

const keyText = (k: AmountKey, code: string) =>
  `${k.year}/${k.holder.workId !== undefined ? `w${k.holder.workId}` : `u${k.holder.unitId}`}/${code}/${k.stage}${k.stage === 'disbursed' ? `@${k.asOf}` : ''}`;

/** Sets many figures of a year at once; refuses all of them if one is wrong. */
export function setAmounts(
  ctx: ServiceContext,
  year: number,
  asOf: string | undefined,
  changes: Change[],
): { changed: number } {
  const sources = loadSources(ctx);
  const tree = yearTree(ctx, year);
  const cutoff = resolveCutoff(ctx, year, asOf).asOf;
  const workIds = [...new Set(changes.flatMap((c) => (c.workId === null ? [] : [c.workId])))];
  const works = new Map(getWorks(ctx.db, workIds).map((w) => [w.id, w]));
  const keyed = changes.map((c) => {
    const work = c.workId === null ? null : works.get(c.workId);
    if (work === undefined)
      throw new AppError('NOT_FOUND', `Không tìm thấy công trình số ${c.workId}; có thể đã bị xóa. Hãy tải lại trang.`);
    if (work && (work.communeId === null || !tree.communeById.has(work.communeId))) {
      throw new AppError('VALIDATION', `Công trình «${work.name}» không thuộc xã nào của tỉnh trong năm ${year}.`);
    }
    const key: AmountKey = {
      year,
      holder: work ? { workId: work.id } : { unitId: tree.province.id },
      sourceId: sourceIdOf(sources, c.source),
      stage: c.stage,
      asOf: c.stage === 'disbursed' ? cutoff : null,
    };
    return { key, code: c.source, amount: c.amount, communeId: work?.communeId ?? null };
  });
  let changed = 0;
  ctx.db.transaction((tx) => {
    const audit: AuditEntry[] = [];
    for (const { key, code, amount, communeId } of keyed) {
      const old = findAmount(tx, key);
      if (old === amount) continue;
      setAmount(tx, key, amount);
      changed++;
      audit.push({
        entity: 'funding_amount',
        entityId: keyText(key, code),
        field: key.stage,
        action: old === null ? 'insert' : amount === null ? 'delete' : 'update',
        oldValue: old,
        newValue: amount,
        communeId,
      });
    }
    recordAudit(tx, audit, ctx.now());
  });
  return { changed };
}

export function setStatedTotal(
  ctx: ServiceContext,
  year: number,
  stage: FundingStage,
  amount: ThousandVnd | null,
): { changed: number } {
  let changed = 0;
  ctx.db.transaction((tx) => {
    const old = writeStatedTotal(tx, year, stage, amount);
    if (old === amount) return;
    changed = 1;
    recordAudit(
      tx,
      [
        {
          entity: 'funding_stated_total',
          entityId: `${year}/${stage}`,
          field: stage,
          action: 'update',
          oldValue: old,
          newValue: amount,
        },
      ],
      ctx.now(),
    );
  });
  return { changed };
}

/** The commune must be an xã; the criterion must exist in the set in force at the work's start. */
function checkWorkRefs(
  ctx: ServiceContext,
  w: Pick<WorkRecord, 'communeId' | 'criterionNo' | 'startYear' | 'endYear'>,
): void {
  const commune = w.communeId === null ? undefined : getUnit(ctx.db, w.communeId);
  if (!commune || commune.kind !== 'xa')
    throw new AppError('VALIDATION', 'Xã của công trình không hợp lệ: hãy chọn một xã trong danh sách.');
  if (w.startYear !== null && w.endYear !== null && w.endYear < w.startYear) {
    throw new AppError('VALIDATION', 'Năm kết thúc không được trước năm bắt đầu.');
  }
  if (w.criterionNo !== null) {
    const year = w.startYear ?? planYear(ctx);
    if (!criteriaOfYear(ctx.db, year).some((c) => c.no === w.criterionNo)) {
      throw new AppError('VALIDATION', `Tiêu chí số ${w.criterionNo} không có trong bộ tiêu chí áp dụng năm ${year}.`);
    }
  }
}

export function createWork(ctx: ServiceContext, input: z.output<typeof workCreateInput>): { id: number } {
  checkWorkRefs(ctx, input);
  let id = 0;
  ctx.db.transaction((tx) => {
    id = insertWork(tx, { ...input, source: 'user' });
    recordAudit(
      tx,
      [{ entity: 'work', entityId: id, action: 'insert', newValue: input, communeId: input.communeId }],
      ctx.now(),
    );
  });
  return { id };
}

const WORK_FIELDS = [
  'communeId',
  'name',
  'criterionNo',
  'startYear',
  'endYear',
  'status',
  'committedValue',
  'notes',
] as const;

export function editWork(ctx: ServiceContext, { id, ...patch }: z.output<typeof workUpdateInput>): { id: number } {
  const before = getWork(ctx.db, id);
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy công trình cần sửa; có thể đã bị xóa.');
  const after = { ...before, ...patch };
  checkWorkRefs(ctx, after);
  const fields = WORK_FIELDS.filter((f) => patch[f] !== undefined && patch[f] !== before[f]);
  ctx.db.transaction((tx) => {
    if (!fields.length) return;
    updateWork(tx, id, Object.fromEntries(fields.map((f) => [f, patch[f]])));
    recordAudit(
      tx,
      fields.map((f) => ({
        entity: 'work',
        entityId: id,
        field: f,
        action: 'update' as const,
        oldValue: before[f],
        newValue: patch[f],
        communeId: after.communeId,
      })),
      ctx.now(),
    );
  });
  return { id };
}

export function removeWork(ctx: ServiceContext, id: number): { id: number } {
  const before = getWork(ctx.db, id);
  if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy công trình cần xóa; có thể đã bị xóa.');
  ctx.db.transaction((tx) => {
    deleteWork(tx, id);
    recordAudit(
      tx,
      [{ entity: 'work', entityId: id, action: 'delete', oldValue: before, communeId: before.communeId }],
      ctx.now(),
    );
  });
  return { id };
}
