/**
 * «Xã cần bổ sung»: for every xã of the structure in force, the criteria and indicators of the set in
 * force it does not meet yet for its group, from its latest values, beside its 2021–2025 status; and
 * the same counted by criterion. The table an office sets next year's targets from.
 *
 * At national scale (10,000 xã × 47 indicators) the values are read folded per commune, judged as
 * they are parsed (the group, hence the judgement, does not depend on the year a value comes
 * from) into one byte per commune and indicator, and rows carry positions, not objects.
 */
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import {
  compileIndicator,
  groupKey,
  numericJudge,
  thresholdFor,
  type IndicatorStatus,
} from '../../../shared/domain/criteria-eval';
import { LEVEL_LABEL } from '../../../shared/domain/ntm-figures';
import { yearEnd } from '../../../shared/format/date';
import type { ShortfallByCriterion, ShortfallCommune, ShortfallReport } from '../../../shared/models/indicators';
import { criteriaMetByCommune, criteriaSetForYear } from '../../../db/repositories/standings';
import {
  groupNosAt,
  overridesOfSetBetween,
  predecessorsOf,
  valuePacksOfYear,
  regionsOf,
} from '../../../db/repositories/criteria-values';
import { districtRecords, matrixRecords, summaryMasks } from '../../../db/repositories/criteria-summary';
import { communeWithDistrict, fullDistrictName } from '../../../shared/models/units';
import { heldLevels } from './common';
import { loadSetModel, thresholdText, type ModelIndicator } from './set-model';

// One byte per commune and indicator. NONE: no value in any year of the set up to the report's year.
const NONE = 0;
const STATUS_CODE: Record<IndicatorStatus, number> = { met: 1, unmet: 2, missing: 3, na: 4, no_threshold: 5 };
const UNMET = STATUS_CODE.unmet;
const MISSING = STATUS_CODE.missing;
const NO_THRESHOLD = STATUS_CODE.no_threshold;

/** The judgements under one threshold key (a group, or a region): one per indicator of the set. */
interface Judges {
  judge: ((v: string | null) => IndicatorStatus)[];
  /** For number and percent indicators with a numeric threshold: the same judgement of a number. */
  numeric: (((n: number) => IndicatorStatus) | null)[];
  /** The status of an indicator without a value. */
  absent: Uint8Array;
  /** The requirement as a person reads it ("≥ 90%"), for the export. */
  need: string[];
}

/** The report with what the Excel export adds: each unmet indicator's value and requirement. */
export interface ShortfallDetail {
  report: ShortfallReport;
  /** The latest stored value of a commune (row position) and indicator (flat position), or null. */
  valueAt: (row: number, indicator: number) => string | null;
  /** The requirement applied to a commune (row position) for an indicator (flat position). */
  needAt: (row: number, indicator: number) => string;
  indicators: ModelIndicator[];
}

/**
 * A stored number written plainly ("85", "12.5") read from text[from, to) without making a string,
 * exactly as Number() reads it (an integer of at most 15 digits divided by a power of ten rounds
 * once, like the decimal itself); -1 for anything else (the caller then reads the text).
 */
function plainNumber(text: string, from: number, to: number): number {
  let m = 0;
  let digits = 0;
  let scale = 0;
  for (let q = from; q < to; q++) {
    const d = text.charCodeAt(q) - 48;
    if (d >= 0 && d <= 9) {
      m = m * 10 + d;
      digits++;
      if (scale) scale++;
    } else if (d === -2 && !scale && digits)
      scale = 1; // '.'
    else return -1;
  }
  if (!digits || digits > 15 || scale === 1) return -1;
  return scale ? m / POW10[scale - 1]! : m;
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export function shortfall(ctx: ServiceContext, year: number): ShortfallReport {
  return shortfallDetail(ctx, year, false).report;
}

/** `keepValues` keeps every latest value (the export shows them); the screen needs only the judgement. */
export function shortfallDetail(ctx: ServiceContext, year: number, keepValues = true): ShortfallDetail {
  const set = criteriaSetForYear(ctx.db, year);
  if (!set) throw new AppError('NOT_FOUND', `Chưa có bộ tiêu chí nông thôn mới áp dụng cho năm ${year}.`);
  const model = loadSetModel(ctx.db, set.id);
  const byGroup = model.thresholdBy === 'group';
  const date = yearEnd(year);
  // The xã of the year in the province's usual order, as the matrix reads them (plain arrays).
  const districts = new Map(
    districtRecords(ctx.db, date).map(([id, name, kind]) => [id, fullDistrictName(kind, name)]),
  );
  const records = matrixRecords(ctx.db, date, year, set.id);
  const nR = records.length;
  const communeIds = new Int32Array(nR);
  const rowOf = new Map<number, number>();
  records.forEach(([id], r) => {
    communeIds[r] = id;
    rowOf.set(id, r);
  });

  const indicators = model.criteria.flatMap((c) => c.indicators);
  const nI = indicators.length;
  const slotOf = new Int32Array(indicators.reduce((m, i) => Math.max(m, i.id), 0) + 1).fill(-1);
  indicators.forEach((i, k) => (slotOf[i.id] = k));

  // The threshold key of every commune, and the judgements of each key (compiled once per key).
  const groupNo = new Array<number | null>(nR).fill(null);
  for (const [c, g] of groupNosAt(ctx.db, date)) {
    const r = rowOf.get(c);
    if (r !== undefined) groupNo[r] = g;
  }
  const regions = byGroup ? null : regionsOf(ctx.db, [...communeIds]);
  const judgesByKey = new Map<string, Judges>();
  const judgesOfRow: Judges[] = new Array(nR);
  for (let r = 0; r < nR; r++) {
    const key = { group: groupNo[r]!, region: regions?.get(communeIds[r]!) ?? null };
    const tkey = byGroup ? (key.group ? groupKey(key.group) : '-') : (key.region ?? 'chung');
    let j = judgesByKey.get(tkey);
    if (!j) {
      j = { judge: [], numeric: [], absent: new Uint8Array(nI), need: [] };
      for (let k = 0; k < nI; k++) {
        const i = indicators[k]!;
        const t = thresholdFor(model.thresholdBy, i.thresholds, key);
        j.judge.push(compileIndicator(i, t));
        j.numeric.push(numericJudge(i, t));
        j.absent[k] = STATUS_CODE[j.judge[k]!(null)];
        j.need.push(thresholdText(i, t));
      }
      judgesByKey.set(tkey, j);
    }
    judgesOfRow[r] = j;
  }

  // Latest value per commune and indicator, judged as it is read: years oldest first, later ones overwrite.
  const status = new Uint8Array(nR * nI);
  const values: (string | undefined)[] | null = keepValues ? new Array(nR * nI) : null;
  const valueYear = new Int16Array(nR);
  for (let y = set.yearFrom; y <= year; y++) {
    for (const [c, packed] of valuePacksOfYear(ctx.db, y)) {
      const r = rowOf.get(c);
      if (r === undefined) continue;
      const { judge, numeric } = judgesOfRow[r]!;
      const base = r * nI;
      let p = 0;
      let any = false;
      while (p < packed.length) {
        const eq = packed.indexOf('=', p);
        let end = packed.indexOf(';', eq);
        if (end < 0) end = packed.length;
        let id = 0;
        for (let q = p; q < eq; q++) id = id * 10 + packed.charCodeAt(q) - 48;
        const k = id < slotOf.length ? slotOf[id]! : -1;
        if (k >= 0) {
          const n = numeric[k] && !values ? plainNumber(packed, eq + 1, end) : -1;
          if (n >= 0) status[base + k] = STATUS_CODE[numeric[k]!(n)];
          else {
            const v = packed.slice(eq + 1, end);
            status[base + k] = STATUS_CODE[judge[k]!(v)];
            if (values) values[base + k] = v;
          }
          any = true;
        }
        p = end + 1;
      }
      if (any) valueYear[r] = y;
    }
  }

  // Criteria without indicators keep their marks: the latest known one, from the maintained summary.
  const nC = model.criteria.length;
  const marked = model.criteria.map((c, kk) => (c.indicators.length ? -1 : kk)).filter((kk) => kk >= 0);
  const marks = marked.length ? new Int8Array(nR * nC).fill(-1) : null;
  if (marks) {
    for (let y = set.yearFrom; y <= year; y++) {
      for (const m of summaryMasks(ctx.db, y, set.id)) {
        const r = rowOf.get(m.communeId);
        if (r === undefined) continue;
        for (const kk of marked) {
          const bit = 2 ** model.criteria[kk]!.no;
          if (Math.floor(m.knownMask / bit) % 2) marks[r * nC + kk] = Math.floor(m.metMask / bit) % 2;
        }
      }
    }
  }
  const cIndex = new Map(model.criteria.map((c, kk) => [c.id, kk]));
  const overrides = new Map<number, boolean>();
  for (const o of overridesOfSetBetween(ctx.db, set.id, set.yearFrom, year)) {
    const r = rowOf.get(o.communeId);
    const kk = cIndex.get(o.criterionId);
    if (r !== undefined && kk !== undefined) overrides.set(r * nC + kk, o.met);
  }

  // 2021–2025 beside it: the level held at the end of 2025 (own or predecessors') and criteria met then.
  const prevYear = set.yearFrom - 1;
  const prevSet = criteriaSetForYear(ctx.db, prevYear);
  const preds = new Map<number, { from: number; name: string }[]>();
  for (const p of predecessorsOf(ctx.db)) {
    if (!rowOf.has(p.to)) continue;
    const list = preds.get(p.to) ?? [];
    list.push({ from: p.from, name: p.name });
    preds.set(p.to, list);
  }
  const held = heldLevels(ctx, yearEnd(prevYear));
  const prevMet = prevSet ? criteriaMetByCommune(ctx.db, prevYear, prevSet.id) : new Map<number, number>();
  const prevTotal = prevSet?.requiredCount ?? 0;

  const starts = new Int32Array(nC + 1);
  model.criteria.forEach((c, kk) => (starts[kk + 1] = starts[kk]! + c.indicators.length));
  const byCriterion: ShortfallByCriterion[] = model.criteria.map((c) => ({
    criterionId: c.id,
    no: c.no,
    name: c.name,
    communes: 0,
    unknown: 0,
    indicators: c.indicators.map((i) => ({ code: i.code, name: i.name, communes: 0 })),
  }));
  const criterionCount = new Int32Array(nC);
  const unknownCount = new Int32Array(nC);
  const indicatorCount = new Int32Array(nI);
  const rows: ShortfallCommune[] = new Array(nR);
  let complete = 0;
  let noGroup = 0;
  const scratch = new Int32Array(nI + nC);
  for (let r = 0; r < nR; r++) {
    const [communeId, , name, districtId] = records[r]!;
    if (byGroup && groupNo[r] === null) noGroup++;
    const absent = judgesOfRow[r]!.absent;
    const base = r * nI;
    // Positions gathered in a scratch buffer, then copied once into arrays of their exact size.
    let nUnmet = 0;
    let nIndicators = 0;
    let overridden: number[] | undefined;
    let unknown = 0;
    for (let kk = 0; kk < nC; kk++) {
      const from = starts[kk]!;
      const to = starts[kk + 1]!;
      // null: not known yet; judged as criterionFromIndicators does (any unmet → unmet; any missing → unknown).
      let met: boolean | null;
      const firstUnmet = nIndicators;
      if (from < to) {
        let anyUnmet = false;
        let anyUnknown = false;
        for (let k = from; k < to; k++) {
          let s = status[base + k]!;
          if (s === NONE) s = absent[k]!;
          if (s === UNMET) {
            anyUnmet = true;
            indicatorCount[k]!++;
            scratch[nC + nIndicators++] = k;
          } else if (s === MISSING || s === NO_THRESHOLD) anyUnknown = true;
        }
        met = anyUnmet ? false : anyUnknown ? null : true;
      } else {
        const m = marks![r * nC + kk]!;
        met = m < 0 ? null : m === 1;
      }
      const o = overrides.get(r * nC + kk);
      if (o !== undefined) met = o;
      if (met === false) {
        scratch[nUnmet++] = kk;
        criterionCount[kk]!++;
        if (o !== undefined) (overridden ??= []).push(kk);
      } else {
        // Indicators of a criterion that is met (by an override) or unknown are counted by indicator only.
        nIndicators = firstUnmet;
        if (met === null) {
          unknown++;
          unknownCount[kk]!++;
        }
      }
    }
    if (!nUnmet && !unknown) complete++;
    const own = held.get(communeId);
    const before = preds.get(communeId);
    rows[r] = {
      communeId,
      label: communeWithDistrict(name, districtId === null ? '' : (districts.get(districtId) ?? '')),
      groupNo: groupNo[r]!,
      latestYear: valueYear[r] || null,
      unmet: Array.from(scratch.subarray(0, nUnmet)),
      unmetIndicators: Array.from(scratch.subarray(nC, nC + nIndicators)),
      ...(overridden ? { overridden } : {}),
      unknown,
      previousLevel: own?.level ?? null,
      previousNote: before
        ? before
            .map((p) => `${p.name}: ${held.has(p.from) ? LEVEL_LABEL[held.get(p.from)!.level] : 'chưa đạt chuẩn'}`)
            .join('; ')
        : '',
      previousMet: prevMet.get(communeId) ?? null,
      previousTotal: prevTotal,
    };
  }
  byCriterion.forEach((c, kk) => {
    c.communes = criterionCount[kk]!;
    c.unknown = unknownCount[kk]!;
    c.indicators.forEach((i, j) => (i.communes = indicatorCount[starts[kk]! + j]!));
  });
  return {
    report: {
      year,
      setName: model.name,
      previousSetName: prevSet?.name ?? null,
      communes: rows,
      byCriterion,
      complete,
      noGroup,
    },
    valueAt: (r, k) => values?.[r * nI + k] ?? null,
    needAt: (r, k) => judgesOfRow[r]!.need[k]!,
    indicators,
  };
}
