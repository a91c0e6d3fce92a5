import { useEffect } from 'react';

/**
 * Arrow keys in every tab strip (role="tablist"): ←/→ (and Home/End) move to the neighbouring tab
 * and open it, as in desktop programs. One listener for the whole app.
 */
export function useTablistArrows(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) || e.altKey || e.ctrlKey) return;
      const tab = (e.target as HTMLElement | null)?.closest<HTMLElement>('[role="tab"]');
      const list = tab?.closest<HTMLElement>('[role="tablist"]');
      if (!tab || !list) return;
      const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].filter((t) => !t.hasAttribute('disabled'));
      const i = tabs.indexOf(tab);
      const next =
        e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? tabs.length - 1
            : (i + (e.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
      e.preventDefault();
      tabs[next]?.focus();
      tabs[next]?.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
