import { useQuery } from '../../api/context';
import { formatShortDate } from '../../../shared/format/date';
import type { ExpiringItem } from '../../../shared/models/ocop';
import { Stars } from './ui';

function Items({ items, extra }: { items: (ExpiringItem & { statusLabel?: string })[]; extra?: boolean }) {
  return (
    <table className="table ocop-calendar">
      <thead>
        <tr>
          <th>Sản phẩm</th>
          <th>Chủ thể</th>
          <th>Đơn vị cấp huyện</th>
          <th>Số sao</th>
          <th>Quyết định</th>
          <th>Hết hạn</th>
          <th>{extra ? 'Tình trạng' : 'Đánh giá lại'}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.evaluationId}>
            <td>{i.productName}</td>
            <td>{i.producerName}</td>
            <td>{i.districtName}</td>
            <td>
              <Stars n={i.stars} />
            </td>
            <td>
              {i.decisionNo} ngày {formatShortDate(i.decisionDate)}
            </td>
            <td>{formatShortDate(i.expiryDate)}</td>
            <td>
              {extra ? (
                i.statusLabel
              ) : i.reEvaluated ? (
                'đã có kết quả mới'
              ) : (
                <span className="ocop-warning">chưa đăng ký</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Certificates expiring in the next 6 months by month, and products due for re-evaluation. */
export function CalendarTab({ asOf }: { asOf: string }) {
  const cal = useQuery('ocop.calendar', { asOf });
  if (cal.error) return <div className="error-box">{cal.error}</div>;
  const c = cal.data;
  if (!c) return null;
  return (
    <>
      <h2 className="section-title">
        Giấy chứng nhận hết hạn từ {formatShortDate(c.asOf)} đến {formatShortDate(c.until)}
      </h2>
      {c.months.length ? (
        c.months.map((m) => (
          <section key={m.month} aria-label={m.label} data-testid={`ocop-month-${m.month}`}>
            <h3 className="section-title">
              {m.label} — {m.items.length} sản phẩm
            </h3>
            <Items items={m.items} />
          </section>
        ))
      ) : (
        <p className="muted">Không có giấy chứng nhận nào hết hạn trong 6 tháng tới.</p>
      )}
      <h2 className="section-title">Sản phẩm cần đánh giá lại ({c.due.length})</h2>
      <p className="muted">
        Giấy chứng nhận sắp hết hạn hoặc đã hết hạn mà chưa có kết quả đánh giá nào sau ngày quyết định.
      </p>
      {c.due.length ? <Items items={c.due} extra /> : <p className="muted">Không có sản phẩm nào.</p>}
    </>
  );
}
