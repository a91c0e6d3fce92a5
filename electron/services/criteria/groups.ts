/** Commune groups (QĐ 51/2025: nhóm 1, 2, 3) with validity dates and the deciding document; grid and Excel. */
import type { ServiceContext } from '../context';
import type { AppDb } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import { formatShortDate, yearEnd } from '../../../shared/format/date';
import type { CommuneGroupRow, GroupChange } from '../../../shared/models/indicators';
import {
  deleteGroup,
  groupPeriodsFrom,
  groupsAt,
  insertGroup,
  setGroupValidTo,
} from '../../../db/repositories/criteria-values';
import { recordAudit, type AuditEntry } from '../../../db/repositories/audit';
import { communesOfYear } from './common';
import { getCriteriaSet } from '../../../db/repositories/criteria';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { loadSetModel, syncCriterionResults } from './set-model';

export function listGroups(ctx: ServiceContext, year: number): CommuneGroupRow[] {
  const communes = communesOfYear(ctx, year);
  const groups = groupsAt(ctx.db, yearEnd(year));
  return communes.map((c) => {
    const g = groups.get(c.id);
    return {
      communeId: c.id,
      code: c.code,
      name: c.name,
      label: c.label,
      groupNo: g?.groupNo ?? null,
      validFrom: g?.validFrom ?? null,
      decision: g?.decision ?? '',
    };
  });
}

export interface CheckedGroup extends GroupChange {
  label: string;
  validFrom: string;
  decision: string;
}

/** Ends the periods open at `validFrom` and starts the new group (null: no group from that date). */
function writeGroups(tx: AppDb, changes: CheckedGroup[], at: Date, imported: boolean): number {
  const audit: AuditEntry[] = [];
  for (const ch of changes) {
    const periods = groupPeriodsFrom(tx, ch.communeId, ch.validFrom);
    const current = periods.find((p) => p.validFrom <= ch.validFrom);
    if (current && current.groupNo === ch.groupNo && current.decision === ch.decision) continue;
    for (const p of periods) {
      if (p.validFrom >= ch.validFrom) deleteGroup(tx, p.id);
      else setGroupValidTo(tx, p.id, ch.validFrom);
    }
    if (ch.groupNo !== null)
      insertGroup(tx, { communeId: ch.communeId, groupNo: ch.groupNo, validFrom: ch.validFrom, decision: ch.decision });
    audit.push({
      entity: 'commune_group',
      entityId: ch.communeId,
      field: 'group',
      action: imported ? 'import' : current ? 'update' : 'insert',
      oldValue: current ? `Nhóm ${current.groupNo} từ ${formatShortDate(current.validFrom)}` : null,
      newValue: ch.groupNo === null ? null : `Nhóm ${ch.groupNo} từ ${formatShortDate(ch.validFrom)} (${ch.decision})`,
      communeId: ch.communeId,
    });
  }
  recordAudit(tx, audit, at);
  return audit.length;
}

/** Thresholds follow the group: recompute the criteria of the communes whose group changed, for years from the change on. */
function resync(tx: AppDb, changes: CheckedGroup[], at: Date) {
  const years = new Set<number>();
  for (const ch of changes) years.add(Number(ch.validFrom.slice(0, 4)));
  const from = Math.min(...years);
  for (let y = from; y <= from + 5; y++) {
    const set = criteriaSetForYear(tx, y);
    if (!set || set.thresholdBy !== 'group' || !getCriteriaSet(tx, set.id)) continue;
    syncCriterionResults(tx, loadSetModel(tx, set.id), y, [...new Set(changes.map((c) => c.communeId))], at);
  }
}

/** Writes checked group changes and recomputes what they decide (call inside the one transaction). */
export function writeGroupChanges(ctx: ServiceContext, tx: AppDb, changes: CheckedGroup[], imported: boolean): number {
  const n = writeGroups(tx, changes, ctx.now(), imported);
  if (n) resync(tx, changes, ctx.now());
  return n;
}

function apply(ctx: ServiceContext, changes: CheckedGroup[], imported: boolean): number {
  return ctx.db.transaction((tx) => writeGroupChanges(ctx, tx, changes, imported));
}

export function saveGroups(
  ctx: ServiceContext,
  input: { year: number; validFrom: string; decision: string; changes: GroupChange[] },
): { changed: number } {
  const communes = new Map(
    communesOfYear(
      ctx,
      input.year,
      input.changes.map((c) => c.communeId),
    ).map((c) => [c.id, c]),
  );
  const seen = new Set<number>();
  const checked = input.changes.map((ch) => {
    const c = communes.get(ch.communeId);
    if (!c)
      throw new AppError('NOT_FOUND', `Không tìm thấy xã (mã ${ch.communeId}) trong danh sách xã năm ${input.year}.`);
    if (seen.has(ch.communeId))
      throw new AppError('VALIDATION', `Xã ${c.label} có hai thay đổi trong cùng một lần lưu.`);
    seen.add(ch.communeId);
    return { ...ch, label: c.label, validFrom: input.validFrom, decision: input.decision };
  });
  return { changed: apply(ctx, checked, false) };
}
