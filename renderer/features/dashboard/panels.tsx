import type { ReactNode } from 'react';
import { Chart, type ChartProps } from '../../components/charts/Chart';
import type { DashboardOverview } from '../../../shared/models/dashboard';

/** A titled panel of the dashboard. */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel" aria-label={title}>
      <h3 className="panel-title">{title}</h3>
      {children}
    </section>
  );
}

/** A panel of one chart (and what goes under it), or a line saying its figures are missing. */
export function ChartPanel({
  title,
  chart,
  missing,
  children,
}: {
  title: string;
  chart: ChartProps | null;
  missing?: string;
  children?: ReactNode;
}) {
  // A chart without a single figure would be an empty grid: say what is missing instead.
  const drawn = chart?.series.some((s) => s.data.some((v) => v !== null)) ? chart : null;
  return (
    <Panel title={title}>
      {drawn ? (
        <>
          <Chart {...drawn} />
          {children}
        </>
      ) : (
        <p className="muted">{missing}</p>
      )}
    </Panel>
  );
}

export function chartData(d: DashboardOverview) {
  return {
    progress: {
      categories: d.progress.map((p) => String(p.year)),
      series: [
        { label: 'NTM', data: d.progress.map((p) => p.ntm) },
        { label: 'NTM nâng cao', data: d.progress.map((p) => p.nangCao) },
        { label: 'NTM kiểu mẫu', data: d.progress.map((p) => p.kieuMau) },
      ],
    },
    criteria: {
      categories: d.byCriteriaMet.map((b) => String(b.met)),
      series: [{ label: 'Số xã', data: d.byCriteriaMet.map((b) => b.count) }],
    },
    funding: {
      categories: d.funding?.sources.map((s) => s.name) ?? [],
      series: [
        { label: 'Kế hoạch giao', data: d.funding?.sources.map((s) => s.allocated) ?? [] },
        { label: 'Giải ngân', data: d.funding?.sources.map((s) => s.disbursed) ?? [] },
      ],
    },
    ocop: {
      categories: d.ocop.validByStars.map((s) => `${s.stars} sao`),
      series: [{ label: 'Sản phẩm', data: d.ocop.validByStars.map((s) => s.count) }],
    },
  };
}
