import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { isAppUrl } from '../security';
import { AnswerMemory } from '../answer-memory';

/**
 * Registers one IPC handler per contract channel. Each checks that the call comes from the
 * app's own page (not a foreign frame), then goes through the same validation and envelope as
 * the HTTP bridge.
 */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, ctx: ServiceContext): void {
  // The answers each page holds, per sender (forgotten when its page goes away).
  const bySender = new Map<number, AnswerMemory>();
  const memoryOf = (sender: IpcMainInvokeEvent['sender'] | undefined) => {
    const id = sender?.id ?? -1;
    let m = bySender.get(id);
    if (!m) {
      bySender.set(id, (m = new AnswerMemory()));
      sender?.once?.('destroyed', () => bySender.delete(id));
    }
    return m;
  };
  for (const name of CHANNELS) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, input: unknown, since?: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối: không đến từ cửa sổ của ứng dụng.' },
        };
      }
      return memoryOf(event.sender).answer(name, input, since, () => dispatch(ctx, name, input));
    });
  }
}
