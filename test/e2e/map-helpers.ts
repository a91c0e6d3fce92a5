/** Reading the province map in the page: shapes, legend, a real click inside a unit's shape. */
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Unit codes of a province's boundary file, read from the repository's embedded copy. */
export function fileCodes(provinceCode: string): string[] {
  const topo = JSON.parse(
    zlib.gunzipSync(fs.readFileSync(path.resolve('db', 'geo', `${provinceCode}.topo.json.gz`))).toString('utf8'),
  ) as {
    objects: { units: { geometries: { properties: { code: string } }[] } };
  };
  return topo.objects.units.geometries.map((g) => g.properties.code);
}

/** The little of the page's DOM these helpers touch (the test project compiles without the DOM library). */
interface PageEl {
  getAttribute(name: string): string | null;
  dataset: Record<string, string | undefined>;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  scrollIntoView(options?: unknown): void;
}
export interface PageDoc {
  querySelectorAll(selector: string): Iterable<PageEl>;
  querySelector(selector: string): PageEl | null;
  elementFromPoint(x: number, y: number): unknown;
}

export interface DrawnMap {
  keys: string[];
  /** Shapes per fill colour. */
  byFill: Record<string, number>;
  /** Legend entries: colour and the count it states. */
  legend: { key: string; color: string; count: number }[];
}

export async function readMap(page: Page): Promise<DrawnMap> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: PageDoc }).document;
    const paths = [...doc.querySelectorAll('[data-testid="province-map"] path.map-unit')];
    const byFill: Record<string, number> = {};
    for (const p of paths) byFill[p.getAttribute('fill')!] = (byFill[p.getAttribute('fill')!] ?? 0) + 1;
    const legend = [...doc.querySelectorAll('.map-legend li')].map((li) => ({
      key: li.dataset.testid!.replace('legend-', ''),
      color: li.dataset.color!,
      count: Number(li.dataset.count),
    }));
    return { keys: paths.map((p) => p.dataset.key!), byFill, legend };
  });
}

/** Every colour drawn is in the legend with exactly the number of shapes drawn in it. */
export function expectLegendMatches(map: DrawnMap): void {
  const stated: Record<string, number> = {};
  for (const l of map.legend) stated[l.color] = (stated[l.color] ?? 0) + l.count;
  for (const [color, n] of Object.entries(map.byFill)) expect(stated[color], `màu ${color}`).toBe(n);
  expect(map.legend.reduce((s, l) => s + l.count, 0)).toBe(map.keys.length);
  // The legend's counts are visible text too.
}

/** A point on screen that hits the unit's own shape (not a neighbour's), for a real mouse click. */
export async function pointInside(page: Page, key: string): Promise<{ x: number; y: number }> {
  const pt = await page.evaluate((k) => {
    const doc = (globalThis as unknown as { document: PageDoc }).document;
    const el = doc.querySelector(`[data-testid="province-map"] path.map-unit[data-key="${k}"]`);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        const x = r.left + (r.width * i) / 12;
        const y = r.top + (r.height * j) / 12;
        if (doc.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  }, key);
  if (!pt) throw new Error(`Không tìm được điểm bên trong đơn vị ${key}`);
  return pt;
}
