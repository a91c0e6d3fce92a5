/**
 * One mechanism for long work: `jobs.start` runs a channel in the background and returns an id;
 * `jobs.status` gives progress and, once finished, the outcome; `jobs.cancel` stops it while
 * nothing has been written. The work itself reports through job-context (progress, beginWrite).
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import { randomUUID } from 'node:crypto';
import { AppError, type ApiError } from '../../shared/errors';
import type { JobState, JobStatus } from '../../shared/models/jobs';
import type { HandlersOf } from './handler';
import type { ServiceContext } from './context';
import { CANCELLED_MESSAGE, runInJob, type JobControl } from './io/job-context';
import { dispatch } from './dispatch';

interface Job {
  id: string;
  state: JobState;
  progress: number;
  stage: string;
  controller: AbortController;
  result?: unknown;
  error?: ApiError;
  finishedAt?: number;
}

const jobs = new Map<string, Job>();
/** Finished jobs nobody asked about are forgotten after this long. */
const KEEP_MS = 10 * 60_000;
const MAX_RUNNING = 4;

function sweep(now: number): void {
  for (const [id, j] of jobs) if (j.finishedAt !== undefined && now - j.finishedAt > KEEP_MS) jobs.delete(id);
}

const running = () => [...jobs.values()].filter((j) => j.state === 'running' || j.state === 'writing').length;

function status(j: Job): JobStatus {
  return {
    jobId: j.id,
    state: j.state,
    progress: j.progress,
    stage: j.stage,
    cancellable: j.state === 'running',
    ...(j.state === 'done' ? { result: j.result } : {}),
    ...(j.error ? { error: j.error } : {}),
  };
}

/** Starts `channel` with `input` as a job; exported for tests and the torture harness. */
export function startJob(ctx: ServiceContext, channel: string, input: unknown): string {
  sweep(Date.now());
  if (running() >= MAX_RUNNING)
    throw new AppError('CONFLICT', `Đang có ${MAX_RUNNING} việc chạy nền; hãy đợi một việc xong rồi thử lại.`);
  const job: Job = {
    id: randomUUID(),
    state: 'running',
    progress: 0,
    stage: 'Đang bắt đầu',
    controller: new AbortController(),
  };
  jobs.set(job.id, job);
  const control: JobControl = {
    signal: job.controller.signal,
    progress(fraction, stage) {
      if (job.state !== 'running' && job.state !== 'writing') return;
      job.progress = Math.max(job.progress, Math.min(1, fraction));
      job.stage = stage;
    },
    markWriting() {
      job.state = 'writing';
    },
  };
  void runInJob(control, () => dispatch(ctx, channel, input)).then((r) => {
    if (job.state === 'cancelled') return; // said so when cancelled; a late outcome is dropped
    job.finishedAt = Date.now();
    if (r.ok) {
      job.state = 'done';
      job.progress = 1;
      job.stage = 'Xong';
      job.result = r.value;
    } else {
      job.state = r.error.code === 'CANCELLED' ? 'cancelled' : 'failed';
      job.error = r.error;
    }
  });
  return job.id;
}

function find(jobId: string): Job {
  const j = jobs.get(jobId);
  if (!j) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc (có thể đã xong từ lâu); hãy làm lại.');
  return j;
}

export function jobStart(ctx: ServiceContext, { channel, input }: ParsedInputOf<'jobs.start'>) {
  return { jobId: startJob(ctx, channel, input) };
}

export function jobStatus(_ctx: ServiceContext, { jobId }: ParsedInputOf<'jobs.status'>) {
  const j = find(jobId);
  // The outcome is handed over once; the job is then forgotten.
  if (j.finishedAt !== undefined) jobs.delete(jobId);
  return status(j);
}

export function cancelJob(_ctx: ServiceContext, { jobId }: ParsedInputOf<'jobs.cancel'>) {
  const j = find(jobId);
  if (j.state === 'writing')
    return { cancelled: false, message: 'Đang ghi dữ liệu nên không hủy được nữa; việc ghi sẽ xong trong giây lát.' };
  if (j.state !== 'running')
    return {
      cancelled: j.state === 'cancelled',
      message: j.state === 'cancelled' ? CANCELLED_MESSAGE : 'Việc đã xong trước khi hủy.',
    };
  j.controller.abort();
  j.state = 'cancelled';
  j.error = { code: 'CANCELLED', message: CANCELLED_MESSAGE };
  j.finishedAt = Date.now();
  return { cancelled: true, message: CANCELLED_MESSAGE };
}

export const jobsHandlers: HandlersOf<'jobs'> = {
  'jobs.start': (ctx, input) => jobStart(ctx, input),
  'jobs.status': (ctx, input) => jobStatus(ctx, input),
  'jobs.cancel': (ctx, input) => cancelJob(ctx, input),
};
