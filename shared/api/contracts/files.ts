import { z } from 'zod';
import { channel } from '../define';
import { importFile } from '../zod-blocks';
import type { SaveResult } from '../../models/files';


export const filesContract = {
  /** Desktop only: asks where to save (Save dialog) and writes atomically; the browser downloads instead. */
  'files.save': channel(
    importFile.extend({ openAfter: z.boolean().optional() }),
  ).returns<SaveResult>(),
};
