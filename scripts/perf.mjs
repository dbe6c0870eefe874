/**
 * npm run perf: builds the app, serves the build, and reports for the overview and the 10,000-listing table
 *   - the gzipped JavaScript the first page needs, the app's code and the mocked API's code apart;
 *   - Lighthouse's performance, accessibility and best-practices scores (desktop preset, median of PERF_RUNS runs).
 * `npm run perf -- --size-only` prints the sizes without Lighthouse; PERF_REPORTS=<folder> keeps Lighthouse's JSON
 * reports there; PERF_PORT=<port> serves on that port rather than a free one. Exits non-zero only when something could not
 * run (build, server, Chromium, Lighthouse); a missed target is reported, not an error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SIZE_ONLY = process.argv.includes('--size-only');
const RUNS = Math.max(1, Number(process.env.PERF_RUNS ?? 3));
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The pages measured, with the module of the route component each one loads after the entry. */
const PAGES = [
  { name: 'overview', path: '/?as=seller-good', route: 'src/app/routes/home-route.tsx' },
  {
    name: 'listings (10,000)',
    path: '/listings?as=seller-large',
    route: 'src/features/listings/listings-page.tsx',
  },
];
const MOCK_ENTRY = 'src/mocks/browser.ts';

const TARGETS = [
  { category: 'performance', min: 0.95 },
  { category: 'accessibility', min: 1 },
  { category: 'best-practices', min: 0.95 },
];
const BUDGET_KB = 150;

function fail(message) {
  console.error(`perf: ${message}`);
  process.exit(2);
}

function build() {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) fail(`the build failed:\n${result.stdout}${result.stderr}`);
}

// ---- JavaScript sizes, from Vite's build manifest ----

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Every chunk a manifest entry loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest, key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) fail(`${key} is not in the build manifest`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

function gzippedSize(manifest, keys) {
  let total = 0;
  for (const key of keys) total += gzipSync(readFileSync(join(DIST, manifest[key].file))).length;
  return total;
}

/**
 * The first page's app code is the entry chunk and its static imports, which the page loads before anything
 * runs; the route's own chunks follow (shown apart). The mocked API's part is what its dynamically imported
 * chunk loads beyond those: app code it shares, such as the API schemas, counts as the app's.
 */
function firstPageSizes() {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) fail('the build manifest has no entry');
  const entryChunks = staticClosure(manifest, entry);
  const pages = PAGES.map((page) => {
    const app = staticClosure(manifest, page.route, new Set(entryChunks));
    const route = [...app].filter((key) => !entryChunks.has(key));
    const mock = [...staticClosure(manifest, MOCK_ENTRY)].filter((key) => !app.has(key));
    return {
      name: page.name,
      route: gzippedSize(manifest, route),
      routeChunks: route.length,
      mock: gzippedSize(manifest, mock),
      mockChunks: mock.length,
    };
  });
  return { entry: gzippedSize(manifest, entryChunks), entryChunks: entryChunks.size, pages };
}

// ---- Lighthouse ----

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForServer(base) {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  fail(`the preview server did not start on ${base}`);
}

function lighthouse(url, outputPath) {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--preset=desktop',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${outputPath}`,
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) fail(`Lighthouse failed on ${url}:\n${result.stderr}`);
  const report = JSON.parse(readFileSync(outputPath, 'utf8'));
  if (report.runtimeError) fail(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
  return report;
}

const FAILED_AUDIT_LIMIT = 8;

/** The audits that cost points, so a missed target says where to look. */
function weakAudits(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .slice(0, FAILED_AUDIT_LIMIT)
    .map((audit) => `${audit.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
}

async function runLighthouse() {
  const port = Number(process.env.PERF_PORT) || (await freePort());
  const base = `http://localhost:${port}`;
  const server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let serverErrors = '';
  server.stderr.on('data', (chunk) => (serverErrors += chunk));
  let stopping = false;
  server.on('exit', (code) => {
    if (!stopping) fail(`the preview server stopped (${code}):\n${serverErrors}`);
  });
  const stop = () => {
    stopping = true;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  const dir = mkdtempSync(join(tmpdir(), 'perf-'));
  const results = [];
  try {
    await waitForServer(base);
    for (const page of PAGES) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const name = `${page.route.replace(/\W+/g, '-')}-${run}.json`;
        runs.push(lighthouse(`${base}${page.path}`, join(process.env.PERF_REPORTS ?? dir, name)));
      }
      // Lighthouse's advice for noisy machines: the run with the median performance score.
      runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const report = runs[Math.floor(runs.length / 2)];
      results.push({
        page,
        report,
        performanceRuns: runs.map((r) => r.categories.performance.score),
      });
    }
  } finally {
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

// ---- main ----

build();
const sizes = firstPageSizes();
// The budget is for the first page a seller lands on (the overview): the entry chunk, its static imports and the
// page's own chunks. The other page is shown whole too, as it costs when opened directly.
const [landing] = sizes.pages;
const firstPage = sizes.entry + (landing?.route ?? 0);
const budgetMet = firstPage <= BUDGET_KB * 1000;
console.log('JavaScript for the first page, gzipped (from the build manifest; the mocked API apart):');
console.log(
  `  app shell: entry chunk and its static imports ${kb(sizes.entry)} in ${sizes.entryChunks} chunks`,
);
for (const page of sizes.pages) {
  const total = sizes.entry + page.route;
  const verdict = page === landing ? ` (budget ${BUDGET_KB} kB: ${budgetMet ? 'met' : 'MISSED'})` : '';
  console.log(
    `  ${page.name.padEnd(18)} shell + the page's own chunks ${kb(page.route)} (${page.routeChunks}) = ${kb(total)}${verdict}; mocked API ${kb(page.mock)} in ${page.mockChunks} chunks`,
  );
}
if (SIZE_ONLY) process.exit(0);

const results = await runLighthouse();
console.log(
  `\nLighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'))).version}, desktop preset, median of ${RUNS} run(s):`,
);
const missed = [];
for (const { page, report, performanceRuns } of results) {
  console.log(`  ${page.name} (${report.finalDisplayedUrl})`);
  for (const { category, min } of TARGETS) {
    const score = report.categories[category].score;
    const met = score >= min;
    const runs =
      category === 'performance' && performanceRuns.length > 1
        ? ` (runs: ${performanceRuns.join(', ')})`
        : '';
    console.log(
      `    ${category.padEnd(15)} ${score.toFixed(2)}  target >= ${min}: ${met ? 'met' : 'MISSED'}${runs}`,
    );
    if (!met) missed.push(`${page.name} ${category}: ${weakAudits(report, category).join('; ')}`);
  }
  const metric = (id) => report.audits[id].displayValue;
  console.log(
    `    FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
  );
}
if (!budgetMet) missed.push(`first-page app JavaScript (${landing?.name}) over ${BUDGET_KB} kB`);
console.log(missed.length ? `\ntargets missed:\n  ${missed.join('\n  ')}` : '\nall targets met');
