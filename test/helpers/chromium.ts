/** The browser the e2e tests and the benches drive: Debian's Chromium, or CHROMIUM_PATH when set (empty = unset). */
import { chromium, type Browser } from 'playwright-core';
import { envOverride } from '../../electron/data-dir';

export const chromiumExecutable = (env: NodeJS.ProcessEnv = process.env): string =>
  envOverride('CHROMIUM_PATH', env) ?? '/usr/bin/chromium';

/** Headless Chromium as the e2e tests and the screen benches run it. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
