/** The browser the e2e tests and the benches drive: Debian's Chromium, or CHROMIUM_PATH when set (empty = unset). */
import { envOverride } from '../../electron/data-dir';

export const chromiumExecutable = (env: NodeJS.ProcessEnv = process.env): string =>
  envOverride('CHROMIUM_PATH', env) ?? '/usr/bin/chromium';
