/**
 * The map as a standalone SVG document (A4 portrait proportions): title, map, legend with counts,
 * notes, date and source line. One builder for printing, the SVG file and the PNG file, so all three
 * show the same thing. Pure string building: no DOM, no inline style (the app's CSP forbids it).
 */
import type { MapShapes, MapView } from '../../../shared/models/map';
import { formatNumber } from '../../../shared/format/number';

export const DOC_WIDTH = 1120;
const MARGIN = 40;
const FONT = "'Segoe UI', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface MapDocument {
  svg: string;
  width: number;
  height: number;
}

/** `printedOn` is "01/12/2026"; `selectedKey` outlines one unit (none in prints by default). */
export function buildMapDocument(
  view: MapView,
  shapes: MapShapes | null,
  printedOn: string,
  selectedKey?: string,
): MapDocument {
  const out: string[] = [];
  const inner = DOC_WIDTH - 2 * MARGIN;
  let y = MARGIN;
  const text = (x: number, yy: number, size: number, s: string, weight = 'normal', fill = '#1d2520') =>
    out.push(`<text x="${x}" y="${yy}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`);

  for (const line of wrapText(view.title, 70)) {
    y += 30;
    text(MARGIN, y, 26, line, 'bold', '#0a4d2c');
  }
  for (const line of wrapText(view.subtitle, 110)) {
    y += 24;
    text(MARGIN, y, 16, line, 'normal', '#5d6b62');
  }
  y += 20;

  if (view.hasGeometry && shapes && shapes.provinceCode === view.provinceCode && shapes.width > 0) {
    const scale = Math.min(inner / shapes.width, 880 / Math.max(shapes.height, 1));
    const w = shapes.width * scale;
    const x0 = MARGIN + (inner - w) / 2;
    out.push(`<g transform="translate(${x0.toFixed(1)} ${y}) scale(${scale.toFixed(5)})">`);
    const colors = new Map(view.legend.map((l) => [l.key, l.color]));
    const units = new Map(view.units.map((u) => [u.key, u]));
    for (const s of shapes.shapes) {
      const u = units.get(s.code);
      const title = u ? `${u.name}: ${u.figure}` : s.code;
      out.push(
        `<path d="${s.d}" fill="${colors.get(u?.category ?? 'absent') ?? '#ffffff'}" stroke="#ffffff" stroke-width="0.8" vector-effect="non-scaling-stroke"><title>${esc(title)}</title></path>`,
      );
    }
    const sel = selectedKey ? shapes.shapes.find((s) => s.code === selectedKey) : undefined;
    if (sel)
      out.push(
        `<path d="${sel.d}" fill="none" stroke="#b3261e" stroke-width="2.5" vector-effect="non-scaling-stroke"/>`,
      );
    out.push('</g>');
    y += shapes.height * scale + 30;
  }

  text(MARGIN, y, 17, view.legendTitle, 'bold');
  y += 12;
  const col = inner / 2;
  view.legend.forEach((l, i) => {
    const cx = MARGIN + (i % 2) * col;
    const cy = y + Math.floor(i / 2) * 28;
    out.push(
      `<rect x="${cx}" y="${cy + 8}" width="22" height="16" fill="${l.color}" stroke="#8a948d" stroke-width="0.8"/>`,
    );
    text(cx + 32, cy + 21, 15, `${l.label}: ${formatNumber(l.count)}`);
  });
  y += Math.ceil(view.legend.length / 2) * 28 + 20;

  for (const note of view.notes) {
    for (const line of wrapText(note, 150)) {
      y += 19;
      text(MARGIN, y, 13, line, 'normal', '#3b463f');
    }
    y += 4;
  }
  y += 16;
  text(MARGIN, y, 13, `Ngày in: ${printedOn}${view.sampleData ? ' · Có dữ liệu mẫu' : ''}`, 'normal', '#5d6b62');
  for (const line of wrapText(view.source, 150)) {
    y += 18;
    text(MARGIN, y, 12, line, 'normal', '#5d6b62');
  }
  const height = Math.ceil(y + MARGIN);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${DOC_WIDTH}" height="${height}" viewBox="0 0 ${DOC_WIDTH} ${height}" font-family="${esc(FONT)}">` +
    `<rect width="${DOC_WIDTH}" height="${height}" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg, width: DOC_WIDTH, height };
}

/** A data: URL of the document (the CSP allows images from data:, not from blob:). */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Base64 of a UTF-8 string (the file APIs carry base64). */
export function utf8Base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
