/** What every criteria service needs: the year's communes, its criteria set, who holds which level. */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { LEVELS, type Level } from '../../../shared/domain/ntm-figures';
import { communeWithDistrict, unitName } from '../../../shared/models/units';
import type { CriteriaSetInfo } from '../../../shared/models/criteria';
import { ruralCommuneRecords } from '../../../db/repositories/units';
import { criteriaOfSet } from '../../../db/repositories/criteria';
import { criteriaSetForYear } from '../../../db/repositories/standings';
import { recognitionsInForce } from '../../../db/repositories/recognitions';
import { yearEnd } from '../../../shared/format/date';
import { dataVersion } from '../../../db/repositories/overview';

export interface CommuneInfo {
  id: number;
  code: string | null;
  name: string;
  districtId: number | null;
  districtName: string;
  districtFullName: string;
  districtOrder: number;
  /** "Phú Hữu (huyện Châu Thành)". */
  label: string;
}

/** How documents name a commune's district-level unit and the commune itself. */
export function namesOf(name: string, districtName: string | null, districtKind: string | null) {
  const districtFullName = unitName(districtKind, districtName);
  return { districtFullName, label: communeWithDistrict(name, districtFullName) };
}

/** The rural communes (xã) of a year (or some of them), as they stood on 31/12, in the province's usual order. */
export function communesOfYear(ctx: ServiceContext, year: number, ids?: number[]): CommuneInfo[] {
  // A district-level unit's full name once per unit, not once per commune (10.000 at national scale).
  const districtNames = new Map<number, string>();
  return ruralCommuneRecords(ctx.db, yearEnd(year), ids).map(
    ([id, code, name, , , , districtId, districtName, districtKind, districtOrder]) => {
      let districtFullName = districtId === null ? undefined : districtNames.get(districtId);
      if (districtFullName === undefined) {
        districtFullName = unitName(districtKind, districtName);
        if (districtId !== null) districtNames.set(districtId, districtFullName);
      }
      return {
        id,
        code,
        name,
        districtId,
        districtName: districtName ?? '',
        districtFullName,
        districtOrder: districtOrder ?? 0,
        label: communeWithDistrict(name, districtFullName),
      };
    },
  );
}

export function setInfo(set: NonNullable<ReturnType<typeof criteriaSetForYear>>): CriteriaSetInfo {
  return {
    id: set.id,
    code: set.code,
    name: set.name,
    level: set.level,
    yearFrom: set.yearFrom,
    yearTo: set.yearTo,
    decision: set.decision,
    requiredCount: set.requiredCount,
    thresholdBy: set.thresholdBy,
    sourceDoc: set.sourceDoc,
    verified: set.verified,
    expectedIndicators: set.expectedIndicators,
  };
}

export interface YearSet {
  set: CriteriaSetInfo;
  columns: ReturnType<typeof criteriaOfSet>;
}

/** The set last read per connection, with the data version it is current at (read on every cell edit). */
const lastSet = new WeakMap<object, { year: number; version: string; value: YearSet }>();

/** The NTM set in force in a year with its criteria in column order, or a Vietnamese refusal. */
export function requireSet(ctx: ServiceContext, year: number): YearSet {
  const version = dataVersion(ctx.sqlite);
  const last = lastSet.get(ctx.sqlite);
  if (last && last.year === year && last.version === version) return last.value;
  const set = criteriaSetForYear(ctx.db, year);
  if (!set) throw new AppError('NOT_FOUND', `Chưa có bộ tiêu chí nông thôn mới áp dụng cho năm ${year}.`);
  const value = { set: setInfo(set), columns: criteriaOfSet(ctx.db, set.id) };
  lastSet.set(ctx.sqlite, { year, version, value });
  return value;
}

/**
 * At the end of a transaction that read `held` with requireSet at its start and then wrote only
 * criterion results and audit rows: the set is still current at the version the transaction ends
 * with. Inside the transaction no other connection can commit, so nothing else changed meanwhile.
 */
export function setStillCurrent(ctx: ServiceContext, held: YearSet): void {
  const last = lastSet.get(ctx.sqlite);
  if (last?.value === held) last.version = dataVersion(ctx.sqlite);
}

export interface HeldLevel {
  level: Level;
  year: number;
  decisionNo: string;
  decisionDate: string | null;
  exception: boolean;
}

/** Highest level each commune holds at a date (recognised, not revoked), with the deciding recognition. */
export function heldLevels(ctx: ServiceContext, date: string, communeIds?: number[]): Map<number, HeldLevel> {
  const out = new Map<number, HeldLevel>();
  for (const r of recognitionsInForce(ctx.db, date, communeIds)) {
    const level = r.level as Level;
    const cur = out.get(r.communeId);
    if (!cur || LEVELS.indexOf(level) > LEVELS.indexOf(cur.level)) {
      out.set(r.communeId, {
        level,
        year: r.year,
        decisionNo: r.decisionNo,
        decisionDate: r.decisionDate,
        exception: r.exception,
      });
    }
  }
  return out;
}
