import { memo, useEffect, useLayoutEffect, useMemo, useState, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { useApi } from '../api/context';
import { AppStateProvider, type AppState } from '../app-state';
import { PageShownProvider } from './page-shown';
import './kept-pages.css';

interface Kept {
  /** Bumped to mount the page afresh (its data changed while it was away). */
  generation: number;
  /** The data version when the page was last left (null while it is shown). */
  leftAt: string | null;
}

/**
 * Sections stay mounted once visited, so coming back costs no refetch, no re-parse and no new
 * 10,000-row grid: only the shown page's host element is in the document (hidden pages are
 * detached, so nothing of theirs can be found, focused or clicked). A page left at one data version
 * is mounted afresh when the data file changed meanwhile (`overview.dataVersion`, which any write,
 * here or by another process, moves); until that is known the section shows nothing rather than
 * old figures. Hidden pages keep the app state they last saw, so a year change elsewhere does not
 * make them read in the background; they follow it when shown again.
 */
export function KeptPages({ pages, activeId, state }: { pages: { id: string; component: ComponentType }[]; activeId: string; state: AppState }) {
  const api = useApi();
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const [kept, setKept] = useState<Record<string, Kept>>({});
  const [shown, setShown] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const settle = (version: string | null) => {
      if (!live) return;
      setKept((prev) => {
        const next = { ...prev };
        // The page just left: remember the version its data was current at.
        for (const [id, k] of Object.entries(prev)) if (id !== activeId && k.leftAt === null) next[id] = { ...k, leftAt: version };
        const k = prev[activeId];
        if (!k) next[activeId] = { generation: 0, leftAt: null };
        else next[activeId] = { generation: version !== null && k.leftAt === version ? k.generation : k.generation + 1, leftAt: null };
        return next;
      });
      setShown(activeId);
    };
    // Unknown version (the call failed): mount afresh, as without keeping.
    api.invoke('overview.dataVersion', {}).then(settle, () => settle(null));
    return () => {
      live = false;
    };
  }, [api, activeId]);

  return (
    <div className="page-stack" ref={setHost}>
      {host
        ? pages
            .filter((p) => kept[p.id])
            .map((p) => (
              <KeptPage key={`${p.id}|${kept[p.id]!.generation}`} host={host} active={p.id === shown && p.id === activeId} state={state} component={p.component} />
            ))
        : null}
    </div>
  );
}

const KeptPage = memo(function KeptPage({ host, active, state, component: Page }: { host: HTMLElement; active: boolean; state: AppState; component: ComponentType }) {
  const [el] = useState(() => {
    const div = document.createElement('div');
    div.className = 'page-host';
    return div;
  });
  // The page renders only once its element is in the document (grids measure themselves on mount).
  const [attached, setAttached] = useState(false);
  const [seen, setSeen] = useState(state);
  if (active && seen !== state) setSeen(state);
  useLayoutEffect(() => {
    if (active) {
      host.appendChild(el);
      setAttached(true);
    } else el.remove();
  }, [active, host, el]);
  useLayoutEffect(() => () => el.remove(), [el]);
  const page = useMemo(() => <Page />, [Page]);
  return attached
    ? createPortal(
        <AppStateProvider value={seen}>
          <PageShownProvider value={active}>{page}</PageShownProvider>
        </AppStateProvider>,
        el,
      )
    : null;
});
