import type { HandlersOf } from '../handler';
import { createBackup, downloadBackup, listBackups } from './copies';
import { restoreBackup, startFresh } from './restore';

export const backupsHandlers: HandlersOf<'backups'> = {
  'backups.list': (ctx) => listBackups(ctx),
  'backups.create': (ctx, input) => createBackup(ctx, input),
  'backups.download': (ctx) => downloadBackup(ctx),
  'backups.restore': (ctx, { name }) => restoreBackup(ctx, name),
  'backups.startFresh': (ctx) => startFresh(ctx),
};
