import { useEffect, useState } from 'react';
import { useApi } from './api/context';
import { AppStateProvider } from './app-state';
import { PAGES } from './features/registry';
import type { SystemInfo } from '../shared/models/units';
import { PrintHost } from './print/PrintHost';
import { ShortcutSheet } from './features/help/ShortcutSheet';
import { Tour } from './features/help/Tour';
import { useTablistArrows } from './components/useTablistArrows';
import './components/comfort.css';

const pageFromHash = () => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return PAGES.some((p) => p.id === id) ? id : PAGES[0]!.id;
};

export function App() {
  const api = useApi();
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState(2022);
  const [pageId, setPageId] = useState(pageFromHash);
  useTablistArrows();

  useEffect(() => {
    api.invoke('system.info', {}).then(
      (i) => {
        setInfo(i);
        setYear(i.planYear);
      },
      (e: Error) => setError(e.message),
    );
    const onHash = () => setPageId(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [api]);

  if (error) return <div className="fatal">Không mở được dữ liệu: {error}</div>;
  if (!info) return <div className="loading">Đang mở dữ liệu…</div>;
  const page = PAGES.find((p) => p.id === pageId) ?? PAGES[0]!;
  const Page = page.component;
  return (
    <AppStateProvider value={{ info, year, setYear }}>
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
      <div className="shell">
        <nav className="sidebar" aria-label="Điều hướng chính">
          <div className="brand">
            <div className="brand-name">NTM Office</div>
            <div className="brand-sub">Văn phòng Điều phối nông thôn mới {info.provinceName}</div>
          </div>
          {PAGES.map((p) => (
            <a key={p.id} href={`#/${p.id}`} className={p.id === page.id ? 'nav-item active' : 'nav-item'} aria-current={p.id === page.id ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <main className="content" id="noi-dung" tabIndex={-1}>
          <h1 className="page-title">{page.label}</h1>
          <Page />
        </main>
      </div>
      <PrintHost />
      <ShortcutSheet />
      <Tour />
    </AppStateProvider>
  );
}
