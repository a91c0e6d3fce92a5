import { memo, useState } from 'react';
import { formatAmount, formatRate } from '../../../shared/domain/amount';
import { formatShortDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { STAGES, STAGE_LABEL, type FundingOverview, type FundingStage } from '../../../shared/models/funding';
import type { ThousandVnd } from '../../../shared/models/units-of-measure';
import { NO_DATA } from '../../../shared/format/text';
import './funding.css';

/** An amount, or «chưa có số liệu» where none was entered (never a 0). */
const amountOrNoData = (a: ThousandVnd | null) => (a === null ? NO_DATA : formatAmount(a));
/** The disbursement rate; «chưa có số liệu» when either figure is missing, "—" for an allocation of 0. */
const rateOrNoData = (disbursed: ThousandVnd | null, allocated: ThousandVnd | null) =>
  disbursed === null || allocated === null ? NO_DATA : formatRate(disbursed, allocated);

function Stat({ id, label, value, sub }: { id: string; label: string; value: string; sub: string }) {
  return (
    <div className="stat" data-testid={`funding-stat-${id}`}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      <div className="stat-sub">{sub}</div>
    </div>
  );
}

/** Headline figures of the year, in triệu đồng. */
export const FundingStats = memo(function FundingStats({ data }: { data: FundingOverview }) {
  const f = data.province.figures;
  return (
    <div className="stats">
      <Stat id="need" label="Tổng nhu cầu vốn" value={amountOrNoData(f.need.total.total)} sub="triệu đồng" />
      <Stat id="allocated" label="Kế hoạch vốn giao" value={amountOrNoData(f.allocated.total.total)} sub="triệu đồng" />
      <Stat
        id="disbursed"
        label="Giải ngân"
        value={amountOrNoData(f.disbursed.total.total)}
        sub={`triệu đồng, đến ${formatShortDate(data.asOf)}`}
      />
      <Stat
        id="rate"
        label="Tỷ lệ giải ngân"
        value={rateOrNoData(f.disbursed.total.total, f.allocated.total.total)}
        sub="giải ngân ÷ kế hoạch giao"
      />
    </div>
  );
});

/** Totals as a document states them, to check against the sum of the sources. */
export const StatedTotals = memo(function StatedTotals({
  data,
  onSave,
}: {
  data: FundingOverview;
  onSave: (stage: FundingStage, text: string) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState<Partial<Record<FundingStage, string>>>({});
  const shown = (st: FundingStage) => draft[st] ?? formatAmount(data.statedTotals[st]);
  async function commit(st: FundingStage) {
    const text = draft[st];
    if (text === undefined) return;
    if (await onSave(st, text)) setDraft((d) => ({ ...d, [st]: undefined }));
  }
  return (
    <div className="toolbar funding-stated">
      <span className="muted">Tổng số ghi trong văn bản (để đối chiếu, triệu đồng):</span>
      {STAGES.map((st) => (
        <label key={st} className="field-inline">
          {STAGE_LABEL[st]}
          <input
            type="text"
            inputMode="decimal"
            aria-label={`Tổng ${STAGE_LABEL[st].toLowerCase()} theo văn bản`}
            value={shown(st)}
            placeholder="không ghi"
            onChange={(e) => setDraft((d) => ({ ...d, [st]: e.target.value }))}
            onBlur={() => void commit(st)}
            onKeyDown={(e) => e.key === 'Enter' && void commit(st)}
          />
        </label>
      ))}
    </div>
  );
});

/** Figures rolled up by district-level unit (from the works). */
/** Rows shown before «Xem tất cả»: a national-scale list would otherwise put thousands of rows in the page. */
const DISTRICTS_SHOWN = 30;

export const DistrictTable = memo(function DistrictTable({ data }: { data: FundingOverview }) {
  const [all, setAll] = useState(false);
  const many = data.districts.length > DISTRICTS_SHOWN;
  const rows = all || !many ? data.districts : data.districts.slice(0, DISTRICTS_SHOWN);
  return (
    <>
      <div className="funding-districts-wrap">
        <table className="table funding-districts" aria-label="Theo đơn vị cấp huyện">
          <thead>
            <tr>
              <th>Đơn vị</th>
              {STAGES.map((st) => (
                <th key={st} className="num">
                  {STAGE_LABEL[st]}
                </th>
              ))}
              <th className="num">Tỷ lệ giải ngân</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                {STAGES.map((st) => (
                  <td key={st} className={d.totals[st] === null ? 'num no-data' : 'num'}>
                    {amountOrNoData(d.totals[st])}
                  </td>
                ))}
                <td className={d.totals.disbursed === null || d.totals.allocated === null ? 'num no-data' : 'num'}>
                  {rateOrNoData(d.totals.disbursed, d.totals.allocated)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {many ? (
        <p className="muted">
          {all
            ? `${formatNumber(data.districts.length)} đơn vị.`
            : `${formatNumber(rows.length)} đơn vị đầu trong ${formatNumber(data.districts.length)}.`}{' '}
          <button type="button" className="secondary" onClick={() => setAll(!all)}>
            {all ? 'Thu gọn' : `Xem tất cả ${formatNumber(data.districts.length)} đơn vị`}
          </button>
        </p>
      ) : null}
    </>
  );
});

export const WarningsList = memo(function WarningsList({ data }: { data: FundingOverview }) {
  if (!data.warningCount) return <p className="muted">Không có cảnh báo.</p>;
  return (
    <ul className="funding-warnings" aria-label="Cảnh báo nguồn vốn">
      {data.warnings.map((w, i) => (
        <li key={i} className={`warning-${w.kind}`}>
          {w.message}
        </li>
      ))}
      {data.warningCount > data.warnings.length ? (
        <li className="muted">… và {data.warningCount - data.warnings.length} cảnh báo khác.</li>
      ) : null}
    </ul>
  );
});
