import { z } from 'zod';
import { channel } from '../define';
import type { JobCancelResult, JobStatus } from '../../models/jobs';

/** Channels that may run as a job (long work with progress and cancel). */
export const JOB_CHANNELS = [
  'criteria.importPreview',
  'criteria.importApply',
  'funding.importPreview',
  'funding.importApply',
  'ocop.importPreview',
  'ocop.importApply',
  'documents.generate',
  'backups.create',
  'backups.download',
  'criteria.export',
  'indicators.export',
  'indicators.exportShortfall',
  'criteriaSets.export',
  'communeGroups.export',
  'funding.export',
  'ocop.export',
  'units.export',
] as const;
export type JobChannel = (typeof JOB_CHANNELS)[number];

const jobId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Mã công việc không hợp lệ');

export const jobsContract = {
  /** Starts a channel as a job; its input is checked by that channel's own schema. */
  'jobs.start': channel(
    z
      .object({
        channel: z.enum(JOB_CHANNELS, { error: 'Việc này không chạy nền được' }),
        input: z.record(z.string(), z.unknown()),
      })
      .strict(),
  ).returns<{ jobId: string }>(),
  /** Progress, and the outcome once finished (kept until read once after finishing). */
  'jobs.status': channel(z.object({ jobId }).strict()).returns<JobStatus>(),
  /** Cancels a job that has not started writing. */
  'jobs.cancel': channel(z.object({ jobId }).strict()).returns<JobCancelResult>(),
};
