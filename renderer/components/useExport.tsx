import { useState } from 'react';
import { useApi } from '../api/context';
import { errorNotice } from '../api/errors';
import { saveFile } from '../api/files';
import type { InputOf } from '../../shared/api/contract';
import type { JobChannel } from '../../shared/api/contracts/jobs';
import type { FilePayload } from '../../shared/models/files';
import { JobProgress } from './JobProgress';
import { useNotice } from './Notice';
import { useJob } from './useJob';

/** The export channels: each makes one workbook (FilePayload) and writes nothing. */
type ExportChannel = Extract<JobChannel, `${string}.export${string}`>;

/**
 * An Excel export run as a job: a progress bar saying what is being read or written, cancel at any
 * time (an export writes nothing until the person saves the file), then the Save dialog or download.
 * `progress` is the bar (or the note a cancelled export leaves), placed where the export button is.
 */
export function useExport() {
  const api = useApi();
  const notify = useNotice();
  const job = useJob();
  const [busy, setBusy] = useState(false);

  async function run<C extends ExportChannel>(channel: C, input: InputOf<C>): Promise<void> {
    setBusy(true);
    try {
      const file = (await job.run(channel, input)) as FilePayload | null;
      if (!file) return; // cancelled: the note says so
      const msg = await saveFile(api, file);
      if (msg) notify('success', msg);
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  const progress = (
    <JobProgress
      status={job.status}
      note={job.note}
      onCancel={() => void job.cancel()}
      what="Tiến độ xuất Excel"
      cancelText="Hủy xuất"
    />
  );
  return { run, busy, progress };
}
