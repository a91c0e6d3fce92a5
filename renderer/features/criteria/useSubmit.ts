import { useState } from 'react';
import { useNotice } from '../../components/Notice';
import { errorNotice } from '../../api/errors';

/** Runs a save once at a time and reports its outcome in Vietnamese. */
export function useSubmit() {
  const notify = useNotice();
  const [busy, setBusy] = useState(false);
  async function submit(work: () => Promise<unknown>, success: string): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    try {
      await work();
      notify('success', success);
      return true;
    } catch (e) {
      notify('error', ...errorNotice(e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, submit };
}
