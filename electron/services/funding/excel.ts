/** Excel import of funding: the preview and the all-or-nothing apply of the same workbook. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { importFunding } from './excel-import';

export function importPreview(ctx: ServiceContext, { fileName, base64 }: ParsedInputOf<'funding.importPreview'>) {
  return importFunding(ctx, fileName, base64, false);
}

export async function importApply(ctx: ServiceContext, { fileName, base64 }: ParsedInputOf<'funding.importApply'>) {
  return { ...(await importFunding(ctx, fileName, base64, true)), applied: true as const };
}
