import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test.describe('injected API failures', () => {
  test.use({ allowConsoleErrors: true });

  test('a failing resource shows what failed, other pages keep working, and the app recovers', async ({
    page,
  }) => {
    await page.goto('/listings?as=seller-at-risk&fail=listings:500');
    await expectPageHeading(page, 'This page could not load');
    await expect(page.getByRole('alert')).toContainText('injected failure');
    await expect(page.getByText('Failure injection is on: listings:500')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
    await expectPageHeading(page, 'IP complaints');
    await page.goBack();
    await expectPageHeading(page, 'This page could not load');

    await page.getByRole('button', { name: 'Turn failures off' }).click();
    await expectPageHeading(page, 'Listings');
    await expect(page).not.toHaveURL(/fail=/);
    await expect(page.getByText(/\d+ listings found/)).toBeVisible();
    await page.reload();
    await expectPageHeading(page, 'Listings');
  });

  test('"Try again" loads the page once the API answers again, without a reload', async ({ page }) => {
    await page.goto('/?as=seller-at-risk&fail=penalties:503');
    await expectPageHeading(page, 'Volna Trade: account standing');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Strikes' }).click();
    await expectPageHeading(page, 'This page could not load');
    await expect(page.getByRole('alert')).toContainText('temporarily unavailable');

    await page.getByRole('button', { name: 'Try again' }).click();
    await expectPageHeading(page, 'This page could not load');

    await page.getByRole('button', { name: 'Turn failures off' }).click();
    await expect(page.getByText('Failure injection is on')).toBeHidden();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expectPageHeading(page, 'Strikes and points');
  });

  test('an offline API shows a network message', async ({ page }) => {
    await page.goto('/complaints?as=seller-good&fail=complaints:offline');
    await expect(page.getByRole('alert')).toContainText('Could not reach the server');
  });
});

test('damaged stored demo data is reset with a notice instead of crashing', async ({ page }) => {
  await page.goto('/?as=seller-at-risk');
  await expectPageHeading(page, 'Volna Trade: account standing');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('seller-compliance-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('changes', 'readwrite');
          tx.objectStore('changes').put(
            { collection: 'listings', id: 'lst-vt-00001', row: { title: 42 } },
            'listings/lst-vt-00001',
          );
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await expectPageHeading(page, 'Volna Trade: account standing');
  const notice = page.getByRole('status').filter({ hasText: 'saved demo data was damaged' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

type Mode = '500' | 'timeout' | 'offline';

/** What the page says for each kind of failure. */
const SAYS: Record<Mode, RegExp> = {
  '500': /server had a problem \(injected failure\)/,
  timeout: /server took too long to answer/,
  offline: /Could not reach the server/,
};

interface FailureCase {
  account: string;
  path: string;
  resource: string;
  /** The page's own h1 once it loads. */
  heading: string | RegExp;
  /** The page shows its own panel instead of the route's error page. */
  panel?: string;
}

const SELLER = 'seller-at-risk';
const CASES: FailureCase[] = [
  ...(
    [
      ['/', ['sellers', 'authorisations'], 'Volna Trade: account standing'],
      ['/listings', ['listings'], 'Listings'],
      ['/listings/lst-vt-00001', ['listings', 'authorisations', 'rules'], /\S/],
      ['/checker', ['authorisations', 'rules'], 'Pre-publish checker'],
      ['/strikes', ['penalties', 'appeals', 'complaints'], 'Strikes and points'],
      ['/strikes/pen-vt-08', ['penalties', 'appeals'], /\S/],
      ['/complaints', ['complaints'], 'IP complaints'],
      ['/complaints/cmp-vt-01', ['complaints'], /^Complaint from /],
      ['/policies', ['policies'], 'Policies'],
      ['/policies/product-listing-policy', ['policies'], 'Product Listing Policy'],
      ['/rules', ['policies', 'rules'], 'Checker rules'],
      ['/notifications', ['notifications'], 'Notifications'],
      // Every page asks who is signed in; the account list is checked first.
      ['/complaints', ['session', 'accounts'], 'IP complaints'],
    ] as const
  ).flatMap(([path, resources, heading]) =>
    resources.map((resource) => ({ account: SELLER, path, resource, heading })),
  ),
  {
    account: SELLER,
    path: '/authorisations',
    resource: 'authorisations',
    heading: 'Brand authorisations',
    panel: 'Your documents could not be loaded',
  },
  { account: 'reviewer', path: '/review', resource: 'review', heading: 'Review queue' },
  {
    account: 'reviewer',
    path: '/review/rev-cmp-vt-01',
    resource: 'review',
    heading: /complaint by Rolex SA/,
  },
  { account: 'reviewer', path: '/audit', resource: 'audit', heading: 'Audit log' },
  { account: 'reviewer', path: '/rules', resource: 'rules', heading: 'Checker rules' },
  { account: 'reviewer', path: '/complaints', resource: 'complaints', heading: 'IP complaints' },
];

const MODES: Mode[] = ['500', 'timeout', 'offline'];

test.describe('every page says what failed and recovers through its retry', () => {
  test.use({ allowConsoleErrors: true });

  CASES.forEach((c, index) => {
    const mode = MODES[index % MODES.length] as Mode;
    test(`${c.path} as ${c.account}, ${c.resource}:${mode}`, async ({ page }) => {
      // The failure is set in the tab's demo config, not the URL, so turning it off reloads nothing by
      // itself: only the page's own retry can bring the data back. The app gives up after one second.
      await page.addInitScript(
        ({ failures }) => {
          if (!window.sessionStorage) return;
          window.sessionStorage.setItem(
            'scd:demo-config',
            JSON.stringify({ latency: 0, failures, timeout: 1000 }),
          );
        },
        { failures: { [c.resource]: mode } },
      );
      await page.goto(`${c.path}?as=${c.account}`);
      // A marker that a reload would wipe.
      await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));

      const alert = page.getByRole('alert');
      await expect(alert).toContainText(c.panel ?? 'The data for this page did not arrive');
      await expect(alert).toContainText(SAYS[mode]);
      if (!c.panel) await expectPageHeading(page, 'This page could not load');
      const retry = alert.getByRole('button', { name: 'Try again' });
      await expect(retry).toBeVisible();

      await page.getByRole('button', { name: 'Turn failures off' }).click();
      await expect(page.getByText('Failure injection is on')).toBeHidden();
      // Nothing reloads by itself once the failure is gone.
      await expect(alert).toBeVisible();
      await retry.click();

      await expectPageHeading(page, c.heading);
      await expect(page.getByRole('heading', { name: 'This page could not load' })).toBeHidden();
      await expect(page.getByRole('alert').filter({ hasText: SAYS[mode] })).toHaveCount(0);
      expect(
        await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce),
        'the page was not reloaded',
      ).toBe(true);
    });
  });
});
