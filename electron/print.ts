import type { WebContents } from 'electron';
import { AppError } from '../shared/errors';
import { writeFileAtomic } from './services/io/atomic';
import type { PlatformHooks } from './services/context';

/**
 * The shell side of «In» / «Xuất PDF»: prints the window's rendered page. Page size and orientation
 * come from the page's print CSS (@page A4, a landscape named page for landscape sections), page
 * numbers from its @page margin boxes, so paper, PDF and the browser's own print look the same.
 */
export function printPageHook(
  contents: () => WebContents | null,
  chooseSavePath: NonNullable<PlatformHooks['chooseSavePath']>,
): NonNullable<PlatformHooks['printPage']> {
  return async (mode, defaultName) => {
    const wc = contents();
    if (!wc) throw new AppError('UNSUPPORTED', 'Chưa có cửa sổ nào để in.');
    if (mode === 'print') {
      await new Promise<void>((resolve, reject) =>
        wc.print({ printBackground: true }, (ok, reason) =>
          ok || /cancel/i.test(reason)
            ? resolve()
            : reject(new AppError('INTERNAL', `Không in được (${reason || 'máy in báo lỗi'}).`)),
        ),
      );
      return null;
    }
    const pdf = await wc.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    const target = await chooseSavePath(defaultName, [{ name: 'Tệp PDF', extensions: ['pdf'] }]);
    if (!target) return null;
    await writeFileAtomic(target, pdf);
    return target;
  };
}
