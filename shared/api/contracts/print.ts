import { z } from 'zod';
import { channel } from '../define';

export interface PrintResult {
  /** False when the shell cannot print (browser mode): the page prints itself with window.print(). */
  handled: boolean;
  /** Where the PDF was saved; null when printed to paper or the person cancelled. */
  savedPath: string | null;
}

export const printPageInput = z
  .object({
    mode: z.enum(['print', 'pdf']),
    /** Used for the suggested PDF file name. */
    title: z.string().trim().min(1).max(200),
  })
  .strict();

export const printContract = {
  /** Prints (or saves as PDF) the window's current page; the print CSS decides what shows and each page's size. */
  'print.page': channel(printPageInput).returns<PrintResult>(),
};
