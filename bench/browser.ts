/**
 * The built renderer over a bench database, in Debian's Chromium through the loopback bridge (as
 * `npm run web` serves it). Shared by the benches that measure screens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBridge } from '../electron/bridge/server';
import type { ServiceContext } from '../electron/services/context';
import { launchChromium } from '../test/helpers/chromium';

export interface OpenRenderer {
  page: Page;
  url: string;
  errors: string[];
  /** Resident memory of Chromium's renderer processes started by this bench (MB): now and peak. */
  rendererRss(): { now: number; peak: number } | null;
  close(): Promise<void>;
}

/** Sums VmRSS / VmHWM (kB) of the renderer processes descending from this Node process (Linux /proc). */
function rendererRss(): { now: number; peak: number } | null {
  try {
    const children = new Map<number, number[]>();
    const cmd = new Map<number, string>();
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
        cmd.set(Number(d), fs.readFileSync(`/proc/${d}/cmdline`, 'utf8'));
      } catch {
        // The process ended meanwhile.
      }
    }
    let now = 0;
    let peak = 0;
    const walk = (pid: number) => {
      for (const c of children.get(pid) ?? []) {
        if (cmd.get(c)?.includes('--type=renderer')) {
          const status = fs.readFileSync(`/proc/${c}/status`, 'utf8');
          now += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          peak += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        }
        walk(c);
      }
    };
    walk(process.pid);
    return now ? { now: Math.round(now / 1024), peak: Math.round(peak / 1024) } : null;
  } catch {
    return null;
  }
}

export const RENDERER_DIR = path.resolve('dist', 'renderer');
export const rendererBuilt = () => fs.existsSync(path.join(RENDERER_DIR, 'index.html'));

export async function openRenderer(
  ctx: ServiceContext,
  viewport = { width: 1366, height: 860 },
): Promise<OpenRenderer> {
  const bridge = await startBridge({ ctx, rendererDir: RENDERER_DIR });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport, locale: 'vi-VN' });
  const errors: string[] = [];
  page.on('crash', () => errors.push('Trang Chromium bị dừng (crash).'));
  page.on('pageerror', (e) => errors.push(e.message));
  // Someone who has seen the first-run tour.
  await page.addInitScript(() => localStorage.setItem('ntm.tour.done', '1'));
  return {
    page,
    url: bridge.url,
    errors,
    rendererRss,
    async close() {
      await browser.close();
      await bridge.close();
    },
  };
}
