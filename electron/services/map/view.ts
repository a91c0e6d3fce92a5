/**
 * The province map for a year and a layer: every shape of the province's boundary file, matched by
 * GSO code to the units of the data, with its colour class, figure and the legend's counts.
 */
import type { ServiceContext } from '../context';
import type { MapFundingStage, MapLayer, MapLegendItem, MapUnit, MapView, NtmMetric } from '../../../shared/models/map';
import { NEUTRAL } from '../../domain/map-scale';
import { fullDistrictName } from '../../../shared/models/units';
import { anySampleRows } from '../../../db/repositories/sample';
import { provinceShapes } from './geometry';
import { mapFrame, type MapFrame } from './units';
import { ntmLayer } from './ntm-layer';
import { fundingLayer, ocopLayer } from './place-layers';
import type { LayerResult } from './layer';

export interface MapInput {
  year: number;
  layer: MapLayer;
  metric: NtmMetric;
  stage: MapFundingStage;
}

export const MAP_SOURCE =
  'Nguồn: số liệu của Văn phòng Điều phối nông thôn mới (NTM Office); ranh giới đơn vị hành chính từ 01/07/2025: ' +
  'bộ dữ liệu vietnamese-provinces-database (giấy phép MIT), đã đơn giản hóa.';

function layerOf(ctx: ServiceContext, frame: MapFrame, input: MapInput): LayerResult {
  if (input.layer === 'ocop') return ocopLayer(ctx, frame);
  if (input.layer === 'funding') return fundingLayer(ctx, frame, input.stage);
  return ntmLayer(ctx, frame, input.metric);
}

export function mapView(ctx: ServiceContext, input: MapInput): MapView {
  const frame = mapFrame(ctx, input.year);
  const province = frame.province;
  const provinceName = province ? fullDistrictName(province.kind, province.name) : '';
  const geo = provinceShapes(ctx, province?.code ?? null);
  const layer = layerOf(ctx, frame, input);
  const byCode = new Map(frame.units.filter((u) => u.code).map((u) => [u.code!, u]));

  const units: MapUnit[] = [];
  const drawn = new Set<number>();
  for (const s of geo?.shapes ?? []) {
    const u = byCode.get(s.code);
    const f = u ? layer.perUnit.get(u.id) : undefined;
    if (u) drawn.add(u.id);
    units.push({
      key: s.code,
      code: s.code,
      unitId: u?.id ?? null,
      name: u ? fullDistrictName(u.kind, u.name) : s.name,
      category: f?.category ?? 'absent',
      figure: f?.figure ?? NEUTRAL.absent.label.toLowerCase(),
      detail: f?.detail ?? '',
      inherited: f?.inherited ?? false,
      drawn: true,
    });
  }
  const withoutShape = frame.units.filter((u) => !drawn.has(u.id));
  for (const u of withoutShape) {
    const f = layer.perUnit.get(u.id)!;
    units.push({
      key: u.code ?? `id:${u.id}`,
      code: u.code,
      unitId: u.id,
      name: fullDistrictName(u.kind, u.name),
      ...f,
      drawn: false,
    });
  }

  // The legend counts what is drawn (every unit when there is nothing to draw).
  const counted = geo ? units.filter((u) => u.drawn) : units;
  const count = (key: string) => counted.filter((u) => u.category === key).length;
  const legend: MapLegendItem[] = [
    ...layer.classes.map((c) => ({ key: c.key, label: c.label, color: c.color, count: count(c.key), neutral: false })),
    ...layer.neutral.map((k) => ({ ...NEUTRAL[k], count: count(k), neutral: true })),
  ];
  if (geo) legend.push({ ...NEUTRAL.absent, count: count('absent'), neutral: true });

  const notes = [...layer.notes];
  if (units.some((u) => u.inherited)) notes.unshift(layer.rule);
  if (geo && withoutShape.length)
    notes.push(
      `${withoutShape.length} đơn vị trong dữ liệu không có ranh giới trong tệp bản đồ (mã không khớp): chỉ có trong bảng.`,
    );
  const message = !province
    ? `Dữ liệu chưa có tỉnh, thành phố nào cho năm ${input.year}.`
    : geo
      ? null
      : `Chưa có bản đồ ranh giới cho ${provinceName} (mã ${province.code ?? 'chưa có'}): Tổng quan chỉ hiện các bảng số liệu.`;
  const before = frame.dataDate < frame.mapDate;
  return {
    year: input.year,
    layer: input.layer,
    metric: input.metric,
    stage: input.stage,
    provinceCode: province?.code ?? null,
    provinceName,
    title: provinceName ? `${layer.title} — ${provinceName}` : layer.title,
    subtitle: before
      ? `Cuối năm ${input.year}, thể hiện trên đơn vị hành chính từ 01/07/2025 (số liệu của xã cũ tính cho đơn vị mới)`
      : `Cuối năm ${input.year}`,
    legendTitle: layer.legendTitle,
    hasGeometry: geo !== null,
    message,
    units,
    legend,
    notes,
    source: MAP_SOURCE,
    sampleData: anySampleRows(ctx.db),
  };
}
