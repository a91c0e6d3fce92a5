import { contextBridge, ipcRenderer } from 'electron';

/** Filled in at build time from the contract (scripts/build-electron.ts), so the preload stays tiny. */
declare const __NTM_CHANNELS__: string[];

/**
 * The whole preload: one generic, allow-listed `invoke`. No Electron object reaches the page;
 * new calls are added to the contract, never here.
 */
const allowed = new Set<string>(__NTM_CHANNELS__);

contextBridge.exposeInMainWorld('api', {
  /** `since`: the token of the answer the page holds (main then sends only what changed); a short word or nothing. */
  invoke(channel: string, input: unknown, since?: unknown): Promise<unknown> {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không được hỗ trợ.' } });
    }
    if (typeof since === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(since))
      return ipcRenderer.invoke(channel, input, since);
    return ipcRenderer.invoke(channel, input);
  },
});
