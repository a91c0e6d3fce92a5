import { useEffect } from 'react';

/**
 * Unsaved work the person would lose by leaving a screen (a document draft being edited). Any
 * navigation asks `confirmLeave()` first; closing the window asks through `beforeunload`.
 */
const pending = new Map<string, string>();

export function confirmLeave(): boolean {
  if (!pending.size) return true;
  const ok = window.confirm(`${[...pending.values()].join('\n')}\n\nRời đi mà không lưu?`);
  if (ok) pending.clear();
  return ok;
}

/** Registers `message` while `dirty` is true, for as long as the component is mounted. */
export function useUnsavedGuard(key: string, dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) {
      pending.delete(key);
      return;
    }
    pending.set(key, message);
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      pending.delete(key);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [key, dirty, message]);
}
