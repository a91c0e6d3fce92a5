import { useEffect, useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useExport } from '../../components/useExport';
import { formatNumber } from '../../../shared/format/number';
import type { SetImportPreview } from '../../../shared/models/indicators';
import { FileImportPanel } from './FileImportPanel';
import { SetForm } from './SetForm';
import { SetTable } from './SetTable';
import { useSubmit } from './useSubmit';

const KIND: Record<string, string> = {
  ntm: 'xã NTM',
  nang_cao: 'NTM nâng cao',
  kieu_mau: 'NTM kiểu mẫu',
  hien_dai: 'xã NTM hiện đại (thí điểm)',
  huyen: 'huyện NTM',
};

/**
 * Criteria sets as data the office edits: pick, create or copy a set; its criteria, indicators and
 * thresholds (per commune group or region, «không áp dụng», verified flag); Excel template and import.
 */
export function CriteriaSetView({ defaultSetId }: { defaultSetId: number | null }) {
  const api = useApi();
  const sets = useQuery('criteria.sets', {});
  const [setId, setSetId] = useState<number | null>(defaultSetId);
  const [form, setForm] = useState<'new' | 'copy' | 'edit' | null>(null);
  const [importing, setImporting] = useState(false);
  const [criterionName, setCriterionName] = useState('');
  const { submit } = useSubmit();
  useEffect(() => setSetId((s) => s ?? sets.data?.[0]?.id ?? null), [sets.data]);
  const detail = useQuery('criteria.setDetail', { setId: setId ?? 0 });
  const d = setId && detail.data?.set.id === setId ? detail.data : null;
  const info = sets.data?.find((s) => s.id === setId) ?? null;
  const count = d ? d.criteria.reduce((n, c) => n + c.indicators.length, 0) : 0;
  const unverified = d
    ? d.criteria.flatMap((c) => c.indicators.flatMap((i) => i.thresholds)).filter((t) => !t.verified).length
    : 0;
  const reload = () => {
    detail.reload();
    sets.reload();
  };

  const exporter = useExport();
  const exportSet = async () => {
    if (setId) await exporter.run('criteriaSets.export', { setId });
  };
  const addCriterion = () =>
    d &&
    submit(
      () =>
        api.invoke('criteriaSets.saveCriterion', {
          id: null,
          setId: d.set.id,
          no: Math.max(0, ...d.criteria.map((c) => c.no)) + 1,
          name: criterionName,
        }),
      'Đã thêm tiêu chí.',
    ).then((ok) => ok && (setCriterionName(''), reload()));

  return (
    <div className="page">
      <div className="toolbar toolbar-dense">
        <label className="field-inline">
          Bộ tiêu chí
          <select aria-label="Bộ tiêu chí" value={setId ?? ''} onChange={(e) => setSetId(Number(e.target.value))}>
            {(sets.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.yearFrom}–{s.yearTo})
              </option>
            ))}
          </select>
        </label>
        <button className="secondary" onClick={() => setForm('new')}>
          Bộ mới
        </button>
        <button className="secondary" onClick={() => setForm('copy')} disabled={!info}>
          Sao chép bộ này
        </button>
        <button className="secondary" onClick={() => setForm('edit')} disabled={!info}>
          Sửa thông tin
        </button>
        <button className="secondary" onClick={() => void exportSet()} disabled={!info || exporter.busy}>
          Xuất Excel (mẫu)
        </button>
        <button
          className="secondary"
          onClick={() => setImporting((v) => !v)}
          disabled={!info}
          aria-expanded={importing}
        >
          Nhập từ Excel
        </button>
      </div>
      {exporter.progress}
      {d ? (
        <p className="muted" data-testid="set-summary">
          {KIND[d.set.level] ?? d.set.level} · {d.set.decision} · {d.criteria.length} tiêu chí · {formatNumber(count)}{' '}
          chỉ tiêu · ngưỡng theo {d.set.thresholdBy === 'group' ? 'nhóm xã (1, 2, 3)' : 'vùng'} · đạt chuẩn khi đủ{' '}
          {d.set.requiredCount} tiêu chí · {unverified} ngưỡng chưa kiểm chứng
          {d.set.verified ? (
            <span className="badge">đã đối chiếu văn bản</span>
          ) : (
            <span className="badge badge-warn">chưa đối chiếu văn bản gốc</span>
          )}
        </p>
      ) : null}
      {d && d.set.expectedIndicators && count < d.set.expectedIndicators ? (
        <div className="notice-box" role="status" data-testid="missing-indicators">
          <strong>
            Chưa nhập {formatNumber(d.set.expectedIndicators - count)} chỉ tiêu — nhập từ{' '}
            {d.set.sourceDoc || 'văn bản ban hành'}
          </strong>
          . Bấm «Xuất Excel (mẫu)» để lấy tệp mẫu có sẵn {d.criteria.length} tiêu chí, điền mỗi chỉ tiêu một dòng (mã,
          tên, cách nhập, so sánh, ngưỡng từng {d.set.thresholdBy === 'group' ? 'nhóm xã' : 'vùng'}, «Không áp dụng» nếu
          có) rồi «Nhập từ Excel». Khi chưa có chỉ tiêu, kết quả tiêu chí vẫn đánh dấu Đạt/Chưa đạt trực tiếp trong
          bảng.
        </div>
      ) : null}
      {form ? (
        <SetForm
          key={`${form}-${setId}`}
          mode={form}
          base={info}
          onDone={(id) => {
            setForm(null);
            setSetId(id);
            reload();
          }}
          onCancel={() => setForm(null)}
        />
      ) : null}
      {importing && setId ? (
        <FileImportPanel<SetImportPreview>
          label="Nhập bộ tiêu chí từ Excel"
          help="Dùng tệp «Xuất Excel (mẫu)» (sheet «Chỉ tiêu»). Chỉ tiêu có trong bộ mà không có trong tệp sẽ bị bỏ nếu chưa có giá trị nào; có một lỗi là cả tệp bị từ chối."
          preview={(f) => api.invoke('criteriaSets.importPreview', { setId, ...f })}
          apply={(f) => api.invoke('criteriaSets.importApply', { setId, ...f })}
          describe={(p) => (
            <p>
              {p.setName}: {p.criteria} tiêu chí, {formatNumber(p.indicators)} chỉ tiêu, {formatNumber(p.thresholds)}{' '}
              ngưỡng. Thêm <strong>{p.added}</strong>, sửa <strong>{p.changed}</strong>, bỏ <strong>{p.removed}</strong>{' '}
              chỉ tiêu.
            </p>
          )}
          onApplied={() => {
            setImporting(false);
            reload();
          }}
          onClose={() => setImporting(false)}
        />
      ) : null}
      {detail.error && setId ? <div className="error-box">{detail.error}</div> : null}
      {d ? (
        <>
          <SetTable detail={d} onChanged={reload} />
          <div className="form-row">
            <input
              type="text"
              size={40}
              aria-label="Tên tiêu chí mới"
              placeholder="Tên tiêu chí mới"
              value={criterionName}
              onChange={(e) => setCriterionName(e.target.value)}
            />
            <button className="secondary" onClick={() => void addCriterion()} disabled={!criterionName.trim()}>
              Thêm tiêu chí
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
