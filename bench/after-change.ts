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

export async function reportAfterChange<C extends Channel>(national: NationalDb, row: AfterChange<C>): Promise<void> {
  const { ctx, communeIds } = national;
  const noteOf = ctx.sqlite.prepare('UPDATE admin_units SET notes = ? WHERE id = ?');
  let writes = 0;
  let size = 0;
  const [svc, floor] = await timeAlternating(
    async () => {
      noteOf.run(`ghi chú đo ${++writes}`, communeIds[0]);
      const r = await dispatch(ctx, row.channel, row.input);
      if (!r.ok) throw new Error(r.error.message);
      size = JSON.stringify(r.value).length;
    },
    () => {
      noteOf.run(`ghi chú đo ${++writes}`, communeIds[0]);
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
