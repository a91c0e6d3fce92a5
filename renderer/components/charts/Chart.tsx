import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';
import { formatNumber } from '../../../shared/format/number';
import { NO_DATA } from '../../../shared/format/text';

// Only what the dashboard draws is registered (tree-shaken). Chart.js draws on a canvas and sizes it
// through the CSSOM: nothing inline for the CSP to refuse, no eval.
ChartJs.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);
ChartJs.defaults.font.family = '"Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif';
ChartJs.defaults.color = '#1f2a24';
ChartJs.defaults.locale = 'vi-VN';

/**
 * Series colours that stay apart in grey and on a black-and-white printer (dark, mid, light), each
 * with a black outline so a light bar still shows on white paper.
 */
export const SERIES = ['#1d4d33', '#6aa383', '#c9dfd1', '#8a5a00', '#d9b36c'];

export interface Series {
  label: string;
  /** null = no figure («chưa có số liệu»): no bar is drawn. */
  data: (number | null)[];
}

export interface ChartProps {
  /** What the chart shows, in words (read by screen readers; the figures are also in the lists). */
  label: string;
  categories: string[];
  series: Series[];
  kind?: 'bar' | 'line';
  horizontal?: boolean;
  /** Value → text for axes and tooltips (default: Vietnamese whole numbers). */
  format?: (v: number) => string;
  max?: number;
  /** A bar or point was chosen: opens the list behind it. */
  onSelect?: (category: number, series: number) => void;
  testId?: string;
}

const defaultFormat = (v: number) => formatNumber(v);

/**
 * One chart. After each draw the canvas carries `data-points` (each element's centre in CSS
 * pixels), so tests — and anything else — can reach a bar the way a mouse does.
 */
export function Chart({
  label,
  categories,
  series,
  kind = 'bar',
  horizontal = false,
  format = defaultFormat,
  max,
  onSelect,
  testId,
}: ChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<ChartJs | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  // The chart is built once per kind; new figures update it in place (no new canvas, no re-layout).
  const built = useRef<string>('');
  useEffect(() => {
    const canvas = canvasRef.current!;
    const valueAxis = horizontal ? 'x' : 'y';
    const config: ChartConfiguration<ChartType, (number | null)[], string> = {
      type: kind,
      data: {
        labels: categories,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: SERIES[i % SERIES.length],
          borderColor: kind === 'line' ? SERIES[i % SERIES.length] : '#000',
          borderWidth: 1,
          pointRadius: 4,
          pointHoverRadius: 6,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        // Sharp on paper.
        devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
        indexAxis: horizontal ? 'y' : 'x',
        scales: {
          [valueAxis]: {
            beginAtZero: true,
            max,
            // Whole numbers by default: a scale of counts never shows «0, 0, 1, 1».
            ticks: {
              callback: (v: number | string) => format(Number(v)),
              precision: format === defaultFormat ? 0 : undefined,
            },
          },
        },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (c) => `${c.dataset.label}: ${c.raw === null ? NO_DATA : format(Number(c.raw))}`,
            },
          },
        },
        onClick: (_e, elements) => {
          const el = elements[0];
          if (el) selectRef.current?.(el.index, el.datasetIndex);
        },
        onHover: (e, elements) => {
          const t = e.native?.target as HTMLElement | undefined;
          if (t) t.style.cursor = elements.length && selectRef.current ? 'pointer' : 'default';
        },
      },
      plugins: [
        {
          id: 'pointsMap',
          afterRender: (chart) => {
            const pts: { c: number; s: number; x: number; y: number }[] = [];
            chart.data.datasets.forEach((_d, s) =>
              chart.getDatasetMeta(s).data.forEach((el, c) => {
                if (chart.data.datasets[s]!.data[c] === null) return;
                // The middle of a bar (between its end and its base), or the point itself.
                const p = el.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base?: number };
                const x = horizontal && p.base !== undefined ? (p.x + p.base) / 2 : p.x;
                const y = !horizontal && p.base !== undefined ? (p.y + p.base) / 2 : p.y;
                pts.push({ c, s, x: Math.round(x), y: Math.round(y) });
              }),
            );
            canvas.dataset.points = JSON.stringify(pts);
          },
        },
      ],
    };
    const shape = `${kind}|${horizontal}`;
    const chart = chartRef.current;
    if (chart && built.current === shape) {
      chart.data = config.data;
      chart.options = config.options!;
      chart.update('none');
      return;
    }
    chart?.destroy();
    chartRef.current = new ChartJs(canvas, config);
    built.current = shape;
  }, [categories, series, kind, horizontal, format, max]);
  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <div className="chart-box">
      <canvas ref={canvasRef} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
