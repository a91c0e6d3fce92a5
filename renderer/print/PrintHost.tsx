import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/context';
import { useNotice } from '../components/Notice';
import { closePrint, usePrintJob } from './print-store';
import './print.css';
import { errorNotice } from '../api/errors';

/**
 * The print view: the pages as they will print, over the app. «In» and «Xuất PDF» go to the
 * desktop shell (webContents.print / printToPDF); in the browser the browser prints (its dialog
 * also saves as PDF). The print CSS hides everything else and gives each part its page size.
 */
export function PrintHost() {
  const job = usePrintJob();
  const api = useApi();
  const notify = useNotice();
  const [busy, setBusy] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!job) return;
    document.body.classList.add('print-open', `print-${job.kind}`);
    const back = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closePrint();
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('print-open', 'print-grid', 'print-document');
      window.removeEventListener('keydown', onKey);
      back?.focus?.();
    };
  }, [job]);

  if (!job) return null;

  async function run(mode: 'print' | 'pdf') {
    if (!job || busy) return;
    setBusy(true);
    try {
      const r = await api.invoke('print.page', { mode, title: job.title });
      if (!r.handled) window.print();
      else if (r.savedPath) notify('success', `Đã lưu tệp PDF: ${r.savedPath}`);
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="print-view" role="dialog" aria-modal="true" aria-label={`Bản in: ${job.title}`}>
      <div className="print-bar">
        <strong className="print-bar-title">Bản in: {job.title}</strong>
        <span className="muted">
          {job.kind === 'grid' ? 'Khổ A4 ngang, có số trang' : 'Khổ A4, phụ lục khổ ngang, có số trang'}
        </span>
        <button onClick={() => run('print')} disabled={busy}>
          In
        </button>
        <button className="secondary" onClick={() => run('pdf')} disabled={busy}>
          Xuất PDF
        </button>
        <button ref={closeRef} className="secondary" onClick={closePrint}>
          Đóng
        </button>
      </div>
      <div className={`print-sheet print-sheet-${job.kind}`} data-testid="print-sheet">
        {job.content}
      </div>
    </div>
  );
}
