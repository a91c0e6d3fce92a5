import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from './api/context';
import { AppStateProvider } from './app-state';
import { PAGES } from './features/registry';
import { confirmLeave } from './components/unsaved';
import { FirstStart } from './features/start/FirstStart';
import type { SystemInfo } from '../shared/models/units';
import { RecoveryScreen } from './features/backups/RecoveryScreen';
import { PrintHost } from './print/PrintHost';
import { ShortcutSheet } from './features/help/ShortcutSheet';
import { Tour } from './features/help/Tour';
import { useTablistArrows } from './components/useTablistArrows';
import { KeptPages } from './components/KeptPages';
import './components/comfort.css';

const pageFromHash = () => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return PAGES.some((p) => p.id === id) ? id : PAGES[0]!.id;
};

/** "NTM Office – Thành phố Cần Thơ": the window title says which province's data is open. */
const windowTitle = (info: SystemInfo | null) =>
  info?.provinceFullName
    ? `NTM Office – ${info.provinceFullName}${info.dataKind === 'demo' ? ' (dữ liệu mẫu)' : ''}`
    : 'NTM Office – Văn phòng Điều phối nông thôn mới';

export function App() {
  const api = useApi();
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState(2022);
  const [pageId, setPageId] = useState(pageFromHash);
  const [version, setVersion] = useState(0);
  const reloadInfo = useCallback(() => setVersion((v) => v + 1), []);
  useTablistArrows();

  useEffect(() => {
    api.invoke('system.info', {}).then(
      (i) => {
        setInfo((prev) => {
          // Another file or province: start again on its plan year.
          if (!prev || prev.dbPath !== i.dbPath || prev.provinceCode !== i.provinceCode) setYear(i.planYear);
          return i;
        });
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, [api, version]);

  useEffect(() => {
    const onHash = () => setPageId(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = windowTitle(info);
  }, [info]);
  // One app state per change of file or year: a route change alone gives the shown section nothing new to render.
  const state = useMemo(() => (info ? { info, year, setYear, reloadInfo } : null), [info, year, reloadInfo]);

  if (error) return <div className="fatal">Không mở được dữ liệu: {error}</div>;
  if (!info) return <div className="loading">Đang mở dữ liệu…</div>;
  if (info.dataState === 'damaged') return <RecoveryScreen info={info} />;
  if (info.dataState === 'empty') return <FirstStart info={info} onReady={reloadInfo} />;
  const page = PAGES.find((p) => p.id === pageId) ?? PAGES[0]!;
  if (!state) return null;
  return (
    <AppStateProvider value={state}>
      <a
        className="skip-link"
        href="#noi-dung"
        onClick={(e) => {
          // The hash is the page route: move focus without touching it.
          e.preventDefault();
          document.getElementById('noi-dung')?.focus();
        }}
      >
        Bỏ qua đến nội dung chính
      </a>
      <div className="shell" key={`${info.dbPath}|${info.provinceCode}`}>
        <nav className="sidebar" aria-label="Điều hướng chính">
          <div className="brand">
            <div className="brand-name">NTM Office</div>
            <div className="brand-sub">Văn phòng Điều phối nông thôn mới</div>
            <div className="brand-province" data-testid="brand-province">
              {info.provinceFullName || info.provinceName}
            </div>
            {info.dataKind === 'demo' ? <span className="brand-tag">Dữ liệu mẫu</span> : null}
          </div>
          {PAGES.map((p) => (
            <a
              key={p.id}
              href={`#/${p.id}`}
              className={p.id === page.id ? 'nav-item active' : 'nav-item'}
              aria-current={p.id === page.id ? 'page' : undefined}
              onClick={(e) => p.id !== page.id && !confirmLeave() && e.preventDefault()}
            >
              {p.label}
              {p.id === 'xa' && info.pendingSuccessions > 0 ? (
                <span className="nav-badge" title={`${info.pendingSuccessions} trường hợp kế thừa cần xác nhận`}>
                  {info.pendingSuccessions}
                </span>
              ) : null}
            </a>
          ))}
        </nav>
        <main className="content" id="noi-dung" tabIndex={-1}>
          <h1 className="page-title">{page.label}</h1>
          <KeptPages pages={PAGES} activeId={page.id} state={state} />
        </main>
      </div>
      <PrintHost />
      <ShortcutSheet />
      <Tour />
    </AppStateProvider>
  );
}
