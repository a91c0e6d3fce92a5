/** The commune × criteria matrix of a year: loading it compactly, and saving cell changes. */
import type { ServiceContext } from '../context';
import type { AppDb } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import { countMet, resultsFromMasks, resultText } from '../../../shared/domain/criteria-values';
import type {
  CriteriaMatrix,
  CriteriaSetInfo,
  MatrixDistrict,
  MatrixRow,
  ResultChange,
  SetResultsOutput,
} from '../../../shared/models/criteria';
import {
  criteriaOfSet,
  criteriaWithIndicators,
  deleteResult,
  resultsOf,
  upsertResult,
} from '../../../db/repositories/criteria';
import {
  computedCellKeys,
  districtUnits,
  matrixHeldRecords,
  matrixHeldRecordsOf,
  summaryMasks,
  type MatrixHeldRecord,
} from '../../../db/repositories/criteria-summary';
import { overridesOf } from '../../../db/repositories/criteria-values';
import { fullDistrictName } from '../../../shared/models/units';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { recordAudit, type AuditEntry } from '../../../db/repositories/audit';
import { requireSet, setInfo, setStillCurrent } from './common';
import type { Level } from '../../../shared/domain/ntm-figures';
import { yearEnd } from '../../../shared/format/date';
import { NO_CRITERIA, type CriteriaMask } from '../../../shared/models/units-of-measure';

/** Result strings (and their met counts) by mask pair: at national scale most communes share a handful of patterns. */
class ResultStrings {
  private readonly cache = new Map<number, { results: string; met: number }>();
  private readonly none: { results: string; met: number };
  constructor(private readonly nos: number[]) {
    this.none = { results: resultsFromMasks(NO_CRITERIA, NO_CRITERIA, nos), met: 0 };
  }
  of(metMask: CriteriaMask, knownMask: CriteriaMask): { results: string; met: number } {
    if (knownMask === 0) return this.none;
    // Masks are below 2^26 for every set in use, so the pair packs exactly into one number.
    const key = knownMask < 2 ** 26 && metMask < 2 ** 26 ? knownMask * 2 ** 26 + metMask : -1;
    let s = key >= 0 ? this.cache.get(key) : undefined;
    if (s === undefined) {
      const results = resultsFromMasks(metMask, knownMask, this.nos);
      s = { results, met: countMet(results) };
      if (key >= 0) this.cache.set(key, s);
    }
    return s;
  }
}

/** One matrix row from its record (commune, summary, recognition held); without a set no level is shown. */
function matrixRow(r: MatrixHeldRecord, strings: ResultStrings, required: number, withLevels: boolean): MatrixRow {
  const [
    id,
    code,
    name,
    districtId,
    metMask,
    knownMask,
    sampleCount,
    level,
    levelYear,
    decisionNo,
    decisionDate,
    exception,
  ] = r;
  const known = knownMask ?? NO_CRITERIA;
  const { results, met } = strings.of(metMask ?? NO_CRITERIA, known);
  const held = withLevels && level !== null;
  const row: MatrixRow = {
    id,
    code,
    name,
    districtId,
    results,
    met,
    level: held ? (level as Level) : null,
    levelYear: held ? levelYear : null,
    decisionNo: held ? (decisionNo ?? '') : '',
    decisionDate: held ? decisionDate : null,
    // Only a commune whose results were entered can be judged below the standard.
    atRisk: held && known !== 0 && met < required,
    sample: !!sampleCount,
  };
  if (held && exception) row.levelException = true;
  return row;
}

/**
 * The matrix of a year: one statement reads every xã with its maintained summary row
 * (criteria_year_summary) and the recognition deciding the level it holds; rows are built from
 * plain arrays, district names come once each.
 */
export function loadMatrix(ctx: ServiceContext, year: number): CriteriaMatrix {
  const date = yearEnd(year);
  const set = criteriaSetForYear(ctx.db, year);
  const columns = set ? criteriaOfSet(ctx.db, set.id) : [];
  const strings = new ResultStrings(columns.map((c) => c.no));
  const required = set?.requiredCount ?? 0;
  const records = matrixHeldRecords(ctx.db, date, year, set?.id ?? -1);
  const rows: MatrixRow[] = new Array(records.length);
  const usedDistricts = new Set<number | null>();
  let sampleData = false;
  for (let i = 0; i < records.length; i++) {
    const row = matrixRow(records[i]!, strings, required, !!set);
    sampleData ||= row.sample;
    usedDistricts.add(row.districtId);
    rows[i] = row;
  }
  const districts: MatrixDistrict[] = [];
  for (const [id, name, kind, order] of districtUnits(ctx.db))
    if (usedDistricts.has(id)) districts.push({ id, name, fullName: fullDistrictName(kind, name), order });
  return {
    year,
    set: set ? setInfo(set) : null,
    criteria: columns,
    districts,
    rows,
    sampleData,
    // Criteria whose đạt is computed from indicators (not typed in the grid).
    computedCriteria: set ? criteriaWithIndicators(ctx.db, set.id) : [],
    overrides: set ? overridesOf(ctx.db, year) : [],
  };
}

const cellKey = (communeId: number, criterionId: number) => `${communeId}:${criterionId}`;

/** Bit `no` of a summary mask (masks stay below 2^53; bit operators are 32-bit). */
const bitOf = (mask: number, no: number) => (no < 31 ? (mask >>> no) & 1 : Math.floor(mask / 2 ** no) % 2);

/**
 * Saves cell changes of one year in one transaction, each audited with its old and new value.
 * Every cell is checked before anything is written: a change naming a commune or criterion that
 * does not belong to the year refuses the whole batch.
 *
 * One IMMEDIATE transaction on the connection itself (the query builder's transaction object costs
 * more than the edit) holds the reads too, so the check, the old values and the rows returned see
 * exactly what is written. The edited communes' matrix records are read in one statement; the old
 * value of each cell comes from their maintained summary masks (equal to the results, see
 * test/db/summaries.test.ts), and afterwards only the masks are read again.
 */
export function setResults(ctx: ServiceContext, year: number, changes: ResultChange[]): SetResultsOutput {
  const communeIds = [...new Set(changes.map((c) => c.communeId))];
  return ctx.sqlite
    .transaction(() => {
      // Read inside the IMMEDIATE transaction, so it is the set the writes are checked against.
      const held = requireSet(ctx, year);
      const { set, columns } = held;
      const criterionById = new Map(columns.map((c) => [c.id, c]));
      const records = matrixHeldRecordsOf(ctx.db, yearEnd(year), year, set.id, communeIds);
      const byId = new Map(records.map((r) => [r[0], r]));
      checkChanges(ctx, year, set, criterionById, byId, changes);
      const oldOf = (ch: ResultChange) => {
        const r = byId.get(ch.communeId)!;
        const no = criterionById.get(ch.criterionId)!.no;
        return bitOf(r[5] ?? 0, no) ? !!bitOf(r[4] ?? 0, no) : null;
      };
      const changed = writeResults(ctx.db, year, changes, ctx.now(), false, oldOf);
      const masks = new Map(summaryMasks(ctx.db, year, set.id, communeIds).map((m) => [m.communeId, m]));
      const strings = new ResultStrings(columns.map((c) => c.no));
      const rows = records.map((r) => {
        const m = masks.get(r[0]);
        const fresh: MatrixHeldRecord = [...r];
        [fresh[4], fresh[5], fresh[6]] = m ? [m.metMask, m.knownMask, m.sample] : [null, null, null];
        return matrixRow(fresh, strings, set.requiredCount, true);
      });
      setStillCurrent(ctx, held);
      return { rows, changed };
    })
    .immediate();
}

/** Refuses a batch naming a commune or criterion outside the year, a computed cell, or one cell twice. */
function checkChanges(
  ctx: ServiceContext,
  year: number,
  set: CriteriaSetInfo,
  criterionById: Map<number, { no: number; name: string }>,
  communes: Map<number, MatrixHeldRecord>,
  changes: ResultChange[],
): void {
  const computed = computedCellKeys(ctx.db, year, set.id, [...communes.keys()]);
  const seen = new Set<string>();
  for (const ch of changes) {
    const commune = communes.get(ch.communeId);
    if (!commune)
      throw new AppError('NOT_FOUND', `Không tìm thấy xã (mã ${ch.communeId}) trong danh sách xã năm ${year}.`);
    const criterion = criterionById.get(ch.criterionId);
    if (!criterion)
      throw new AppError('VALIDATION', `Tiêu chí (mã ${ch.criterionId}) không thuộc ${set.name} áp dụng năm ${year}.`);
    const key = cellKey(ch.communeId, ch.criterionId);
    if (computed.has(key)) {
      throw new AppError(
        'VALIDATION',
        `Xã ${commune[2]}, tiêu chí ${criterion.no}. ${criterion.name}: kết quả được tính từ giá trị các chỉ tiêu đã nhập. Hãy sửa giá trị chỉ tiêu (nút «Chỉ tiêu» của ô), hoặc ghi «đánh giá khác» kèm lý do.`,
      );
    }
    if (seen.has(key))
      throw new AppError(
        'VALIDATION',
        `Xã ${commune[2]}, tiêu chí ${criterion.no}: một ô được sửa hai lần trong cùng một lần lưu.`,
      );
    seen.add(key);
  }
}

/**
 * Writes checked changes inside the caller's transaction and audits each cell that really
 * changes (old and new value); returns how many did. Imports mark their audit rows as such.
 * `oldOf` gives a cell's stored value when the caller has it already; otherwise the results of
 * the communes are read.
 */
export function writeResults(
  tx: AppDb,
  year: number,
  changes: ResultChange[],
  at: Date,
  imported = false,
  oldOf?: (ch: ResultChange) => boolean | null,
): number {
  if (!oldOf) {
    const before = new Map(
      resultsOf(tx, year, [...new Set(changes.map((c) => c.communeId))]).map((r) => [
        cellKey(r.communeId, r.criterionId),
        r.met,
      ]),
    );
    oldOf = (ch) => before.get(cellKey(ch.communeId, ch.criterionId)) ?? null;
  }
  const audit: AuditEntry[] = [];
  for (const ch of changes) {
    const old = oldOf(ch);
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

/** Fresh matrix rows of a few communes (after a change), without loading the whole year: one statement. */
export function matrixRowsOf(ctx: ServiceContext, year: number, communeIds: number[]): MatrixRow[] {
  const { set, columns } = requireSet(ctx, year);
  const strings = new ResultStrings(columns.map((c) => c.no));
  return matrixHeldRecordsOf(ctx.db, yearEnd(year), year, set.id, [...new Set(communeIds)]).map((r) =>
    matrixRow(r, strings, set.requiredCount, true),
  );
}
