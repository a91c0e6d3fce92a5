import { useState } from 'react';
import { useQuery } from '../../api/context';
import type { OcopMeta } from '../../../shared/models/ocop';
import { EvaluationHistory } from './EvaluationHistory';
import { EvaluationForm } from './EvaluationForm';
import { DossierList } from './DossierList';
import { ProductForm } from './ProductForm';
import { SourceBadge, Stars, StatusBadge } from './ui';

/** One product's file: facts, evaluation history with decisions, scoring, dossier. */
export function ProductPanel({
  id,
  meta,
  asOf,
  onChanged,
}: {
  id: number;
  meta: OcopMeta;
  asOf: string;
  onChanged: () => void;
}) {
  const detail = useQuery('ocop.product', { id, asOf });
  const [editing, setEditing] = useState(false);
  const [scoring, setScoring] = useState(false);
  const changed = () => {
    detail.reload();
    onChanged();
  };
  if (detail.error) return <div className="error-box">{detail.error}</div>;
  const d = detail.data;
  if (!d) return null;
  const p = d.product;
  return (
    <div className="ocop-panel" data-testid="ocop-product-panel">
      <div className="ocop-panel-head">
        <h2 className="section-title">{p.name}</h2>
        <Stars n={p.stars} />
        <StatusBadge status={p.status} label={p.statusLabel} />
        <SourceBadge source={p.source} />
        <button className="secondary" onClick={() => setEditing((x) => !x)}>
          Sửa thông tin
        </button>
      </div>
      <p data-testid="ocop-status-note">{d.statusNote}</p>
      <dl className="facts ocop-facts">
        <dt>Chủ thể</dt>
        <dd>
          {d.producer.name} ({d.producer.kindLabel})
          {d.producer.representative ? `, đại diện: ${d.producer.representative}` : ''}
        </dd>
        <dt>Địa bàn</dt>
        <dd>{[p.communeName, p.districtName].filter(Boolean).join(', ') || 'chưa xác định'}</dd>
        <dt>Nhóm sản phẩm</dt>
        <dd>{p.groupLabel || 'chưa phân nhóm'}</dd>
        {p.notes ? (
          <>
            <dt>Ghi chú</dt>
            <dd>{p.notes}</dd>
          </>
        ) : null}
      </dl>
      {editing ? (
        <ProductForm
          meta={meta}
          product={p}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            changed();
          }}
        />
      ) : null}
      <div className="ocop-panel-head">
        <h3 className="section-title">Lịch sử đánh giá, công nhận</h3>
        <button onClick={() => setScoring((x) => !x)}>{scoring ? 'Đóng phiếu chấm' : 'Chấm điểm đợt mới'}</button>
      </div>
      {scoring ? (
        <EvaluationForm
          meta={meta}
          productId={p.id}
          onSaved={() => {
            setScoring(false);
            changed();
          }}
        />
      ) : null}
      <EvaluationHistory evaluations={d.evaluations} onChanged={changed} />
      <h3 className="section-title">Hồ sơ sản phẩm</h3>
      <p className="muted">
        Hồ sơ gắn với sản phẩm: khi đăng ký thăng hạng hay đánh giá lại, các giấy tờ đã có được dùng lại, chỉ bổ sung
        phần còn thiếu.
      </p>
      <DossierList productId={p.id} items={d.dossier} onChanged={detail.reload} />
    </div>
  );
}
