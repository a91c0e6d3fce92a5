/**
 * The reading worker (worker_threads): one workbook per message, progress posted back. Runs the
 * same in Node and in Electron's main process; bundled to dist-electron/xlsx-worker.cjs.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { extractWorkbook } from './xlsx-extract';
import type { CellValue, SheetData } from './sheet';

/** `follow`: the sheet whose rows are posted in batches while it is read (see readWorkbook). */
export type WorkerRequest = { id: number; fileName: string; bytes: Uint8Array; follow?: string };
/**
 * Each sheet comes once read, in workbook order, then 'done'. The followed sheet's rows come first in
 * 'rows' batches and its 'sheet' reply then has `streamed` and no rows, unless a 'reset' said the
 * batches do not count (rows out of order): then its 'sheet' reply holds them all.
 */
export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number; stage: string }
  | { id: number; type: 'rows'; rows: [number, CellValue[]][] }
  | { id: number; type: 'reset' }
  | { id: number; type: 'sheet'; sheet: SheetData; streamed: boolean }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; code: string; message: string };

// Holes become nulls (the same to every Sheet reader): a dense array is cheaper to copy across.
const dense = (rows: [number, CellValue[]][]): [number, CellValue[]][] =>
  rows.map(([r, cells]) => [r, Array.from(cells, (v) => v ?? null)]);

parentPort?.on('message', (req: WorkerRequest) => {
  const { id, follow } = req;
  const post = (m: WorkerReply) => parentPort!.postMessage(m);
  let reset = false;
  const watcher = {
    follow: follow ?? '',
    stream: {
      rows: (rows: [number, CellValue[]][]) => post({ id, type: 'rows', rows: dense(rows) }),
      reset: () => {
        reset = true;
        post({ id, type: 'reset' });
      },
    },
    sheet: (s: SheetData) => {
      const streamed = s.name === follow && !reset;
      post({ id, type: 'sheet', sheet: { name: s.name, rows: streamed ? [] : dense(s.rows) }, streamed });
    },
  };
  extractWorkbook(
    req.bytes,
    req.fileName,
    (fraction, stage) => post({ id, type: 'progress', fraction, stage }),
    watcher,
  )
    .then(() => post({ id, type: 'done' }))
    .catch((e: unknown) => {
      if (e instanceof AppError) post({ id, type: 'error', code: e.code, message: e.message });
      else
        post({
          id,
          type: 'error',
          code: 'IMPORT_INVALID',
          message: `Tệp «${req.fileName}» bị hỏng hoặc không phải sổ Excel (.xlsx).`,
        });
    });
});
