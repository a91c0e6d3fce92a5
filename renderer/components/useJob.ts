import { useRef, useState } from 'react';
import { useApi } from '../api/context';
import { ApiCallError } from '../api/client';
import { runJob } from '../api/jobs';
import type { InputOf, OutputOf } from '../../shared/api/contract';
import type { JobChannel } from '../../shared/api/contracts/jobs';
import type { JobStatus } from '../../shared/models/jobs';

/**
 * Long work other than imports (a large document, a backup, an export) run as a job: its status for
 * JobProgress, cancel while nothing is written. `run` resolves with the output, or with null when
 * the person cancelled (the note then says so); other errors are thrown.
 */
export function useJob() {
  const api = useApi();
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const jobId = useRef<string | null>(null);

  async function run<C extends JobChannel>(channel: C, input: InputOf<C>): Promise<OutputOf<C> | null> {
    setNote(null);
    try {
      return await runJob(api, channel, input, setStatus, (id) => {
        jobId.current = id;
      });
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CANCELLED') {
        setNote(e.message);
        return null;
      }
      throw e;
    } finally {
      setStatus(null);
      jobId.current = null;
    }
  }

  async function cancel() {
    if (!jobId.current) return;
    const r = await api.invoke('jobs.cancel', { jobId: jobId.current });
    if (!r.cancelled) setNote(r.message);
  }

  return { run, status, note, cancel };
}
