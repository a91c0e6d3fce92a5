/**
 * The built renderer over a bench database, in Debian's Chromium through the loopback bridge (as
 * `npm run web` serves it). Shared by the benches that measure screens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBridge } from '../electron/bridge/server';
import type { ServiceContext } from '../electron/services/context';
import { chromiumExecutable } from '../test/helpers/chromium';

export interface OpenRenderer {
  page: Page;
  url: string;
  errors: string[];
  close(): Promise<void>;
}

export const RENDERER_DIR = path.resolve('dist', 'renderer');
export const rendererBuilt = () => fs.existsSync(path.join(RENDERER_DIR, 'index.html'));

export async function openRenderer(ctx: ServiceContext, viewport = { width: 1366, height: 860 }): Promise<OpenRenderer> {
  const bridge = await startBridge({ ctx, rendererDir: RENDERER_DIR });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
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
    async close() {
      await browser.close();
      await bridge.close();
    },
  };
}
