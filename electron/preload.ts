import { contextBridge, ipcRenderer } from 'electron';

/** Filled in at build time from the contract (scripts/build-electron.ts), so the preload stays tiny. */
declare const __NTM_CHANNELS__: string[];

/**
 * The whole preload: one generic, allow-listed `invoke`. No Electron object reaches the page;
 * new calls are added to the contract, never here.
 */
const allowed = new Set<string>(__NTM_CHANNELS__);

contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không được hỗ trợ.' } });
    }
    return ipcRenderer.invoke(channel, input);
  },
});
