import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const port = Number(process.env.E2E_PORT ?? 4174);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/e2e-artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Every full page load rebuilds the 10,000-listing demo in the page (the checker runs on each listing), so a
  // scenario that navigates several times needs more than 30 s on a loaded 2-core machine; a passing test takes
  // no longer for the larger limits, which only wait for what a user would see.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '../test-results/e2e.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // The production build, served as `npm start` serves it.
    command: `npx vite preview --port ${port} --strictPort --logLevel warn`,
    cwd: '..',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
