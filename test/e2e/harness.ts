import { chromium, type Browser, type Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { tempContext, tempDataDir, tempEmptyContext } from '../helpers/temp';
import { chromiumExecutable } from '../helpers/chromium';

export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

export interface RunningApp {
  page: Page;
  bridge: Bridge;
  dataDir: string;
  errors: string[];
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Start on an empty data file (the first-start choice) instead of the demo; "today" is December 2026. */
  empty?: boolean;
  /** Open a damaged file as the desktop app does: set aside, recovery screen. */
  recoverDamaged?: boolean;
}

/**
 * The real renderer build, served by the loopback bridge over a real database file, in Debian's
 * Chromium: the same path `npm run web` takes. `npm test` builds the renderer first.
 * By default the file holds the demo (a folder already used keeps its file as it is).
 */
export async function startApp(dataDir = tempDataDir(), opts: StartOptions = {}): Promise<RunningApp> {
  const rendererDir = path.resolve('dist', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Run `npm run build:renderer` first.');
  const ctx = opts.empty ? await tempEmptyContext(dataDir, new Date('2026-12-01T08:00:00Z')) : await tempContext(dataDir, { recoverDamaged: opts.recoverDamaged });
  const bridge = await startBridge({ ctx, rendererDir });
  const browser: Browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'vi-VN', acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // The first-run tour is remembered once seen; tests start as someone who has seen it (the tour's own test asks for it).
  await page.addInitScript(() => sessionStorage.getItem('ntm.tour.show') || localStorage.setItem('ntm.tour.done', '1'));
  await page.goto(bridge.url);
  return {
    page,
    bridge,
    dataDir,
    errors,
    async stop() {
      await browser.close();
      await bridge.close();
      ctx.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
