import { useAppState } from '../../app-state';

export function SettingsPage() {
  const { info } = useAppState();
  return (
    <section className="page">
      <h2 className="section-title">Dữ liệu</h2>
      <dl className="facts">
        <dt>Tệp cơ sở dữ liệu</dt>
        <dd data-testid="db-path">{info.dbPath}</dd>
        <dt>Thư mục dữ liệu</dt>
        <dd>{info.dataDir}</dd>
        <dt>Phiên bản ứng dụng</dt>
        <dd>{info.appVersion}</dd>
        <dt>Phiên bản cấu trúc dữ liệu</dt>
        <dd>{info.schemaVersion}</dd>
        <dt>Năm kế hoạch</dt>
        <dd>{info.planYear}</dd>
      </dl>
      <p className="muted">
        Trước mỗi lần nâng cấp cấu trúc dữ liệu, ứng dụng tự sao lưu tệp vào thư mục «sao-luu» bên cạnh tệp dữ liệu.
      </p>
    </section>
  );
}
