import type { ApiClient, InputOf, OutputOf } from '../../shared/api/contract';
import type { JobChannel } from '../../shared/api/contracts/jobs';
import type { JobStatus } from '../../shared/models/jobs';
import { ApiCallError } from './client';

/** How often a running job is asked for its progress. */
const POLL_MS = 150;

/**
 * Runs a channel as a job: starts it, follows its progress (onStatus) until it finishes, and
 * resolves with the channel's output or rejects with its error (code CANCELLED when cancelled).
 * `onStart` receives the job id (to cancel it).
 */
export async function runJob<C extends JobChannel>(
  api: ApiClient,
  channel: C,
  input: InputOf<C>,
  onStatus: (s: JobStatus) => void,
  onStart?: (jobId: string) => void,
): Promise<OutputOf<C>> {
  const { jobId } = await api.invoke('jobs.start', { channel, input: input as Record<string, unknown> });
  onStart?.(jobId);
  for (;;) {
    const s = await api.invoke('jobs.status', { jobId });
    onStatus(s);
    if (s.state === 'done') return s.result as OutputOf<C>;
    if (s.error && (s.state === 'failed' || s.state === 'cancelled')) throw new ApiCallError(s.error);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
