import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { useQuery } from '../../api/context';
import type { MapFundingStage, MapLayer, NtmMetric } from '../../../shared/models/map';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';
import { CommuneCard } from './CommuneCard';
import { useMapExport } from './useMapExport';
import { useMapShapes } from './useMapShapes';
import './map.css';

interface Option<T extends string> {
  value: T;
  label: string;
}

/** A small switch: one pressed button among a few. */
function Switch<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: Option<T>[];
  onChange(v: T): void;
}) {
  return (
    <div className="map-switch" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

const LAYERS: Option<MapLayer>[] = [
  { value: 'ntm', label: 'Nông thôn mới' },
  { value: 'ocop', label: 'OCOP' },
  { value: 'funding', label: 'Nguồn vốn' },
];
const METRICS: Option<NtmMetric>[] = [
  { value: 'status', label: 'Đạt chuẩn NTM' },
  { value: 'criteria', label: 'Số tiêu chí đạt' },
  { value: 'indicators', label: 'Tỉ lệ chỉ tiêu (bộ mới)' },
];
const STAGES: Option<MapFundingStage>[] = [
  { value: 'need', label: 'Nhu cầu' },
  { value: 'allocated', label: 'Kế hoạch giao' },
  { value: 'disbursed', label: 'Giải ngân' },
];

/**
 * The province's map on Tổng quan for the chosen year: communes coloured by NTM standing, OCOP
 * products or funding, a legend with counts, hover figures, a click opening the commune's card,
 * print and PNG/SVG export. Self-contained: the dashboard mounts it with one line.
 */
export function ProvinceMap({ year }: { year: number }) {
  const [layer, setLayer] = useState<MapLayer>('ntm');
  const [metric, setMetric] = useState<NtmMetric>('status');
  const [stage, setStage] = useState<MapFundingStage>('allocated');
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  // The table under the map is built only once opened: a province's rows are more nodes than the map.
  const [tableOpen, setTableOpen] = useState(false);
  // Where the bench starts counting a draw of the map (a standard User Timing mark).
  useState(() => performance.mark('ntm-map-mount'));
  const { data: view, error } = useQuery('map.province', { year, layer, metric, stage });
  const { shapes, error: shapesError } = useMapShapes(view?.hasGeometry ? view.provinceCode : null);
  const { print, save, printUrl } = useMapExport(view, shapes);
  const onHover = useCallback((k: string | null) => setHoverKey(k), []);
  const onSelect = useCallback((k: string) => setSelectedKey(k), []);

  const hovered = view?.units.find((u) => u.key === hoverKey) ?? null;
  const selected = view?.units.find((u) => u.key === selectedKey && u.unitId !== null) ?? null;
  return (
    <section className="map-panel" aria-label="Bản đồ tỉnh" data-testid="map-panel">
      <div className="map-toolbar">
        <h2 className="section-title">Bản đồ</h2>
        <Switch<MapLayer> label="Lớp bản đồ" value={layer} options={LAYERS} onChange={setLayer} />
        {layer === 'ntm' ? (
          <Switch<NtmMetric> label="Chỉ số" value={metric} options={METRICS} onChange={setMetric} />
        ) : null}
        {layer === 'funding' ? (
          <Switch<MapFundingStage> label="Giai đoạn vốn" value={stage} options={STAGES} onChange={setStage} />
        ) : null}
        {view?.hasGeometry && shapes ? (
          <div className="map-actions">
            <button type="button" className="secondary" onClick={print}>
              In bản đồ
            </button>
            <button type="button" className="secondary" onClick={() => void save('png')}>
              Lưu PNG
            </button>
            <button type="button" className="secondary" onClick={() => void save('svg')}>
              Lưu SVG
            </button>
          </div>
        ) : null}
      </div>
      {error || shapesError ? <div className="error-box">{error ?? shapesError}</div> : null}
      {view ? (
        <>
          <div className="map-heading">
            <div className="map-title">{view.title}</div>
            <div className="muted">{view.subtitle}</div>
          </div>
          {view.message ? (
            <p className="map-message" role="status">
              {view.message}
            </p>
          ) : null}
          <div className={view.hasGeometry ? 'map-body' : 'map-body no-map'}>
            {view.hasGeometry ? (
              shapes ? (
                <MapCanvas
                  shapes={shapes}
                  view={view}
                  selectedKey={selected?.key ?? null}
                  onHover={onHover}
                  onSelect={onSelect}
                />
              ) : (
                <div className="map-svg map-loading muted">Đang tải ranh giới…</div>
              )
            ) : null}
            <div className="map-side">
              <div className="map-hover" aria-live="polite" data-testid="map-hover" hidden={!view.hasGeometry}>
                {hovered ? (
                  <>
                    <strong>{hovered.name}</strong>: {hovered.figure}
                    {hovered.detail ? <div className="muted">{hovered.detail}</div> : null}
                  </>
                ) : (
                  <span className="muted">Trỏ vào một đơn vị để xem số liệu; bấm để mở thẻ của đơn vị.</span>
                )}
              </div>
              <MapLegend title={view.legendTitle} items={view.legend} />
              {selected ? (
                <CommuneCard
                  key={`${selected.unitId}:${year}`}
                  unitId={selected.unitId!}
                  year={year}
                  onClose={() => setSelectedKey(null)}
                />
              ) : null}
            </div>
          </div>
          {view.notes.length ? (
            <ul className="map-notes">
              {view.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          <p className="map-source muted">{view.source}</p>
          {view.hasGeometry ? (
            <details className="map-table-wrap" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
              <summary>Xem dạng bảng</summary>
              {tableOpen ? <MapTable view={view} onSelect={onSelect} /> : null}
            </details>
          ) : (
            <MapTable view={view} onSelect={onSelect} />
          )}
          {/* Outside the app's root, so printing can hide everything else. */}
          {printUrl
            ? createPortal(<img className="map-print-img" src={printUrl} alt={view.title} />, document.body)
            : null}
        </>
      ) : null}
    </section>
  );
}
