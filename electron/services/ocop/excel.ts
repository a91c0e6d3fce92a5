/** Excel channels of OCOP: export the register and results; import with preview, all or nothing. */
import type { HandlersOf } from '../handler';
import { exportOcop } from './excel-export';
import { importApply, importPreview } from './excel-import';

export const excelHandlers: Pick<HandlersOf<'ocop'>, 'ocop.export' | 'ocop.importPreview' | 'ocop.importApply'> = {
  'ocop.export': (ctx, { asOf }) => exportOcop(ctx, asOf ?? ctx.now().toISOString().slice(0, 10)),
  'ocop.importPreview': (ctx, { fileName, base64 }) => importPreview(ctx, fileName, base64),
  'ocop.importApply': (ctx, { fileName, base64 }) => importApply(ctx, fileName, base64),
};
