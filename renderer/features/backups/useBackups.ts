import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import type { BackupEntry, BackupList } from '../../../shared/models/backups';
import { confirmRestore, formatBackupTime } from './BackupTable';
import { errorNotice } from '../../api/errors';

const RESTORED_KEY = 'ntm-restored';

/** The sentence left for the page after the reload that follows a restore (read once). */
export function takeRestoredNotice(): string | null {
  const text = sessionStorage.getItem(RESTORED_KEY);
  sessionStorage.removeItem(RESTORED_KEY);
  return text;
}

/** The backups list and the restore action shared by Cài đặt and the recovery screen. */
export function useBackups() {
  const api = useApi();
  const notify = useNotice();
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api.invoke('backups.list', {}).then(setList, (e: Error) => notify('error', e.message));
  }, [api, notify]);
  useEffect(load, [load]);

  const restore = useCallback(
    async (b: BackupEntry) => {
      if (busy || !confirmRestore(b)) return;
      setBusy(true);
      try {
        await api.invoke('backups.restore', { name: b.name });
        // The app now runs on the restored file: start the screens afresh on it.
        sessionStorage.setItem(
          RESTORED_KEY,
          `Đã khôi phục dữ liệu về bản sao lưu lúc ${formatBackupTime(b.takenAt)}. Tệp đang dùng trước đó được cất trong thư mục sao lưu.`,
        );
        window.location.reload();
      } catch (e) {
        notify('error', ...errorNotice(e));
        setBusy(false);
        load();
      }
    },
    [api, busy, load, notify],
  );

  return { list, busy, setBusy, load, restore };
}
