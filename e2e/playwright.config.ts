import { defineConfig } from '@playwright/test';

// The test command (scripts/test.mjs) finds or installs Chromium and passes it in CHROMIUM_PATH;
// empty means Playwright's own downloaded browser.
const executablePath =
  process.env.CHROMIUM_PATH === undefined ? '/usr/bin/chromium' : process.env.CHROMIUM_PATH || undefined;
const port = Number(process.env.E2E_PORT ?? 4174);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/e2e-artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '../test-results/e2e.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
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
