import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { useApi } from '../api/context';
import { AppStateProvider, type AppState } from '../app-state';
import { PageShownProvider } from './page-shown';
import { DataEpochProvider } from './data-epoch';
import './kept-pages.css';

interface Kept {
  /** Bumped to mount the page afresh (its data changed while it was away). */
  generation: number;
  /** Bumped to make a page that re-reads in place read its data again. */
  epoch: number;
  /** The data version when the page was last left (null while it is shown). */
  leftAt: string | null;
  /** Shown while the data version is asked for: not yet known to be current. */
  checking: boolean;
}

export interface KeptPageDef {
  id: string;
  component: ComponentType;
  /** Re-reads its data in place after a change instead of being mounted afresh (every read goes through useQuery). */
  refreshesInPlace?: boolean;
}

/**
 * Sections stay mounted once visited, so coming back costs no refetch, no re-parse and no new
 * 10,000-row grid. A hidden page stays in the document with its rendering state kept
 * (`content-visibility: hidden`: no new style, layout or resize when it shows again), so nothing of
 * it can be focused, clicked or found, and aria-hidden. A page left at one data version
 * is not current when the data file changed meanwhile (`overview.dataVersion`, which any write,
 * here or by another process, moves). A page that `refreshesInPlace` shows at once, dimmed and
 * marked busy until its version is known and, if it changed, until its reads came back (the grids
 * keep their rows and take the new ones in place). Any other page shows nothing until the version
 * is known and is mounted afresh if it changed. Hidden pages keep the app state they last saw, so a
 * year change elsewhere does not make them read in the background; they follow it when shown again.
 */
export function KeptPages({ pages, activeId, state }: { pages: KeptPageDef[]; activeId: string; state: AppState }) {
  const api = useApi();
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const [kept, setKept] = useState<Record<string, Kept>>({});
  const [shown, setShown] = useState<string | null>(null);
  const inPlace = pages.find((p) => p.id === activeId)?.refreshesInPlace ?? false;

  useEffect(() => {
    let live = true;
    // A page reading in place shows at once; a page seen for the first time reads afresh anyway.
    setKept((prev) => {
      const k = prev[activeId];
      if (!k) return { ...prev, [activeId]: { generation: 0, epoch: 0, leftAt: null, checking: false } };
      return inPlace ? { ...prev, [activeId]: { ...k, checking: true } } : prev;
    });
    setShown((s) => (inPlace ? activeId : s));
    const settle = (version: string | null) => {
      if (!live) return;
      setKept((prev) => {
        const next = { ...prev };
        // The page just left: remember the version its data was current at.
        for (const [id, k] of Object.entries(prev))
          if (id !== activeId && k.leftAt === null) next[id] = { ...k, leftAt: version };
        const k = prev[activeId]!;
        const current = k.leftAt === null || (version !== null && k.leftAt === version);
        if (current) next[activeId] = { ...k, leftAt: null, checking: false };
        else if (inPlace) next[activeId] = { ...k, epoch: k.epoch + 1, leftAt: null, checking: false };
        else next[activeId] = { ...k, generation: k.generation + 1, leftAt: null, checking: false };
        return next;
      });
      setShown(activeId);
    };
    // Unknown version (the call failed): read afresh, as without keeping.
    api.invoke('overview.dataVersion', {}).then(settle, () => settle(null));
    return () => {
      live = false;
    };
  }, [api, activeId, inPlace]);

  return (
    <div className="page-stack" ref={setHost}>
      {host
        ? pages
            .filter((p) => kept[p.id])
            .map((p) => {
              const k = kept[p.id]!;
              return (
                <KeptPage
                  key={`${p.id}|${k.generation}`}
                  host={host}
                  active={p.id === shown && p.id === activeId}
                  checking={k.checking}
                  epoch={k.epoch}
                  state={state}
                  component={p.component}
                />
              );
            })
        : null}
    </div>
  );
}

const KeptPage = memo(function KeptPage({
  host,
  active,
  checking,
  epoch,
  state,
  component: Page,
}: {
  host: HTMLElement;
  active: boolean;
  checking: boolean;
  epoch: number;
  state: AppState;
  component: ComponentType;
}) {
  const [el] = useState(() => {
    const div = document.createElement('div');
    div.className = 'page-host';
    return div;
  });
  // The page renders only once its element is in the document (grids measure themselves on mount).
  const [attached, setAttached] = useState(false);
  const [seen, setSeen] = useState(state);
  if (active && seen !== state) setSeen(state);
  // Reads of the current epoch still out, and whether they have been counted yet (children's effects run first).
  const [pending, setPending] = useState(0);
  const [counted, setCounted] = useState(epoch);
  const track = useCallback((read: Promise<unknown>) => {
    setPending((n) => n + 1);
    void read.finally(() => setPending((n) => n - 1));
  }, []);
  useEffect(() => setCounted(epoch), [epoch]);
  const busy = active && (checking || counted !== epoch || pending > 0);
  // Joins the document once, when first shown, and stays: a hidden page keeps its layout and
  // rendering state (content-visibility), so showing it again costs no new layout of its DOM and no
  // resize of its grids and charts. Its skipped content cannot be focused, clicked or found; it is
  // also aria-hidden. (Not `inert`: toggling that restyles every element of the page.)
  // Read by the page when it needs to know (a key press): showing or hiding re-renders nothing in it.
  const shownRef = useRef(active);
  useLayoutEffect(() => {
    shownRef.current = active;
    if (active && !el.isConnected) {
      host.appendChild(el);
      setAttached(true);
    }
    el.classList.toggle('page-hidden', !active);
    if (active) el.removeAttribute('aria-hidden');
    else el.setAttribute('aria-hidden', 'true');
  }, [active, host, el]);
  // Busy while not known to be current; dimmed only while reading again after a change (a repaint of the whole page).
  const refreshing = counted !== epoch || pending > 0;
  useLayoutEffect(() => {
    if (busy) el.setAttribute('aria-busy', 'true');
    else el.removeAttribute('aria-busy');
    el.classList.toggle('page-refreshing', refreshing);
  }, [busy, refreshing, el]);
  useLayoutEffect(() => () => el.remove(), [el]);
  const epochValue = useMemo(() => ({ epoch, track }), [epoch, track]);
  const page = useMemo(() => <Page />, [Page]);
  return attached
    ? createPortal(
        <AppStateProvider value={seen}>
          <DataEpochProvider value={epochValue}>
            <PageShownProvider value={shownRef}>{page}</PageShownProvider>
          </DataEpochProvider>
        </AppStateProvider>,
        el,
      )
    : null;
});
