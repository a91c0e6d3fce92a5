import { useRef, useState } from 'react';
import { readFileBase64 } from '../api/files';
import { useApi } from '../api/context';
import { ApiCallError } from '../api/client';
import { runJob } from '../api/jobs';
import type { InputOf, OutputOf } from '../../shared/api/contract';
import type { JobChannel } from '../../shared/api/contracts/jobs';
import type { JobStatus } from '../../shared/models/jobs';

export interface PickedFile {
  fileName: string;
  base64: string;
}

/** Runs an import channel as a job (progress shown, cancel possible until writing starts). */
export type RunImportJob = <C extends JobChannel>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>;

/**
 * The one import flow every Excel import shares: pick a workbook, show the service's preview of
 * what would change, then apply all of it (the service re-checks and writes in one transaction)
 * or cancel. Reading runs as a job with a progress bar and a cancel button (JobProgress).
 * Cannot be double-started while busy.
 */
export function useExcelImport<P, R>(steps: {
  preview: (file: PickedFile, job: RunImportJob) => Promise<P>;
  apply: (file: PickedFile, job: RunImportJob) => Promise<R>;
  onApplied: (result: R, file: PickedFile) => void;
  onError: (error: unknown) => void;
}) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const jobId = useRef<string | null>(null);

  const job: RunImportJob = (channel, jobInput) =>
    runJob(api, channel, jobInput, setStatus, (id) => {
      jobId.current = id;
    });

  const reset = () => {
    setFile(null);
    setPreview(null);
  };

  /** A cancelled job is not an error: it says so quietly. */
  const failed = (e: unknown) => {
    if (e instanceof ApiCallError && e.code === 'CANCELLED') setNote(e.message);
    else steps.onError(e);
  };

  const done = () => {
    setBusy(false);
    setStatus(null);
    jobId.current = null;
  };

  async function pick(f: File | undefined) {
    setPreview(null);
    setNote(null);
    if (!f || busy) return;
    setBusy(true);
    try {
      const picked = { fileName: f.name, base64: await readFileBase64(f) };
      setFile(picked);
      setPreview(await steps.preview(picked, job));
    } catch (e) {
      setFile(null);
      failed(e);
    } finally {
      done();
      // Picking the same file again must fire a change event.
      if (input.current) input.current.value = '';
    }
  }

  async function apply() {
    if (!file || busy) return;
    setBusy(true);
    setNote(null);
    try {
      const result = await steps.apply(file, job);
      reset();
      steps.onApplied(result, file);
    } catch (e) {
      failed(e);
    } finally {
      done();
    }
  }

  async function cancel() {
    if (!jobId.current) return;
    const r = await api.invoke('jobs.cancel', { jobId: jobId.current });
    if (!r.cancelled) setNote(r.message);
  }

  return { input, file, preview, busy, pick, apply, reset, status, note, cancel };
}
