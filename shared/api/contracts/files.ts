import { z } from 'zod';
import { channel, noInput } from '../define';
import { importFile } from '../zod-blocks';
import type { SaveResult } from '../../models/files';
import type { DataFileResult } from '../../models/setup';

export const filesContract = {
  /** Desktop only: asks where to save (Save dialog) and writes atomically; the browser downloads instead. */
  'files.save': channel(importFile.extend({ openAfter: z.boolean().optional() })).returns<SaveResult>(),
  /** Desktop only: Open dialog for a .db file, then the app works on it (AppContext.reopen). */
  'files.openDataFile': channel(noInput).returns<DataFileResult>(),
  /** Desktop only: Save dialog for a new .db file (refuses an existing file), opened empty → first-start choice. */
  'files.newDataFile': channel(noInput).returns<DataFileResult>(),
};
