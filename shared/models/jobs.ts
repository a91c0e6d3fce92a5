import type { ApiError } from '../errors';

/** Long work the renderer starts and follows (imports today): progress, cancel, outcome. */
export type JobState = 'running' | 'writing' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  jobId: string;
  state: JobState;
  /** 0…1. */
  progress: number;
  /** What is happening, for people («Đang đọc sổ Excel»). */
  stage: string;
  /** Cancel is possible until the job starts writing. */
  cancellable: boolean;
  /** The channel's output when done. */
  result?: unknown;
  error?: ApiError;
}

export interface JobCancelResult {
  cancelled: boolean;
  message: string;
}
