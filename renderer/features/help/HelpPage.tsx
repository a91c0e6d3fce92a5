import { useState } from 'react';
import { useAppState } from '../../app-state';
import { GUIDE, SHORTCUTS, UNITS_LICENCE } from './guide';
import { restartTour } from './Tour';
import { TabStrip } from '../../components/TabStrip';

const TABS = [
  { id: 'huong-dan', label: 'Các việc chính' },
  { id: 'phim-tat', label: 'Phím tắt' },
  { id: 'gioi-thieu', label: 'Giới thiệu' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function ShortcutTable() {
  return (
    <table className="table" aria-label="Phím tắt">
      <thead>
        <tr>
          <th>Phím</th>
          <th>Việc</th>
          <th>Ở đâu</th>
        </tr>
      </thead>
      <tbody>
        {SHORTCUTS.map((s) => (
          <tr key={s.keys + s.where}>
            <td>
              <kbd>{s.keys}</kbd>
            </td>
            <td>{s.what}</td>
            <td>{s.where}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Hướng dẫn: the office's main tasks step by step, the shortcuts, and «Giới thiệu». */
export function HelpPage() {
  const { info } = useAppState();
  const [tab, setTab] = useState<Tab>('huong-dan');
  return (
    <section className="page help-page">
      <TabStrip tabs={TABS} value={tab} onChange={setTab} label="Hướng dẫn" />
      {tab === 'huong-dan' ? (
        <div className="help-tasks">
          <p>
            Các việc thường làm của văn phòng, từng bước. Bấm <kbd>F1</kbd> ở bất cứ đâu để xem phím tắt.{' '}
            <button className="link" onClick={restartTour}>
              Xem lại phần giới thiệu nhanh
            </button>
          </p>
          {GUIDE.map((g, i) => (
            <section key={g.id} className="panel" aria-labelledby={`guide-${g.id}`}>
              <h2 id={`guide-${g.id}`} className="panel-title">
                {i + 1}. {g.title}
              </h2>
              <ol>
                {g.steps.map((s, j) => (
                  <li key={j}>{s}</li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      ) : null}
      {tab === 'phim-tat' ? <ShortcutTable /> : null}
      {tab === 'gioi-thieu' ? (
        <div className="help-about">
          <dl className="facts">
            <dt>Ứng dụng</dt>
            <dd>NTM Office — Văn phòng Điều phối nông thôn mới</dd>
            <dt>Phiên bản</dt>
            <dd data-testid="about-version">{info.appVersion}</dd>
            <dt>Tệp dữ liệu</dt>
            <dd data-testid="about-db">{info.dbPath}</dd>
            <dt>Phiên bản cấu trúc dữ liệu</dt>
            <dd>{info.schemaVersion}</dd>
          </dl>
          <h2 className="section-title">Dữ liệu đi kèm và giấy phép</h2>
          <ul>
            <li>
              Danh mục đơn vị hành chính toàn quốc (trước và sau 01/7/2025) và bảng kế thừa: bộ dữ liệu{' '}
              <strong>thanglequoc/vietnamese-provinces-database</strong>, giấy phép MIT (văn bản dưới đây).
            </li>
            <li>
              Bộ tiêu chí quốc gia về xã nông thôn mới (QĐ 318/QĐ-TTg, QĐ 51/2025), tiêu chí OCOP: văn bản quy phạm pháp
              luật, không thuộc đối tượng bảo hộ quyền tác giả.
            </li>
            <li>
              Dữ liệu mẫu (đánh dấu «Dữ liệu mẫu»): dựng lại cho khớp số tổng của kế hoạch công khai, không phải số liệu
              chính thức.
            </li>
            <li>
              Thư viện mã nguồn mở: React, AG Grid Community, Chart.js, docx, exceljs, zod, better-sqlite3, drizzle-orm
              (giấy phép MIT / Apache-2.0).
            </li>
          </ul>
          <pre className="licence" aria-label="Giấy phép MIT của danh mục đơn vị hành chính">
            {UNITS_LICENCE}
          </pre>
        </div>
      ) : null}
    </section>
  );
}
