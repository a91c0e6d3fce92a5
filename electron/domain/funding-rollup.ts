/**
 * Rolls funding figures up the unit tree: works → commune → district-level unit → province.
 *
 * At each unit and for each (stage, source): `detail` is the sum of its works and of its child
 * units' totals; `direct` is a figure the office entered at that level (e.g. the plan's
 * province-level need by source); `total` is direct when entered, otherwise detail. What a direct
 * figure leaves unexplained by the detail is "chưa phân bổ chi tiết".
 *
 * A figure nobody entered is null, never 0: a unit's detail is known when some work or lower unit
 * holds a figure for the slot, even one of exactly 0 (amounts are never negative, so a sum of 0
 * with no zero figure behind it means there is none).
 */
import { thousandVnd, type ThousandVnd } from '../../shared/models/units-of-measure';
import { STAGES, type FundingCell, type FundingStage, type UnitFigures } from '../../shared/models/funding';

export interface RollupUnit {
  id: number;
  parentId: number | null;
}

/**
 * An amount held by a unit: its works' amounts (direct = false, may be pre-summed) or its own figure.
 * A works' amount of 0 says that a figure of 0 was entered (pre-summed sums of 0 are not sent).
 */
export interface RollupEntry {
  unitId: number;
  direct: boolean;
  sourceCode: string;
  stage: FundingStage;
  amount: ThousandVnd;
}

const NONE: FundingCell = { direct: null, detail: null, total: null, unallocated: null };

interface Acc {
  /** Per slot (stage × source): the entered figure, NaN when none. */
  direct: Float64Array;
  detail: Float64Array;
  /** Per slot: 1 when a figure of 0 lies in the detail (a non-zero sum shows figures by itself). */
  zero: Uint8Array;
}

/** Whether a unit's detail holds any figure in a slot. */
const detailKnown = (a: Acc, s: number) => a.detail[s] !== 0 || a.zero[s] === 1;
/** Sums the figures present; null when there is none. */
const sumKnown = (a: ThousandVnd | null, b: ThousandVnd | null): ThousandVnd | null =>
  a === null ? b : b === null ? a : thousandVnd(a + b);

export class Rollup {
  private readonly acc = new Map<number, Acc>();
  private readonly slots: Map<string, number>;
  private readonly width: number;
  private finished = false;

  /** Units in any order; add figures with `add`, then call `finish` once before reading. */
  constructor(
    readonly sourceCodes: readonly string[],
    private readonly units: readonly RollupUnit[],
  ) {
    this.width = STAGES.length * sourceCodes.length;
    this.slots = new Map();
    STAGES.forEach((stage, si) =>
      sourceCodes.forEach((code, ci) => this.slots.set(`${stage}|${code}`, si * sourceCodes.length + ci)),
    );
    for (const u of units)
      this.acc.set(u.id, {
        direct: new Float64Array(this.width).fill(NaN),
        detail: new Float64Array(this.width),
        zero: new Uint8Array(this.width),
      });
  }

  /** A roll-up over a list of entries, finished. */
  static of(sourceCodes: readonly string[], units: readonly RollupUnit[], entries: Iterable<RollupEntry>): Rollup {
    const r = new Rollup(sourceCodes, units);
    const byStage = new Map(
      STAGES.map((stage) => [stage, new Map(sourceCodes.map((code) => [code, r.slot(stage, code)!]))]),
    );
    for (const e of entries) {
      const slot = byStage.get(e.stage)?.get(e.sourceCode);
      if (slot !== undefined) r.add(e.unitId, e.direct, slot, e.amount);
    }
    return r.finish();
  }

  /** Where a (stage, source) lives in a unit's figures; undefined for an unknown source. */
  slot(stage: FundingStage, sourceCode: string): number | undefined {
    return this.slots.get(`${stage}|${sourceCode}`);
  }

  /**
   * Adds an amount in nghìn đồng held by a unit (its works': direct = false; its own figure: direct = true).
   * A plain number: the callers sum raw rows on the hot path; what comes out (`cell`, `figures`) is a `ThousandVnd`.
   * A works' amount of 0 records that a figure of 0 was entered.
   */
  add(unitId: number, direct: boolean, slot: number, amount: number): void {
    const a = this.acc.get(unitId);
    if (!a) return; // a unit outside the year's tree
    if (direct) a.direct[slot] = (Number.isNaN(a.direct[slot]!) ? 0 : a.direct[slot]!) + amount;
    else if (amount === 0) a.zero[slot] = 1;
    else a.detail[slot]! += amount;
  }

  /** Carries every unit's total into its parent's detail, children before parents. */
  finish(): this {
    if (this.finished) return this;
    this.finished = true;
    const parent = new Map(this.units.map((u) => [u.id, u.parentId]));
    const depth = (id: number): number => {
      let d = 0;
      for (let p = parent.get(id); p !== null && p !== undefined && d < 16; p = parent.get(p)) d++;
      return d;
    };
    const ordered = this.units.map((u) => ({ u, d: depth(u.id) })).sort((a, b) => b.d - a.d);
    for (const { u } of ordered) {
      if (u.parentId === null) continue;
      const into = this.acc.get(u.parentId);
      if (!into) continue;
      const from = this.acc.get(u.id)!;
      for (let s = 0; s < this.width; s++) {
        const direct = from.direct[s]!;
        if (Number.isNaN(direct)) {
          into.detail[s]! += from.detail[s]!;
          if (from.zero[s]) into.zero[s] = 1;
        } else {
          into.detail[s]! += direct;
          if (direct === 0) into.zero[s] = 1;
        }
      }
    }
    return this;
  }

  /** One figure of a unit; nulls where nothing was entered. */
  cell(unitId: number, stage: FundingStage, sourceCode: string): FundingCell {
    const a = this.acc.get(unitId);
    const slot = this.slot(stage, sourceCode);
    if (!a || slot === undefined) return { ...NONE };
    const direct = Number.isNaN(a.direct[slot]!) ? null : thousandVnd(a.direct[slot]!);
    const detail = detailKnown(a, slot) ? thousandVnd(a.detail[slot]!) : null;
    return {
      direct,
      detail,
      total: direct ?? detail,
      // Without any detail, the whole direct figure is still to be broken down.
      unallocated: direct === null ? null : thousandVnd(direct - (detail ?? 0)),
    };
  }

  /** Every figure of a unit, by stage and source, with the sum over sources. */
  figures(unitId: number): UnitFigures {
    const out = {} as UnitFigures;
    for (const stage of STAGES) {
      const bySource: Record<string, FundingCell> = {};
      const total: FundingCell = { ...NONE };
      for (const code of this.sourceCodes) {
        const c = this.cell(unitId, stage, code);
        bySource[code] = c;
        total.detail = sumKnown(total.detail, c.detail);
        total.total = sumKnown(total.total, c.total);
        if (c.direct !== null) {
          total.direct = thousandVnd((total.direct ?? 0) + c.direct);
          total.unallocated = thousandVnd((total.unallocated ?? 0) + c.unallocated!);
        }
      }
      out[stage] = { bySource, total };
    }
    return out;
  }

  /** A unit's total per stage over the sources (`figures(unitId)[stage].total.total`, without building every cell). */
  stageTotals(unitId: number): Record<FundingStage, ThousandVnd | null> {
    const a = this.acc.get(unitId);
    const n = this.sourceCodes.length;
    const out: Record<FundingStage, ThousandVnd | null> = { need: null, allocated: null, disbursed: null };
    if (!a) return out;
    STAGES.forEach((stage, si) => {
      let total = 0;
      let known = false;
      for (let s = si * n; s < (si + 1) * n; s++) {
        if (!Number.isNaN(a.direct[s]!)) total += a.direct[s]!;
        else if (detailKnown(a, s)) total += a.detail[s]!;
        else continue;
        known = true;
      }
      out[stage] = known ? thousandVnd(total) : null;
    });
    return out;
  }

  /** True when a unit has any figure at all. */
  hasAny(unitId: number): boolean {
    const a = this.acc.get(unitId);
    if (!a) return false;
    for (let s = 0; s < this.width; s++) if (detailKnown(a, s) || !Number.isNaN(a.direct[s]!)) return true;
    return false;
  }
}
