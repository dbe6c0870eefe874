import type { LaunchOptions } from '@playwright/test';

/**
 * How the browser tests and the performance script start Chromium: the binary `npm test` found (CHROMIUM_PATH;
 * empty means Playwright's own download), without sandbox or GPU, and with its background traffic turned off,
 * which a closed network would refuse anyway.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath:
    process.env.CHROMIUM_PATH === undefined ? '/usr/bin/chromium' : process.env.CHROMIUM_PATH || undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
