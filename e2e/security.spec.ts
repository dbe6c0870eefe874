import type { Page } from '@playwright/test';
import { expect, expectPageHeading, test } from './fixtures';

interface Violation {
  directive: string;
  blocked: string;
  url: string;
}

declare global {
  interface Window {
    cspViolations?: Violation[];
    inlineScriptRan?: boolean;
  }
}

/** Records every Content Security Policy violation in the page, from before the app's first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        url: event.documentURI,
      });
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

/** Each document keeps its own record, so it is read before leaving the page. */
async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expectPageHeading(page, heading);
  expect(await violations(page), path).toEqual([]);
}

test('the built page carries a policy that allows no inline script and nothing from another origin', async ({
  page,
}) => {
  await page.goto('/?as=seller-good');
  await expectPageHeading(page, 'Maple & Thread: account standing');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('img-src')).toEqual(["'self'", 'blob:']);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('worker-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(['blob:']);
  expect(directives.get('frame-src')).toEqual(['blob:']);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'self'"]);
});

test.describe('the app works within its policy', () => {
  test.beforeEach(async ({ page }) => recordViolations(page));

  test('a seller’s pages, the vault’s PDF and image previews included, raise no violation', async ({
    page,
  }) => {
    for (const [path, heading] of [
      ['/?as=seller-good', 'Maple & Thread: account standing'],
      ['/listings', 'Listings'],
      ['/strikes', 'Strikes and points'],
      ['/checker', 'Pre-publish checker'],
      ['/complaints', 'IP complaints'],
      ['/policies/product-listing-policy', 'Product Listing Policy'],
    ] as const) {
      await visit(page, path, heading);
    }
    // Navigation inside the app, then the vault with a PDF shown in place.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Authorisations' })
      .click();
    await expectPageHeading(page, 'Brand authorisations');
    const item = page.getByRole('listitem').filter({ hasText: 'anker-authorisation.pdf' });
    await item.getByRole('button', { name: 'View the file' }).click();
    await expect(item.locator('object[type="application/pdf"]')).toHaveAttribute('data', /^blob:/);
    await expect(item.getByRole('link', { name: 'Download anker-authorisation.pdf' })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    // An image document is shown as an image, also from a blob: URL.
    await visit(page, '/authorisations?as=seller-at-risk', 'Brand authorisations');
    const scan = page.getByRole('listitem').filter({ hasText: 'nike-letter-scan.jpg' });
    await scan.getByRole('button', { name: 'View the file' }).click();
    const image = scan.getByRole('img', { name: /nike-letter-scan\.jpg/ });
    await expect(image).toHaveAttribute('src', /^blob:/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  test('the reviewer’s queue, a document with its PDF preview, and the audit raise no violation', async ({
    page,
  }) => {
    await visit(page, '/review?as=reviewer&kind=document', 'Review queue');
    await visit(page, '/complaints/cmp-vt-03', 'Complaint from Nord Distribution LLC');
    await page.goto('/review/rev-auth-vt-01');
    await expectPageHeading(page, /Brand authorisation: Xiaomi/);
    await expect(page.locator('object[type="application/pdf"]')).toHaveAttribute('data', /^blob:/);
    await expect(page.getByRole('link', { name: 'Download invoice-elektro-opt.pdf' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await visit(page, '/audit', 'Audit log');
  });
});

test.describe('an injected script', () => {
  // The browser reports the refused script in the console, which is what this test expects.
  test.use({ allowConsoleErrors: true });
  test.beforeEach(async ({ page }) => recordViolations(page));

  test('added to the page as an inline script, does not run', async ({ page }) => {
    await page.goto('/?as=seller-good');
    await expectPageHeading(page, 'Maple & Thread: account standing');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      document.body.append(script);
      const handler = document.createElement('img');
      handler.setAttribute('src', '');
      handler.setAttribute('onerror', 'window.inlineScriptRan = true;');
      document.body.append(handler);
    });
    await expect
      .poll(() => violations(page))
      .toContainEqual(expect.objectContaining({ directive: 'script-src-elem' }));
    await expect
      .poll(() => violations(page))
      .toContainEqual(expect.objectContaining({ directive: 'script-src-attr' }));
    expect(await page.evaluate(() => window.inlineScriptRan)).toBeUndefined();
  });
});
