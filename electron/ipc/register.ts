import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { isAppUrl } from '../security';

/**
 * Registers one IPC handler per contract channel. Each checks that the call comes from the
 * app's own page (not a foreign frame), then goes through the same validation and envelope as
 * the HTTP bridge.
 */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, ctx: ServiceContext): void {
  for (const name of CHANNELS) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối: không đến từ cửa sổ của ứng dụng.' },
        };
      }
      return dispatch(ctx, name, input);
    });
  }
}
