import { useEffect, useState } from 'react';
import { useApi } from '../../api/context';
import { useAppState } from '../../app-state';
import { useNotice } from '../../components/Notice';
import { linesToList } from '../../lib/narrative-text';
import type { OfficeSettings } from '../../../shared/models/settings';
import { BackupsSection } from '../backups/BackupsSection';
import { ProvinceSection } from './ProvinceSection';
import { DisplayNameSection } from './DisplayNameSection';
import { errorNotice } from '../../api/errors';

type Agency = OfficeSettings['agency'];

const AGENCY_FIELDS: [keyof Agency, string][] = [
  ['governingBody', 'Cơ quan chủ quản (in hoa)'],
  ['issuingBody', 'Cơ quan ban hành (in hoa)'],
  ['issuingBodyShort', 'Chữ viết tắt trong ký hiệu (KH-…)'],
  ['issuingBodyName', 'Tên cơ quan ban hành trong câu'],
  ['office', 'Tên văn phòng'],
  ['place', 'Địa danh ghi ở văn bản'],
  ['provinceName', 'Tên tỉnh trong câu'],
];

/** Cài đặt: where the data lives, and what every document uses (agency, signer, recipients). */
export function SettingsPage() {
  const api = useApi();
  const notify = useNotice();
  const { info } = useAppState();
  const [s, setS] = useState<OfficeSettings | null>(null);
  const [authority, setAuthority] = useState('');
  const [recipients, setRecipients] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.invoke('settings.get', {}).then((v) => {
      setS(v);
      setAuthority(v.signer.authority.join('\n'));
      setRecipients(v.recipients.join('\n'));
    });
  }, [api]);

  async function save() {
    if (!s || busy) return;
    setBusy(true);
    try {
      const saved = await api.invoke('settings.update', {
        ...s,
        signer: { ...s.signer, authority: linesToList(authority) },
        recipients: linesToList(recipients),
      });
      setS(saved);
      notify('success', 'Đã lưu cài đặt. Văn bản tạo mới sẽ dùng thông tin này.');
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

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
      </dl>
      <BackupsSection />
      <ProvinceSection onProposal={(agency) => setS((cur) => (cur ? { ...cur, agency } : cur))} />
      <DisplayNameSection />
      {s ? (
        <div className="form-grid">
          <h2 className="section-title">Cơ quan ban hành văn bản</h2>
          {AGENCY_FIELDS.map(([k, label]) => (
            <label key={k} className="form-field">
              <span>{label}</span>
              <input
                type="text"
                aria-label={label}
                value={s.agency[k]}
                onChange={(e) => setS({ ...s, agency: { ...s.agency, [k]: e.target.value } })}
              />
            </label>
          ))}
          <label className="form-field">
            <span>Năm kế hoạch đang làm</span>
            <input
              type="number"
              aria-label="Năm kế hoạch"
              value={s.planYear}
              onChange={(e) => setS({ ...s, planYear: Number(e.target.value) })}
            />
          </label>
          <h2 className="section-title">Người ký và nơi nhận mặc định</h2>
          <label className="form-field form-area">
            <span>Quyền hạn, chức vụ người ký (mỗi dòng một dòng in)</span>
            <textarea
              rows={4}
              aria-label="Chức vụ người ký"
              value={authority}
              onChange={(e) => setAuthority(e.target.value)}
            />
          </label>
          <label className="form-field">
            <span>Họ tên người ký</span>
            <input
              type="text"
              aria-label="Họ tên người ký"
              value={s.signer.name}
              onChange={(e) => setS({ ...s, signer: { ...s.signer, name: e.target.value } })}
            />
          </label>
          <label className="form-field form-area">
            <span>Nơi nhận (mỗi dòng một nơi)</span>
            <textarea
              rows={7}
              aria-label="Nơi nhận"
              value={recipients}
              onChange={(e) => setRecipients(e.target.value)}
            />
          </label>
          <div>
            <button onClick={save} disabled={busy}>
              Lưu cài đặt
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
