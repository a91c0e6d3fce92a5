/**
 * The reads a kept section makes again after any data change (issue 14), timed at national scale
 * through the service: one xã's notes change (the data version moves, so nothing computed before
 * is reused), then the call is dispatched. Each figure is printed with its CPU time and beside a
 * floor measured in the same run (a bare read of the rows the answer needs). Budget: a part of a
 * section switch, 300 ms (issue 14); the service's own aim is given in the note.
 */
import { dispatch } from '../electron/services/dispatch';
import type { Channel, InputOf } from '../shared/api/contract';
import type { NationalDb } from './util';
import { machineLoad, ms, report, timeAlternating } from './util';

export interface AfterChange<C extends Channel> {
  name: string;
  channel: C;
  input: InputOf<C>;
  /** The bare read of the rows the answer needs. */
  floor: () => unknown;
  floorName: string;
  /** The service's own aim (ms CPU on a quiet machine), printed beside the budget. */
  aim: number;
}

/** A real write that moves the data version: one xã's notes, a new text each time. */
function noteChanger({ ctx, communeIds }: NationalDb): () => void {
  const noteOf = ctx.sqlite.prepare('UPDATE admin_units SET notes = ? WHERE id = ?');
  let writes = 0;
  return () => noteOf.run(`ghi chú đo ${++writes}`, communeIds[writes % communeIds.length]);
}

/**
 * Calls made one after another right after a data change, `runs` times, as a kept section re-reads:
 * medians (ms) of wall and CPU time of all of them together and of each.
 */
export async function timeAfterChange(national: NationalDb, calls: (() => Promise<unknown>)[], runs = 20) {
  const change = noteChanger(national);
  const samples = calls.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const sum = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < runs; i++) {
    change();
    let wall = 0;
    let cpu = 0;
    for (const [k, c] of calls.entries()) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await c();
      const w = performance.now() - t0;
      const u = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(c0));
      samples[k]!.wall.push(w);
      samples[k]!.cpu.push(u);
      wall += w;
      cpu += u;
    }
    sum.wall.push(wall);
    sum.cpu.push(cpu);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return {
    wall: median(sum.wall),
    cpu: median(sum.cpu),
    each: samples.map((s) => ({ wall: median(s.wall), cpu: median(s.cpu) })),
  };
}

export async function reportAfterChange<C extends Channel>(national: NationalDb, row: AfterChange<C>): Promise<void> {
  const { ctx } = national;
  const change = noteChanger(national);
  let size = 0;
  const [svc, floor] = await timeAlternating(
    async () => {
      change();
      const r = await dispatch(ctx, row.channel, row.input);
      if (!r.ok) throw new Error(r.error.message);
      size = JSON.stringify(r.value).length;
    },
    () => {
      change();
      row.floor();
    },
    30,
    10,
    4,
  );
  report({
    name: `${row.name}, ngay sau một thay đổi dữ liệu, p50`,
    value: svc.p50,
    budget: 300,
    floor: floor.p50,
    floorName: row.floorName,
    cpu: svc.cpuP50,
    floorCpu: floor.cpuP50,
    extra: `p99 ${ms(svc.p99)}; phần của một lần chuyển màn hình (≤ 300 ms), mục tiêu CPU riêng ≤ ${ms(row.aim)}; trả lời ${Math.round(size / 1024)} KB; ${machineLoad()}`,
  });
}
