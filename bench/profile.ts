/**
 * Where a screen's time goes (a developer's aid, printed only when NTM_BENCH_PROFILE names
 * sections): a Chromium trace around one action, summed by the renderer main thread's phases
 * (script, style, layout, paint…) and by the JavaScript functions that took the most self time.
 */
import type { CDPSession } from 'playwright-core';
import { ms, note } from './util';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink',
  'blink.user_timing',
].join(',');

/** Runs action under a trace and prints the main thread's phases and the functions with most self time. */
export async function profile(cdp: CDPSession, label: string, action: () => Promise<unknown>): Promise<void> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await done;

  // The renderer's main thread: where the page's own script runs.
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.data === undefined &&
      (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain',
  );
  const pid = main?.pid;
  const tid = main?.tid;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  // Phase totals: the outermost event of each kind counted once (nested events of the same name are not added twice).
  const phases = new Map<string, number>();
  const open: { name: string; end: number }[] = [];
  for (const e of onMain.sort((a, b) => a.ts - b.ts)) {
    while (open.length && open.at(-1)!.end <= e.ts) open.pop();
    if (!open.some((o) => o.name === e.name)) phases.set(e.name, (phases.get(e.name) ?? 0) + e.dur! / 1000);
    open.push({ name: e.name, end: e.ts + e.dur! });
  }
  const top = [...phases.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18);
  note(`Hồ sơ «${label}» — các pha của luồng chính: ${top.map(([n, d]) => `${n} ${ms(d)}`).join('; ')}`);

  // The sampled CPU profile (ProfileChunk events): self time per function.
  const nodes = new Map<number, ProfileNode>();
  const selfUs = new Map<number, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const data = e.args?.data as
      { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((s, i) => selfUs.set(s, (selfUs.get(s) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0)));
  }
  const byFn = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const f = nodes.get(id)?.callFrame;
    if (!f) continue;
    const file = (f.url ?? '').split('/').pop() ?? '';
    const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us / 1000);
  }
  const fns = [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  note(`   hàm tốn nhất (self): ${fns.map(([n, d]) => `${n} ${ms(d)}`).join('; ')}`);
  // Parents of the heaviest functions, to see who called them.
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let n = nodes.get(id); n; n = n.parent ? nodes.get(n.parent) : undefined) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop() ?? ''}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us / 1000);
    }
  }
  const incl = [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  note(`   hàm tốn nhất (gồm con): ${incl.map(([n, d]) => `${n} ${ms(d)}`).join('; ')}`);
}
