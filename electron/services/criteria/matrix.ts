/** The commune × criteria matrix of a year: loading it compactly, and saving cell changes. */
import type { ServiceContext } from '../context';
import type { AppDb } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import { countMet, resultsFromMasks, resultText } from '../../../shared/domain/criteria-values';
import type { CriteriaMatrix, CriteriaSetInfo, MatrixDistrict, MatrixRow, ResultChange, SetResultsOutput } from '../../../shared/models/criteria';
import { deleteResult, indicatorsOfSet, resultMasks, resultsOf, upsertResult } from '../../../db/repositories/criteria';
import { overridesOf } from '../../../db/repositories/criteria-values';
import { computedCells, loadSetModel } from './set-model';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { recordAudit, type AuditEntry } from '../../../db/repositories/audit';
import { communesOfYear, heldLevels, requireSet, setInfo, type CommuneInfo, type HeldLevel } from './common';
import { yearEnd } from '../../../shared/format/date';

type Masks = { metMask: number; knownMask: number; sample: number };

function matrixRow(c: CommuneInfo, masks: Masks | undefined, held: HeldLevel | undefined, nos: number[], required: number): MatrixRow {
  const results = resultsFromMasks(masks?.metMask ?? 0, masks?.knownMask ?? 0, nos);
  const met = countMet(results);
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    districtId: c.districtId,
    results,
    met,
    level: held?.level ?? null,
    levelYear: held?.year ?? null,
    decisionNo: held?.decisionNo ?? '',
    decisionDate: held?.decisionDate ?? null,
    // Only a commune whose results were entered can be judged below the standard.
    atRisk: !!held && !!masks?.knownMask && met < required,
    sample: !!masks?.sample,
    ...(held?.exception ? { levelException: true } : {}),
  };
}

function districtsOf(communes: CommuneInfo[]): MatrixDistrict[] {
  const out = new Map<number, MatrixDistrict>();
  for (const c of communes) {
    if (c.districtId !== null && !out.has(c.districtId)) {
      out.set(c.districtId, { id: c.districtId, name: c.districtName, fullName: c.districtFullName, order: c.districtOrder });
    }
  }
  return [...out.values()];
}

export function loadMatrix(ctx: ServiceContext, year: number): CriteriaMatrix {
  const communes = communesOfYear(ctx, year);
  const districts = districtsOf(communes);
  const set = criteriaSetForYear(ctx.db, year);
  if (!set) {
    return { year, set: null, criteria: [], districts, rows: communes.map((c) => matrixRow(c, undefined, undefined, [], 0)), sampleData: false, computedCriteria: [], overrides: [] };
  }
  const { columns } = requireSet(ctx, year);
  const nos = columns.map((c) => c.no);
  const masks = new Map(resultMasks(ctx.db, year, set.id).map((m) => [m.communeId, m]));
  const held = heldLevels(ctx, yearEnd(year));
  const rows = communes.map((c) => matrixRow(c, masks.get(c.id), held.get(c.id), nos, set.requiredCount));
  return {
    year,
    set: setInfo(set),
    criteria: columns,
    districts,
    rows,
    sampleData: rows.some((r) => r.sample),
    computedCriteria: computedCriteriaOf(ctx.db, set.id),
    overrides: overridesOf(ctx.db, year),
  };
}

/** Criteria of a set whose đạt is computed from indicators (not typed in the grid). */
export function computedCriteriaOf(db: AppDb, setId: number): number[] {
  return [...new Set(indicatorsOfSet(db, setId).map((i) => i.criterionId))];
}

const cellKey = (communeId: number, criterionId: number) => `${communeId}:${criterionId}`;

/**
 * Saves cell changes of one year in one transaction, each audited with its old and new value.
 * Every cell is checked before anything is written: a change naming a commune or criterion that
 * does not belong to the year refuses the whole batch.
 */
export function setResults(ctx: ServiceContext, year: number, changes: ResultChange[]): SetResultsOutput {
  const { set, columns } = requireSet(ctx, year);
  const criterionById = new Map(columns.map((c) => [c.id, c]));
  const communeIds = [...new Set(changes.map((c) => c.communeId))];
  const communes = new Map(communesOfYear(ctx, year, communeIds).map((c) => [c.id, c]));
  const seen = new Set<string>();
  const computed = computedCells(ctx.db, loadSetModel(ctx.db, set.id), year, communeIds);
  for (const ch of changes) {
    if (!communes.has(ch.communeId)) throw new AppError('NOT_FOUND', `Không tìm thấy xã (mã ${ch.communeId}) trong danh sách xã năm ${year}.`);
    const criterion = criterionById.get(ch.criterionId);
    if (!criterion) throw new AppError('VALIDATION', `Tiêu chí (mã ${ch.criterionId}) không thuộc ${set.name} áp dụng năm ${year}.`);
    if (computed.has(cellKey(ch.communeId, ch.criterionId))) {
      throw new AppError(
        'VALIDATION',
        `Xã ${communes.get(ch.communeId)!.name}, tiêu chí ${criterion.no}. ${criterion.name}: kết quả được tính từ giá trị các chỉ tiêu đã nhập. Hãy sửa giá trị chỉ tiêu (nút «Chỉ tiêu» của ô), hoặc ghi «đánh giá khác» kèm lý do.`,
      );
    }
    const key = cellKey(ch.communeId, ch.criterionId);
    if (seen.has(key)) {
      throw new AppError('VALIDATION', `Xã ${communes.get(ch.communeId)!.name}, tiêu chí ${criterion.no}: một ô được sửa hai lần trong cùng một lần lưu.`);
    }
    seen.add(key);
  }

  const changed = ctx.db.transaction((tx) => writeResults(tx, year, changes, ctx.now()));
  return { rows: rowsOf(ctx, year, set, columns, [...communes.values()]), changed };
}

/**
 * Writes checked changes inside the caller's transaction and audits each cell that really
 * changes (old and new value); returns how many did. Imports mark their audit rows as such.
 */
export function writeResults(tx: AppDb, year: number, changes: ResultChange[], at: Date, imported = false): number {
  const communeIds = [...new Set(changes.map((c) => c.communeId))];
  const before = new Map(resultsOf(tx, year, communeIds).map((r) => [cellKey(r.communeId, r.criterionId), r.met]));
  const audit: AuditEntry[] = [];
  for (const ch of changes) {
    const old = before.get(cellKey(ch.communeId, ch.criterionId)) ?? null;
    if (old === ch.met) continue;
    const key = { year, communeId: ch.communeId, criterionId: ch.criterionId };
    if (ch.met === null) deleteResult(tx, key);
    else upsertResult(tx, { ...key, met: ch.met });
    audit.push({
      entity: 'criterion_result',
      entityId: `${year}:${ch.communeId}:${ch.criterionId}`,
      field: 'met',
      action: imported ? 'import' : old === null ? 'insert' : ch.met === null ? 'delete' : 'update',
      oldValue: old === null ? null : resultText(old),
      newValue: ch.met === null ? null : resultText(ch.met),
      communeId: ch.communeId,
    });
  }
  recordAudit(tx, audit, at);
  return audit.length;
}

/** Fresh matrix rows of a few communes (after a change), without loading the whole year. */
export function matrixRowsOf(ctx: ServiceContext, year: number, communeIds: number[]): MatrixRow[] {
  const { set, columns } = requireSet(ctx, year);
  return rowsOf(ctx, year, set, columns, communesOfYear(ctx, year, communeIds));
}

function rowsOf(ctx: ServiceContext, year: number, set: CriteriaSetInfo, columns: { no: number }[], communes: CommuneInfo[]): MatrixRow[] {
  const ids = communes.map((c) => c.id);
  const masks = new Map(resultMasks(ctx.db, year, set.id, ids).map((m) => [m.communeId, m]));
  const held = heldLevels(ctx, yearEnd(year), ids);
  const nos = columns.map((c) => c.no);
  return communes.map((c) => matrixRow(c, masks.get(c.id), held.get(c.id), nos, set.requiredCount));
}
