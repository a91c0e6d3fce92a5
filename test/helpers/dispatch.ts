import { tempContext } from './temp';
import { closedAfterEach } from './lifetime';
import { dispatch } from '../../electron/services/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import type { Channel, InputOf, OutputOf } from '../../shared/api/contract';
import type { ApiError } from '../../shared/errors';
import type { JobStatus } from '../../shared/models/jobs';

/** Calls a channel as the renderer would and returns its value, failing the test on an error. */
export async function call<C extends Channel>(
  ctx: ServiceContext,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

/** Calls a channel that must fail, and returns the error that crossed. */
export async function refused<C extends Channel>(
  ctx: ServiceContext,
  channel: C,
  input: InputOf<C>,
): Promise<ApiError> {
  const r = await dispatch(ctx, channel, input);
  if (r.ok) throw new Error(`${channel} should have been refused`);
  return r.error;
}

/** Opens temp databases for a test file and closes them after each test. */
export function tempContexts() {
  return closedAfterEach(() => tempContext());
}

/** Every status of a job until it ends (done, failed or cancelled), read as the renderer polls it. */
export async function followJob(ctx: ServiceContext, jobId: string): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  for (;;) {
    const s = await call(ctx, 'jobs.status', { jobId });
    seen.push(s);
    if (s.state !== 'running' && s.state !== 'writing') return seen;
    await new Promise((r) => setTimeout(r, 5));
  }
}
