import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { YearPicker } from '../../components/YearPicker';
import { SampleBanner } from '../../components/SampleBanner';
import { formatDecimal1, formatNumber, formatPercent } from '../../../shared/format/number';
import { formatShortDate } from '../../../shared/format/date';
import type { DashboardOverview } from '../../../shared/models/dashboard';
import { DrillList } from './DrillList';
import { ChartPanel, Panel, chartData } from './panels';
import './dashboard.css';
import { ALL_COMMUNES, levelDrill, NO_DATA, type Drill } from './drill';
import { ProvinceMap } from '../map/ProvinceMap';
import type { MillionVnd } from '../../../shared/models/units-of-measure';

export function Stat({
  label,
  value,
  sub,
  onOpen,
}: {
  label: string;
  value: string;
  sub?: string;
  onOpen?: () => void;
}) {
  const body = (
    <>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {sub ? <div className="stat-sub">{sub}</div> : null}
    </>
  );
  return onOpen ? (
    <button
      type="button"
      className="stat stat-button"
      data-testid={`stat-${label}`}
      onClick={onOpen}
      title="Mở danh sách"
    >
      {body}
    </button>
  ) : (
    <div className="stat" data-testid={`stat-${label}`}>
      {body}
    </div>
  );
}

const money = (v: MillionVnd | null) => (v === null ? NO_DATA : formatNumber(Math.round(v)));
const pct = (v: number | null) => (v === null ? NO_DATA : `${formatDecimal1(v)}%`);

/** Tổng quan: the director's view of the chosen year. Every figure and chart element opens its list. */
export function DashboardPage() {
  const { year, setYear } = useAppState();
  const { data, error } = useQuery('overview.year', { year });
  const [drill, setDrill] = useState<Drill>(ALL_COMMUNES);
  const [byDistrict, setByDistrict] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  // The map follows once the figures and the list of the year are on screen: its own reading
  // (one query per unit shape) would otherwise queue in front of theirs.
  const [mapYear, setMapYear] = useState<number | null>(null);

  useEffect(() => setDrill(ALL_COMMUNES), [year]);
  useEffect(() => {
    if (!opened.current) return;
    listRef.current?.scrollIntoView({ block: 'start' });
    listRef.current?.querySelector<HTMLElement>('#drill-title')?.focus();
  }, [drill]);
  const open = (d: Drill) => {
    opened.current = true;
    setDrill(d);
  };

  return (
    <section className="page dashboard">
      <div className="toolbar">
        <YearPicker value={year} onChange={setYear} />
        {data?.hasDistricts ? (
          <label className="field-inline">
            <input type="checkbox" checked={byDistrict} onChange={(e) => setByDistrict(e.target.checked)} />
            Nhóm theo đơn vị cấp huyện
          </label>
        ) : null}
        {drill !== ALL_COMMUNES ? (
          <button className="secondary" onClick={() => open(ALL_COMMUNES)}>
            Danh sách tất cả xã
          </button>
        ) : null}
      </div>
      {error ? <div className="error-box">{error}</div> : null}
      {data ? <Overview data={data} open={open} mapYear={mapYear} /> : <p className="muted">Đang tính số liệu…</p>}
      {data ? (
        <div ref={listRef}>
          <DrillList data={data} drill={drill} byDistrict={byDistrict} onShown={setMapYear} />
        </div>
      ) : null}
    </section>
  );
}

function Overview({
  data,
  open,
  mapYear,
}: {
  data: DashboardOverview;
  open: (d: Drill) => void;
  mapYear: number | null;
}) {
  const charts = useMemo(() => chartData(data), [data]);
  const [ntm, nangCao, kieuMau] = data.levels;
  const recorded = data.recognitionsRecorded;
  const planned = (l: typeof ntm) =>
    l!.planned === null ? 'chưa có kế hoạch' : `kế hoạch ${formatNumber(l!.planned)}`;
  const planText = (l: typeof ntm) =>
    recorded
      ? `${formatPercent(l!.actual, data.communeTotal)} · ${planned(l)} · mới ${formatNumber(l!.newInYear)}`
      : `chưa nhập quyết định công nhận · ${planned(l)}`;
  const atRisk = data.atRiskCount;
  const noResults = data.communeTotal - data.withResults;
  return (
    <>
      <SampleBanner show={data.sampleData} />
      <h2 className="section-title" data-testid="dashboard-title">
        {data.provinceName} — cuối năm {data.year}
        {data.set ? <span className="muted"> · {data.set.name}</span> : null}
      </h2>
      <div className="stats">
        {[ntm, nangCao, kieuMau].map((l) => (
          <Stat
            key={l!.level}
            label={l!.level === 'ntm' ? 'Xã đạt chuẩn NTM' : `Xã ${l!.label}`}
            value={recorded ? `${formatNumber(l!.actual)}/${formatNumber(data.communeTotal)}` : NO_DATA}
            sub={planText(l)}
            onOpen={() => open(levelDrill(data, l!.level, l!.label))}
          />
        ))}
        <Stat
          label="Bình quân tiêu chí/xã"
          value={data.avgCriteria ?? NO_DATA}
          sub={
            noResults
              ? `${formatNumber(noResults)} xã chưa có số liệu`
              : `tất cả ${formatNumber(data.communeTotal)} xã có kết quả`
          }
          onOpen={() => open({ kind: 'communes', title: 'Xã chưa có kết quả tiêu chí', filter: { kind: 'noResults' } })}
        />
        <Stat
          label="Giải ngân / kế hoạch giao"
          value={pct(data.funding?.total.rate ?? null)}
          sub={
            data.funding
              ? `${money(data.funding.total.disbursed)} / ${money(data.funding.total.allocated)} triệu đồng`
              : NO_DATA
          }
          onOpen={() => open({ kind: 'funding', title: `Nguồn vốn năm ${data.year} theo xã (mọi nguồn)` })}
        />
        <Stat
          label="Sản phẩm OCOP còn hiệu lực"
          value={formatNumber(data.ocop.validTotal)}
          sub="3 sao trở lên, cuối năm"
          onOpen={() => open({ kind: 'ocop', title: `Sản phẩm OCOP còn hiệu lực cuối năm ${data.year}` })}
        />
      </div>

      <div className="dash-grid">
        <ChartPanel
          title="Tiến độ qua các năm (số xã đạt chuẩn)"
          chart={
            recorded
              ? {
                  label: 'Số xã đạt chuẩn NTM, nâng cao, kiểu mẫu qua các năm',
                  testId: 'chart-progress',
                  ...charts.progress,
                  onSelect: (i, s) => {
                    const y = data.progress[i]!.year;
                    const lv = (['ntm', 'nang_cao', 'kieu_mau'] as const)[s]!;
                    open({
                      kind: 'communes',
                      title: `Xã ${data.levels[s]!.label} công nhận đến năm ${y} (đang giữ chuẩn)`,
                      filter: { kind: 'level', level: lv, upToYear: y },
                    });
                  },
                }
              : null
          }
          missing="Chưa nhập quyết định công nhận xã đạt chuẩn nào (chưa có số liệu): nhập ở Xã & tiêu chí › Công nhận, thu hồi."
        />
        <ChartPanel
          title={`Xã theo số tiêu chí đạt${data.set ? ` (${data.set.required} tiêu chí)` : ''}`}
          chart={
            data.withResults
              ? {
                  label: 'Số xã theo số tiêu chí đạt',
                  testId: 'chart-criteria',
                  ...charts.criteria,
                  onSelect: (i) => {
                    const met = data.byCriteriaMet[i]!.met;
                    open({
                      kind: 'communes',
                      title: `Xã đạt ${met} tiêu chí năm ${data.year}`,
                      filter: { kind: 'met', met },
                    });
                  },
                }
              : null
          }
          missing={`Năm ${data.year} chưa có kết quả tiêu chí (chưa có số liệu).`}
        />
        <ChartPanel
          title="Nguồn vốn: kế hoạch giao và giải ngân (triệu đồng)"
          chart={
            data.funding
              ? {
                  label: 'Kế hoạch giao và giải ngân theo nguồn vốn',
                  testId: 'chart-funding',
                  ...charts.funding,
                  onSelect: (i) => {
                    const s = data.funding!.sources[i]!;
                    open({ kind: 'funding', title: `Nguồn ${s.name} năm ${data.year} theo xã`, sourceCode: s.code });
                  },
                }
              : null
          }
          missing={`Chưa có số liệu nguồn vốn năm ${data.year}.`}
        >
          {data.funding ? (
            <p className="muted">
              Giải ngân tính đến {data.funding.asOf ? formatShortDate(data.funding.asOf) : NO_DATA}.
            </p>
          ) : null}
        </ChartPanel>
        <Panel title="Tỷ lệ giải ngân theo nguồn vốn">
          {data.funding ? (
            <table className="table compact" aria-label="Tỷ lệ giải ngân theo nguồn vốn">
              <thead>
                <tr>
                  <th>Nguồn</th>
                  <th className="num">Giao</th>
                  <th className="num">Giải ngân</th>
                  <th className="num">Tỷ lệ</th>
                </tr>
              </thead>
              <tbody>
                {[...data.funding.sources, data.funding.total].map((s) => (
                  <tr key={s.code || 'total'} className={s.code ? undefined : 'total-row'}>
                    <td>
                      <button
                        className="link"
                        onClick={() =>
                          open({
                            kind: 'funding',
                            title: `${s.code ? `Nguồn ${s.name}` : 'Mọi nguồn vốn'} năm ${data.year} theo xã`,
                            sourceCode: s.code || undefined,
                          })
                        }
                      >
                        {s.name}
                      </button>
                    </td>
                    <td className="num">{money(s.allocated)}</td>
                    <td className="num">{money(s.disbursed)}</td>
                    <td className="num">
                      <span className="rate-bar" data-rate={s.rate ?? ''}>
                        {pct(s.rate)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">Chưa có số liệu nguồn vốn năm {data.year}.</p>
          )}
        </Panel>
        <ChartPanel
          title="Sản phẩm OCOP còn hiệu lực theo số sao"
          chart={
            data.ocop.validTotal
              ? {
                  label: 'Sản phẩm OCOP còn hiệu lực theo số sao',
                  testId: 'chart-ocop',
                  ...charts.ocop,
                  onSelect: (i) => {
                    const stars = data.ocop.validByStars[i]!.stars;
                    open({
                      kind: 'ocop',
                      title: `Sản phẩm OCOP ${stars} sao còn hiệu lực cuối năm ${data.year}`,
                      stars,
                    });
                  },
                }
              : null
          }
          missing={`Cuối năm ${data.year} chưa có sản phẩm OCOP nào còn hiệu lực.`}
        >
          {data.ocop.targets.length ? (
            <ul className="plain-list">
              {data.ocop.targets.map((t, i) => (
                <li key={i}>
                  {t.label}
                  {t.unitName ? ` (${t.unitName})` : ''}: kế hoạch {t.targetText}, đạt {formatNumber(t.current)}{' '}
                  {t.met ? '✓' : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </ChartPanel>
        <Panel title="Việc cần làm">
          <ul className="due-list">
            <li>
              <button
                className="link"
                onClick={() =>
                  open({
                    kind: 'expiring',
                    title: `Giấy chứng nhận OCOP hết hạn trong 6 tháng tới (từ ${formatShortDate(data.today)})`,
                  })
                }
              >
                {formatNumber(data.due.expiring.length)} giấy chứng nhận OCOP hết hạn trong 6 tháng tới
              </button>
            </li>
            <li>
              {/* Without any result the count would be a 0 nobody measured. */}
              {data.withResults ? (
                <button
                  className="link"
                  onClick={() =>
                    open({
                      kind: 'communes',
                      title: `Xã có nguy cơ không giữ chuẩn năm ${data.year}`,
                      filter: { kind: 'atRisk' },
                    })
                  }
                >
                  {formatNumber(atRisk)} xã có nguy cơ không giữ chuẩn (đạt ít hơn {data.set?.required ?? 19} tiêu chí)
                </button>
              ) : (
                <>
                  Xã có nguy cơ không giữ chuẩn: {NO_DATA} (năm {data.year} chưa có kết quả tiêu chí)
                </>
              )}
            </li>
            {data.due.reports.map((r) => (
              <li key={r.period}>
                <a href="#/van-ban">{r.label}</a>:{' '}
                {r.issued ? (
                  `đã ban hành (${r.issued})`
                ) : r.periodEnd < data.today ? (
                  <strong>chưa ban hành — kỳ đã kết thúc</strong>
                ) : (
                  `kỳ kết thúc ${formatShortDate(r.periodEnd)}`
                )}
              </li>
            ))}
          </ul>
        </Panel>
        {mapYear !== null ? <ProvinceMap year={mapYear} /> : null}
      </div>
    </>
  );
}
