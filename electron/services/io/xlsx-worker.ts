/**
 * The reading worker (worker_threads): one workbook per message, progress posted back. Runs the
 * same in Node and in Electron's main process; bundled to dist-electron/xlsx-worker.cjs.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { extractWorkbook } from './xlsx-extract';

export type WorkerRequest = { id: number; fileName: string; bytes: Uint8Array };
export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number; stage: string }
  | { id: number; type: 'done'; sheets: import('./sheet').SheetData[] }
  | { id: number; type: 'error'; code: string; message: string };

parentPort?.on('message', (req: WorkerRequest) => {
  const post = (m: WorkerReply) => parentPort!.postMessage(m);
  extractWorkbook(req.bytes, req.fileName, (fraction, stage) => post({ id: req.id, type: 'progress', fraction, stage }))
    .then((sheets) => {
      // Holes become nulls (the same to every Sheet reader): a dense array is cheaper to copy across.
      for (const s of sheets) for (const row of s.rows) row[1] = Array.from(row[1], (v) => v ?? null);
      post({ id: req.id, type: 'done', sheets });
    })
    .catch((e: unknown) => {
      if (e instanceof AppError) post({ id: req.id, type: 'error', code: e.code, message: e.message });
      else
        post({
          id: req.id,
          type: 'error',
          code: 'IMPORT_INVALID',
          message: `Tệp «${req.fileName}» bị hỏng hoặc không phải sổ Excel (.xlsx).`,
        });
    });
});
