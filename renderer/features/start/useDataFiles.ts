import { useState } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { errorNotice } from '../../api/errors';

/** True in the desktop app, where Open/Save dialogs exist (the browser bridge has none). */
export const canPickDataFiles = (): boolean => !!window.api;

/**
 * «Mở tệp dữ liệu khác…» and «Tạo tệp dữ liệu mới…»: the shell's dialogs, then the whole app
 * reads `system.info` again (a new file opens empty, on the first-start choice).
 */
export function useDataFiles(onSwitched: () => void) {
  const api = useApi();
  const notify = useNotice();
  const [busy, setBusy] = useState(false);
  async function run(channel: 'files.openDataFile' | 'files.newDataFile', done: (path: string) => string) {
    if (busy) return;
    setBusy(true);
    try {
      const r = await api.invoke(channel, {});
      if (r.done && r.path) {
        notify('success', done(r.path));
        onSwitched();
      }
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }
  return {
    busy,
    openOther: () => run('files.openDataFile', (p) => `Đang dùng tệp dữ liệu ${p}`),
    createNew: () =>
      run('files.newDataFile', (p) => `Đã tạo tệp dữ liệu mới ${p}. Hãy chọn tỉnh/thành phố cho tệp này.`),
  };
}
