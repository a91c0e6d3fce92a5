import type { ParsedInputOf } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import type { HandlersOf } from './handler';

/** "Kế hoạch 05/KH-BCĐ" → "Ke-hoach-05-KH-BCD.pdf": a file name any file system takes. */
export function pdfFileName(title: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${(ascii || 'ban-in').slice(0, 80)}.pdf`;
}

export async function printPage(ctx: ServiceContext, { mode, title }: ParsedInputOf<'print.page'>) {
  const hook = ctx.platform.printPage;
  if (!hook) return { handled: false, savedPath: null };
  const savedPath = await hook(mode, pdfFileName(title));
  return { handled: true, savedPath };
}

/** Printing goes through the shell (webContents.print / printToPDF); the browser mode prints itself. */
export const printHandlers: HandlersOf<'print'> = {
  'print.page': (ctx, input) => printPage(ctx, input),
};
