import { useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { errorNotice } from '../../api/errors';

/** Cài đặt → Người sử dụng: the name recorded with every change, beside the Windows account. */
export function DisplayNameSection() {
  const api = useApi();
  const notify = useNotice();
  const { data, setData } = useQuery('profile.get', {});
  // What the person typed, kept apart from the stored name so a late answer never overwrites it.
  const [draft, setDraft] = useState<string | null>(null);
  const name = draft ?? data?.displayName ?? '';
  async function save() {
    try {
      setData(await api.invoke('profile.update', { displayName: name }));
      setDraft(null);
      notify('success', 'Đã lưu tên người sử dụng.');
    } catch (e) {
      notify('error', ...errorNotice(e));
    }
  }
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title" className="section-title">
        Người sử dụng
      </h2>
      <p className="muted">
        Mỗi thay đổi được ghi kèm tài khoản Windows <strong>{data?.account || '(không rõ)'}</strong>
        {data?.displayName ? <> và tên «{data.displayName}»</> : null}.
      </p>
      <div className="toolbar">
        <label className="form-field">
          <span>Tên hiển thị (không bắt buộc)</span>
          <input
            type="text"
            aria-label="Tên hiển thị"
            value={name}
            maxLength={80}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="Ví dụ: Nguyễn Văn An"
          />
        </label>
        <button onClick={save} disabled={!data || name.trim() === (data?.displayName ?? '')}>
          Lưu tên
        </button>
      </div>
    </section>
  );
}
