import type { Browser, Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { tempContext, tempDataDir, tempEmptyContext } from '../helpers/temp';
import { launchChromium } from '../helpers/chromium';

export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');
/** The viewport every test starts at. */
const WORKING_SIZE = { width: 1360, height: 860 };

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
  const ctx = opts.empty
    ? await tempEmptyContext(dataDir, new Date('2026-12-01T08:00:00Z'))
    : await tempContext(dataDir, { recoverDamaged: opts.recoverDamaged });
  const bridge = await startBridge({ ctx, rendererDir });
  const browser: Browser = await launchChromium();
  const page = await browser.newPage({ viewport: WORKING_SIZE, locale: 'vi-VN', acceptDownloads: true });
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

/**
 * Where and how to start the app for `withApp`: a data folder (default: a new one with the demo), the
 * start options, and a screenshot to take when the steps fail.
 */
export type StartWith = StartOptions & { dataDir?: string; failureScreenshot?: string };

/**
 * Starts the app, runs the steps, and stops it however they end: the frame of every e2e test.
 * `withApp(async ({ page, errors }) => …)`, or `withApp({ dataDir, empty: true }, async (app) => …)`.
 */
export async function withApp(
  start: StartWith | ((app: RunningApp) => Promise<void>),
  steps?: (app: RunningApp) => Promise<void>,
): Promise<void> {
  const { dataDir, failureScreenshot, ...opts } = typeof start === 'function' ? {} : start;
  const run = typeof start === 'function' ? start : steps!;
  const app = await startApp(dataDir, opts);
  try {
    await run(app);
  } catch (e) {
    if (failureScreenshot) await screenshot(app.page, failureScreenshot);
    throw e;
  } finally {
    await app.stop();
  }
}

/** The two screen sizes the office's screens come in. */
export const SCREEN_SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

/** The screen at both sizes (`<name>-1280x720.png`, `<name>-1920x1080.png`), then back to the working size. */
export async function screenshotsAtSizes(page: Page, name: string): Promise<void> {
  for (const [w, h] of SCREEN_SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `${name}-${w}x${h}`);
  }
  await page.setViewportSize(WORKING_SIZE);
}
