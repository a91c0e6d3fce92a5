import { z } from 'zod';
import { channel, noInput } from '../define';
import type { BackupList, BackupMade, RestoreResult } from '../../models/backups';
import type { FilePayload } from '../../models/files';

/** A backup's file name as listed by backups.list: no folders, only the app's own naming. */
const backupName = z
  .string()
  .max(200, 'Tên bản sao lưu quá dài')
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+\.db$/, 'Tên bản sao lưu không hợp lệ');

export const backupsContract = {
  /** The backups of the data file, newest first, with what each holds. */
  'backups.list': channel(noInput).returns<BackupList>(),
  /** «Sao lưu ngay»: a checked backup into a folder (desktop: chosen in a dialog; or a typed path). */
  'backups.create': channel(
    z
      .object({ folder: z.string().trim().min(1, 'Hãy nhập thư mục').max(500, 'Đường dẫn quá dài').optional() })
      .strict(),
  ).returns<BackupMade>(),
  /** «Sao lưu ngay» in the browser: the checked backup as a download. */
  'backups.download': channel(noInput).returns<FilePayload>(),
  /** Restores a listed backup: the file in use is set aside first, then the app reopens on the copy. */
  'backups.restore': channel(z.object({ name: backupName }).strict()).returns<RestoreResult>(),
  /** Recovery without any usable backup: a new data file with the default data (asked, never silent). */
  'backups.startFresh': channel(noInput).returns<RestoreResult>(),
};
