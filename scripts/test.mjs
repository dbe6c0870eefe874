// `npm test`: install what is missing, then type check, lint, unit tests, build and browser tests.
// Prints one closing line "tests: N passed, N failed" counting unit and browser tests together.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDeps, root, run } from './ensure-deps.mjs';
import { findChromium } from './find-chromium.mjs';

const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function step(name, command, args, env) {
  console.log(`\n» ${name}`);
  const started = Date.now();
  const code = run(command, args, env ? { env } : {});
  console.log(`  ${code === 0 ? '✔' : '✖'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (code !== 0) failedSteps.push(name);
  return code === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function countVitest(path) {
  const report = readJson(path);
  if (!report) return;
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(path) {
  const stats = readJson(path)?.stats;
  if (!stats) return;
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

ensureDeps();
step('Type check', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
step('Lint', 'eslint', ['--max-warnings=0', '.']);
const unitReport = join(reports, 'unit.json');
step('Unit tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`]);
countVitest(unitReport);
const built = step('Build', 'vite', ['build', '--logLevel', 'warn']);

const chromium = findChromium();
if (!chromium) {
  failedSteps.push('Browser tests (no Chromium)');
} else if (built) {
  const e2eReport = join(reports, 'e2e.json');
  step('Browser tests', 'playwright', ['test', '-c', 'e2e/playwright.config.ts'], {
    CHROMIUM_PATH: chromium === 'bundled' ? '' : chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  });
  if (existsSync(e2eReport)) countPlaywright(e2eReport);
} else {
  failedSteps.push('Browser tests (skipped: the build failed)');
}

console.log('');
if (failedSteps.length) console.log(`✖ Failed: ${failedSteps.join(', ')}`);
else console.log('✔ Type check, lint, unit tests, build and browser tests all passed.');
const failed = totals.failed + (failedSteps.length && totals.failed === 0 ? 1 : 0);
console.log(
  `tests: ${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps.length ? 1 : 0);
