/**
 * npm run perf:listings: builds the app, serves it, and measures in Chromium, as seller-large (10,000 listings):
 * the time from navigation to the first table rows, and from pressing Apply on a rule filter to its result.
 * Five runs each; prints the median and the worst, then one JSON line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

const PORT = Number(process.env.PERF_PORT ?? 4175);
const BASE = `http://localhost:${PORT}`;
const RUNS = 5;
/** `realistic` (120-450 ms per call, the demo's default) or a number of milliseconds, e.g. PERF_LATENCY=0. */
const LATENCY = process.env.PERF_LATENCY ?? 'realistic';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not start on ${BASE}.`);
}

if (spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
try {
  await waitForServer();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const firstRows: number[] = [];
  const filterResult: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each time: a cold start, as a seller opening the dashboard would have.
    const context = await browser.newContext();
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${BASE}/listings?as=seller-large&latency=${LATENCY}`);
    await page.getByRole('table', { name: 'Listings' }).getByRole('row').nth(1).waitFor();
    firstRows.push(performance.now() - started);

    const found = page.getByRole('status').filter({ hasText: /listings? found/ });
    await page.getByLabel('Rule').fill('plp.ip.replica');
    const clicked = performance.now();
    await page.getByRole('button', { name: 'Apply' }).click();
    await found.filter({ hasNotText: '10,000' }).waitFor();
    filterResult.push(performance.now() - clicked);
    await context.close();
  }
  await browser.close();
  const round = (n: number) => Math.round(n);
  console.log(
    `first table rows (cold start, realistic API latency): median ${round(median(firstRows))} ms, worst ${round(Math.max(...firstRows))} ms`,
  );
  console.log(
    `rule filter over 10,000 listings: median ${round(median(filterResult))} ms, worst ${round(Math.max(...filterResult))} ms`,
  );
  console.log(
    JSON.stringify({
      listings: 10_000,
      runs: RUNS,
      firstRowsMs: round(median(firstRows)),
      firstRowsWorstMs: round(Math.max(...firstRows)),
      filterMs: round(median(filterResult)),
      filterWorstMs: round(Math.max(...filterResult)),
    }),
  );
} finally {
  if (server.pid) process.kill(-server.pid);
}
