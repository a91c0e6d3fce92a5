/**
 * The one shape of an Excel import. A domain's `excel-import.ts` gives three steps and
 * `excelImport` turns them into the functions behind `<domain>.importPreview` and
 * `<domain>.importApply`:
 * - `plan`: reads and checks the whole workbook (the domain's `excel-read.ts`, which throws
 *   IMPORT_INVALID naming every problem by sheet, row and column) and compares it with what is stored;
 * - `preview`: what the person sees before applying (nothing written);
 * - `apply`: writes the plan all or nothing (through `writeImport`) and says what was written.
 * The apply reads and checks the file again: nothing is kept between the two calls.
 */
import type { AppDb } from '../../../db/open';
import type { ServiceContext } from '../context';
import { beginWrite, reportProgress } from './job-context';

/** What every import channel's input holds (the `importFile` zod block), plus the domain's own keys. */
export interface ImportFileInput {
  fileName: string;
  base64: string;
}

export interface ImportSteps<In extends ImportFileInput, Plan, Preview, Result> {
  plan(ctx: ServiceContext, input: In): Promise<Plan>;
  preview(ctx: ServiceContext, plan: Plan): Preview;
  apply(ctx: ServiceContext, plan: Plan): Result;
}

export interface ExcelImport<In extends ImportFileInput, Preview, Result> {
  importPreview(ctx: ServiceContext, input: In): Promise<Preview>;
  importApply(ctx: ServiceContext, input: In): Promise<Result>;
}

export function excelImport<In extends ImportFileInput, Plan, Preview, Result>(
  steps: ImportSteps<In, Plan, Preview, Result>,
): ExcelImport<In, Preview, Result> {
  return {
    importPreview: async (ctx, input) => steps.preview(ctx, await steps.plan(ctx, input)),
    importApply: async (ctx, input) => steps.apply(ctx, await steps.plan(ctx, input)),
  };
}

export type ImportTx = Parameters<Parameters<AppDb['transaction']>[0]>[0];

/**
 * The write of an import: says «Đang ghi dữ liệu» to the job (if any), from here a cancel is
 * refused, and everything lands in ONE transaction. Outside a job only the transaction remains.
 */
export function writeImport<T>(ctx: ServiceContext, write: (tx: ImportTx) => T): T {
  reportProgress(0.95, 'Đang ghi dữ liệu');
  beginWrite();
  return ctx.db.transaction(write);
}
