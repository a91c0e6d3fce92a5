import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call, followJob, tempContexts } from '../helpers/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import type { InputOf } from '../../shared/api/contract';

const open = tempContexts();

/** Runs a channel as a job to its end, which must be a file of that ending (a zip: .docx or .xlsx); returns every status seen. */
async function jobMakingFile(ctx: ServiceContext, start: InputOf<'jobs.start'>, ending: RegExp) {
  const { jobId } = await call(ctx, 'jobs.start', start);
  const seen = await followJob(ctx, jobId);
  const last = seen.at(-1)!;
  expect(last).toMatchObject({ state: 'done', progress: 1 });
  const file = last.result as { fileName: string; base64: string };
  expect(file.fileName).toMatch(ending);
  expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  return seen;
}

describe('long work beyond imports runs as a job: documents, backups', () => {
  it('makes a Word file as a job, saying what it is doing, ending with the file', async () => {
    const ctx = await open();
    const doc = await call(ctx, 'documents.createPlan', { year: 2022 });
    const seen = await jobMakingFile(ctx, { channel: 'documents.generate', input: { id: doc.id } }, /\.docx$/);
    // Stages were readable while it ran (the service yields between them), in order.
    const stages = seen.filter((s) => s.state === 'running').map((s) => s.stage);
    expect(stages.some((s) => s !== 'Đang bắt đầu')).toBe(true);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('cancels making a Word file (nothing is written) and a download backup; a backup to a folder lands once', async () => {
    const ctx = await open();
    const doc = await call(ctx, 'documents.createPlan', { year: 2022 });
    const started = await call(ctx, 'jobs.start', { channel: 'documents.generate', input: { id: doc.id } });
    expect((await call(ctx, 'jobs.cancel', { jobId: started.jobId })).cancelled).toBe(true);
    expect((await followJob(ctx, started.jobId)).at(-1)).toMatchObject({
      state: 'cancelled',
      error: { code: 'CANCELLED' },
    });

    const download = await call(ctx, 'jobs.start', { channel: 'backups.download', input: {} });
    const done = (await followJob(ctx, download.jobId)).at(-1)!;
    expect(done.state).toBe('done');
    expect((done.result as { fileName: string }).fileName).toMatch(/\.db$/);

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-sao-luu-'));
    const backup = await call(ctx, 'jobs.start', { channel: 'backups.create', input: { folder } });
    const seen = await followJob(ctx, backup.jobId);
    expect(seen.at(-1)!.state).toBe('done');
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.db'))).toHaveLength(1);
  });
});

describe('Excel exports run as jobs: progress naming the work, cancel before anything is made', () => {
  const exports = [
    ['criteria.export', {}],
    ['indicators.exportShortfall', { year: 2022 }],
    ['funding.export', { year: 2022 }],
    ['ocop.export', {}],
    ['units.export', {}],
    ['communeGroups.export', { year: 2022 }],
  ] as const;

  it.each(exports)('%s makes its workbook as a job, saying what it reads and writes', async (channel, input) => {
    const ctx = await open();
    const seen = await jobMakingFile(ctx, { channel, input }, /\.xlsx$/);
    // Every export says at least that it packs the workbook, and stays cancellable while it runs.
    const running = seen.filter((s) => s.state === 'running');
    expect(running.map((s) => s.stage)).toContain('Đang đóng gói tệp Excel');
    expect(running.every((s) => s.cancellable)).toBe(true);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('cancels an export: it ends cancelled with no file, and the same export runs again afterwards', async () => {
    const ctx = await open();
    const first = await call(ctx, 'jobs.start', { channel: 'ocop.export', input: {} });
    expect(await call(ctx, 'jobs.cancel', { jobId: first.jobId })).toMatchObject({ cancelled: true });
    const end = (await followJob(ctx, first.jobId)).at(-1)!;
    expect(end).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
    expect(end.result).toBeUndefined();
    const again = await call(ctx, 'jobs.start', { channel: 'ocop.export', input: {} });
    expect((await followJob(ctx, again.jobId)).at(-1)!.state).toBe('done');
  });

  it('refuses a channel that is not long work', async () => {
    const ctx = await open();
    await expect(call(ctx, 'jobs.start', { channel: 'ocop.list' as never, input: {} })).rejects.toThrow(
      /không chạy nền/,
    );
  });
});
