/**
 * The job a service call runs in (if any): long work reports progress to it and checks whether the
 * person cancelled. Carried by AsyncLocalStorage so services keep their plain signatures; outside a
 * job (direct calls, tests, CLI) progress goes nowhere and nothing is cancelled.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../../shared/errors';

export interface JobControl {
  progress(fraction: number, stage: string): void;
  readonly signal: AbortSignal;
  /** Called right before the first write: from then on the job cannot be cancelled. */
  markWriting(): void;
}

const store = new AsyncLocalStorage<JobControl>();

export const runInJob = <T>(job: JobControl, fn: () => T): T => store.run(job, fn);
export const currentJob = (): JobControl | undefined => store.getStore();

export const CANCELLED_MESSAGE = 'Đã hủy theo yêu cầu; chưa có dữ liệu nào được ghi.';

export function reportProgress(fraction: number, stage: string): void {
  currentJob()?.progress(fraction, stage);
}

/** Throws when the person cancelled; otherwise the job becomes non-cancellable (writing starts). */
export function beginWrite(): void {
  const job = currentJob();
  if (!job) return;
  if (job.signal.aborted) throw new AppError('CANCELLED', CANCELLED_MESSAGE);
  job.markWriting();
}

/**
 * A stage of long work that writes nothing: says what is being done, lets the job's status be
 * read (yields to the event loop) and stops here if the person cancelled. A no-op outside a job.
 */
export async function stage(fraction: number, what: string): Promise<void> {
  const job = currentJob();
  if (!job) return;
  job.progress(fraction, what);
  await new Promise((r) => setImmediate(r));
  if (job.signal.aborted) throw new AppError('CANCELLED', CANCELLED_MESSAGE);
}
