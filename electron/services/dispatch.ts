import { contract, isChannel, type Channel } from '../../shared/api/contract';
import { AppError, GENERIC_ERROR_MESSAGE, type Result } from '../../shared/errors';
import { zodMessageVi } from './zod-vi';
import { translateStorageError } from '../../db/sqlite-errors';
import type { ServiceContext } from './context';
import { handlers } from './index';
import { backupBeforeImport, isImportApply } from './backups/auto';
import { afterCall } from '../../db/wal-keeper';

type AnyHandler = (ctx: ServiceContext, input: unknown) => unknown;

/** What still works while the data file could not be opened: the recovery screen's calls. */
const RECOVERY_CHANNELS = new Set<Channel>(['system.info', 'backups.list', 'backups.restore', 'backups.startFresh']);

/**
 * The single entry both transports use: checks the channel, validates the input with the
 * contract's schema, calls the service and wraps the outcome. Only `{ code, message }` crosses.
 * Every import is preceded by a checked backup; errors of the data file itself (locked by another
 * program, read-only, disk full, damaged) get their own Vietnamese message.
 */
export async function dispatch(ctx: ServiceContext, channelName: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không được hỗ trợ.' } };
  }
  if (ctx.damage && !RECOVERY_CHANNELS.has(channelName)) {
    return {
      ok: false,
      error: { code: 'DB_DAMAGED', message: `${ctx.damage.message} Hãy khôi phục từ một bản sao lưu trước.` },
    };
  }
  const parsed = contract[channelName].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: zodMessageVi(parsed.error) } };
  }
  try {
    if (isImportApply(channelName)) await backupBeforeImport(ctx);
    const handler = handlers[channelName] as AnyHandler;
    const value = await handler(ctx, parsed.data);
    return { ok: true, value };
  } catch (e) {
    const known = e instanceof AppError ? e : translateStorageError(e);
    if (known) return { ok: false, error: known.toJSON() };
    // Internal detail stays in the main process log, never in the message.
    console.error(`[${channelName}]`, e);
    return { ok: false, error: { code: 'INTERNAL', message: GENERIC_ERROR_MESSAGE } };
  } finally {
    // A call that wrote is flushed to the disk in the background (failed imports roll back, nothing to flush).
    afterCall(ctx.sqlite);
  }
}
