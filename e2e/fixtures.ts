import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_CONFIG_KEY = 'scd:demo-config';

interface Fixtures {
  /** Console errors and uncaught exceptions seen during the test; the test fails if any remain unexpected. */
  consoleErrors: string[];
  /** Set with `test.use({ allowConsoleErrors: true })` where failures are injected on purpose. */
  allowConsoleErrors: boolean;
}

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [false, { option: true }],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
      // Tests run with no artificial latency unless a test's URL sets ?latency= itself.
      await page.addInitScript((key) => {
        // Runs in every frame, including a PDF viewer's, which has no storage.
        if (!window.sessionStorage) return;
        if (!window.sessionStorage.getItem(key)) {
          window.sessionStorage.setItem(key, JSON.stringify({ latency: 0, failures: {} }));
        }
      }, DEMO_CONFIG_KEY);
      await use(errors);
      if (!allowConsoleErrors) expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe against WCAG 2.0-2.2 A and AA and fails with the list of violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** Exactly one h1 on the page, with the given text. */
export async function expectPageHeading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('h1')).toHaveCount(1);
}
