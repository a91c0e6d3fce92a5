/**
 * Reads a workbook off the calling thread: a worker_threads worker (kept warm, memory-capped)
 * checks the limits and runs exceljs; the service gets plain rows back. Progress and cancel go
 * through the current job (job-context). A cancelled or runaway read terminates its worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { CANCELLED_MESSAGE, currentJob } from './job-context';
import { Row, Workbook, type CellValue, type SheetData } from './sheet';
import type { WorkerReply, WorkerRequest } from './xlsx-worker';

/**
 * Sees one sheet's rows while the worker is still reading the file, so that checking them (on this
 * thread) overlaps the reading (on the worker's). Only an early look: the workbook the read resolves
 * to always holds every sheet whole, whatever the follower did.
 */
export interface SheetFollower {
  /** The sheet to follow, by its exact name. */
  readonly sheet: string;
  /**
   * The followed sheet's next rows with values, in ascending order, and the sheets read before it
   * (in workbook order). A follower that throws is told `reset` and gets no more rows.
   */
  rows(batch: Row[], before: Workbook): void;
  /** The batches so far do not count (the rows were not in ascending order), and none follow. */
  reset(): void;
  /** Each time another sheet has been read, with the sheets read so far: to get ready before the rows come. */
  sheetRead?(sofar: Workbook): void;
}

/** Heap of one reading worker: a hostile file ends the worker, never the app. */
export const WORKER_HEAP_MB = 768;

const here = path.dirname(fileURLToPath(import.meta.url));

/** The bundled worker next to main.js (asar-unpacked in the installed app), else the source via tsx. */
function spawn(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const bundled = path.join(here, 'xlsx-worker.cjs');
  const unpacked = bundled.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  if (fs.existsSync(unpacked)) return new Worker(unpacked, options);
  if (fs.existsSync(bundled)) return new Worker(bundled, options);
  const source = path.join(here, 'xlsx-worker.ts');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(pathToFileURL(source).href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(boot, { ...options, eval: true });
}

let idle: Worker | null = null;
let idleDrop: (() => void) | null = null;
let nextId = 1;

function take(): Worker {
  const w = idle ?? spawn();
  if (idle && idleDrop) idle.off('error', idleDrop).off('exit', idleDrop);
  idle = null;
  w.unref();
  return w;
}

/** Keeps one finished worker warm for the next file; others end. */
function release(w: Worker): void {
  if (idle) return void w.terminate();
  idle = w;
  const drop = () => {
    if (idle === w) idle = null;
    w.off('error', drop).off('exit', drop);
  };
  idleDrop = drop;
  w.on('error', drop).on('exit', drop);
}

/** Reads an uploaded workbook (base64) into plain sheets; every refusal is an AppError in Vietnamese. */
export async function readWorkbook(base64: string, fileName: string, follower?: SheetFollower): Promise<Workbook> {
  const job = currentJob();
  if (job?.signal.aborted) throw new AppError('CANCELLED', CANCELLED_MESSAGE);
  const bytes = Buffer.from(base64, 'base64');
  const id = nextId++;
  const worker = take();
  return new Promise<Workbook>((resolve, reject) => {
    let settled = false;
    // Only our own listeners are removed: Node keeps internal ones on a Worker.
    const finish = (fn: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      job?.signal.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) release(worker);
      else void worker.terminate();
      fn();
    };
    const onAbort = () => finish(() => reject(new AppError('CANCELLED', CANCELLED_MESSAGE)), false);
    job?.signal.addEventListener('abort', onAbort);
    const sheets: SheetData[] = [];
    let followed: [number, CellValue[]][] = [];
    let following = follower;
    const stopFollowing = () => {
      following?.reset();
      following = undefined;
    };
    // A follower that throws is stopped; the read goes on.
    const tell = (f: (follower: SheetFollower) => void) => {
      if (!following) return;
      try {
        f(following);
      } catch {
        stopFollowing();
      }
    };
    const onRows = (rows: [number, CellValue[]][]) => {
      for (const row of rows) followed.push(row);
      tell((f) =>
        f.rows(
          rows.map(([r, cells]) => new Row(r, cells)),
          new Workbook(sheets),
        ),
      );
    };
    const onSheet = (sheet: SheetData) => {
      sheets.push(sheet);
      tell((f) => f.sheetRead?.(new Workbook(sheets)));
    };
    const onMessage = (m: WorkerReply) => {
      if (m.id !== id) return;
      if (m.type === 'progress') job?.progress(m.fraction, m.stage);
      else if (m.type === 'rows') onRows(m.rows);
      else if (m.type === 'reset') {
        followed = [];
        stopFollowing();
      } else if (m.type === 'sheet') onSheet(m.streamed ? { name: m.sheet.name, rows: followed } : m.sheet);
      else if (m.type === 'done') finish(() => resolve(new Workbook(sheets)), true);
      else finish(() => reject(new AppError(m.code as ErrorCode, m.message)), true);
    };
    const onError = (e: Error & { code?: string }) => {
      const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const message = oom
        ? `Tệp «${fileName}» cần quá nhiều bộ nhớ để đọc (giới hạn ${WORKER_HEAP_MB} MB cho một lần nhập); hãy chia tệp thành các tệp nhỏ hơn.`
        : `Tệp «${fileName}» bị hỏng hoặc không phải sổ Excel (.xlsx).`;
      finish(() => reject(new AppError('IMPORT_INVALID', message)), false);
    };
    const onExit = () =>
      finish(
        () => reject(new AppError('IMPORT_INVALID', `Không đọc được tệp «${fileName}»; vui lòng thử lại.`)),
        false,
      );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const req: WorkerRequest = {
      id,
      fileName,
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      follow: follower?.sheet,
    };
    worker.postMessage(req);
  });
}
