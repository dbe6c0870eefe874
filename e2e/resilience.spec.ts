import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectPageHeading, test } from './fixtures';
import { fillNikeLetter, PDF_BYTES } from './vault-form';

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

/**
 * Injects failures through the tab's demo config rather than the URL, so that turning them off reloads
 * nothing by itself: only the page's own retry can bring the data back. Where a call is made to hang, the app
 * gives up after one second rather than fifteen; other tests keep the usual limit, which a real answer on a
 * busy machine can need more than a second of.
 */
async function injectFailures(page: Page, failures: Record<string, string>) {
  const hangs = Object.values(failures).includes('timeout');
  await page.addInitScript(
    (config) => {
      if (window.sessionStorage) window.sessionStorage.setItem('scd:demo-config', config);
    },
    JSON.stringify({ latency: 0, failures, ...(hangs ? { timeout: 1000 } : {}) }),
  );
}

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
      await injectFailures(page, { [c.resource]: mode });
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

test.describe('a change the server refuses keeps what was typed, undoes what it showed, and goes through later', () => {
  test.use({ allowConsoleErrors: true });

  const turnFailuresOff = async (page: Page) => {
    await page.getByRole('button', { name: 'Turn failures off' }).click();
    await expect(page.getByText('Failure injection is on')).toBeHidden();
  };

  test('listing edit', async ({ page }) => {
    await injectFailures(page, { 'listings/write': '500' });
    await page.goto('/listings?as=seller-at-risk&q=Submariner');
    await page.getByRole('link', { name: /Replica Rolex Submariner/ }).click();
    await expectPageHeading(page, /Replica Rolex Submariner/);
    const title = 'Automatic diver watch 40mm, ceramic bezel';
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Your changes were not saved' });
    await expect(alert).toContainText('injected failure');
    await expect(page.getByLabel('Title')).toHaveValue(title);
    // The new title showed in the heading while saving; it is back to what the server has.
    await expectPageHeading(page, /Replica Rolex Submariner/);

    await turnFailuresOff(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expectPageHeading(page, title);
    await expect(alert).toBeHidden();
  });

  test('appeal', async ({ page }) => {
    await injectFailures(page, { 'appeals/write': '500' });
    await page.goto('/strikes/pen-vt-08?as=seller-at-risk');
    await expectPageHeading(page, 'Listed a signal jammer.');
    const reason = page.getByLabel('Why the penalty is wrong');
    const text = 'It is a mobile signal booster for rural homes, not a jammer.';
    await reason.fill(text);
    await page.getByRole('button', { name: 'Send the appeal' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The appeal was not sent.' });
    await expect(alert).toContainText('injected failure');
    await expect(reason).toHaveValue(text);
    await expect(page.getByText('Appeal under review')).toHaveCount(0);

    await turnFailuresOff(page);
    await page.getByRole('button', { name: 'Send the appeal' }).click();
    await expect(page.getByText('Appeal under review')).toBeVisible();
    await expect(alert).toBeHidden();
  });

  test('counter-notice', async ({ page }) => {
    await injectFailures(page, { 'complaints/write': '500' });
    await page.goto('/complaints/cmp-vt-03?as=seller-at-risk');
    await expectPageHeading(page, 'Complaint from Nord Distribution LLC');
    const form = page.getByRole('form', { name: 'Answer the complaint' });
    await form.getByLabel('File a counter-notice').check();
    const statement =
      'Nord Distribution is a distributor, not the owner of the mark, and the goods come from the brand.';
    await form.getByLabel('Statement').fill(statement);
    await form.getByRole('button', { name: 'File the counter-notice' }).click();
    const alert = form.getByRole('alert').filter({ hasText: 'Your answer was not sent' });
    await expect(alert).toContainText('injected failure');
    await expect(form.getByLabel('Statement')).toHaveValue(statement);
    await expect(form.getByLabel('File a counter-notice')).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Your counter-notice was filed' })).toHaveCount(
      0,
    );

    await turnFailuresOff(page);
    await form.getByRole('button', { name: 'File the counter-notice' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your counter-notice was filed' })).toBeVisible();
  });

  test('reviewer decision', async ({ page }) => {
    await injectFailures(page, { 'review/write': '500' });
    await page.goto('/review?as=reviewer&kind=listing');
    await page.getByTestId('queue-row').first().getByRole('link').click();
    await expect(page.getByText(/^Item \d+ of \d+ in the queue\./)).toBeVisible();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('radio', { name: 'Request changes' }).check();
    const reason = page.getByLabel(/Reason \(the seller sees it/);
    const text = 'Please reword the title: the flagged term is not allowed here.';
    await reason.fill(text);
    await page.getByRole('button', { name: 'Record the decision' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The decision was not recorded' });
    await expect(alert).toContainText('injected failure');
    await expect(reason).toHaveValue(text);
    await expect(page.getByRole('radio', { name: 'Request changes' })).toBeChecked();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');

    await turnFailuresOff(page);
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recorded: Request changes' })).toBeVisible();
  });

  test('bulk review decision', async ({ page }) => {
    await injectFailures(page, { 'review/write': '500' });
    await page.goto('/review?as=reviewer&kind=listing');
    const count = page.getByText(/^\d+ open items?,/);
    const before = await count.textContent();
    const rows = page.getByTestId('queue-row');
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    const bar = page.getByRole('form', { name: 'Decide the selected items' });
    const reason = bar.getByLabel('Reason (sent to each seller)');
    const text = 'Please reword: the flagged terms are not allowed.';
    await reason.fill(text);
    await bar.getByRole('button', { name: 'Decide 2' }).click();
    await expect(bar.getByRole('alert')).toContainText('The decisions were not recorded');
    await expect(bar.getByRole('alert')).toContainText('injected failure');
    await expect(reason).toHaveValue(text);
    await expect(bar).toContainText('2 selected');
    await expect(count).toHaveText(before ?? '');

    await turnFailuresOff(page);
    await bar.getByRole('button', { name: 'Decide 2' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 decided.' })).toBeVisible();
    await expect(count).not.toHaveText(before ?? '');
  });

  test('vault upload', async ({ page }) => {
    await injectFailures(page, { 'authorisations/write': '500' });
    await page.goto('/authorisations?as=seller-at-risk');
    await expectPageHeading(page, 'Brand authorisations');
    const nike = page
      .getByRole('table', { name: 'Where you stand, brand by brand' })
      .getByRole('row')
      .filter({ hasText: 'Nike' });
    await expect(nike).toContainText('Rejected');
    const form = page.getByRole('form', { name: 'Add a document' });
    await fillNikeLetter(form, PDF_BYTES);
    await form.getByRole('button', { name: 'Send for verification' }).click();
    const alert = form.getByRole('alert').filter({ hasText: 'The document was not sent' });
    await expect(alert).toContainText('injected failure');
    await expect(form.getByLabel('Brands it covers')).toHaveValue('Nike');
    await expect(form.getByLabel('Issued by')).toHaveValue('Nike Distribution RU');
    await expect(form.getByLabel('Issued on')).toHaveValue('2026-01-15');
    await expect(form.getByText('Chosen: nike-letter.pdf')).toBeVisible();
    await expect(nike).toContainText('Rejected');

    await turnFailuresOff(page);
    await form.getByRole('button', { name: 'Send for verification' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'nike-letter.pdf was sent for verification.' }),
    ).toBeVisible();
    await expect(nike).toContainText('Waiting for review');
  });

  test('notification: mark as read, then mark all', async ({ page }) => {
    await injectFailures(page, { 'notifications/write': '500' });
    await page.goto('/notifications?as=seller-at-risk');
    await expectPageHeading(page, 'Notifications');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const count = nav.getByRole('link', { name: /^Notifications \d+ unread/ });
    const before = (await count.textContent()) ?? '';
    const summary = page.getByText(/^\d+ unread\./);
    const unread = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(unread).toBeGreaterThan(1);
    const markOne = page.getByRole('button', { name: /^Mark as read: / }).first();
    const label = (await markOne.getAttribute('aria-label')) ?? '';
    const itemTitle = label.replace(/^Mark as read: /, '');

    await markOne.click();
    const one = page.getByRole('alert').filter({ hasText: 'Could not update the notification' });
    await expect(one).toContainText('injected failure');
    await expect(page.getByRole('button', { name: label })).toBeVisible();
    await expect(count).toHaveText(before);

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    const all = page.getByRole('alert').filter({ hasText: 'Could not mark them all as read' });
    await expect(all).toContainText('injected failure');
    await expect(count).toHaveText(before);
    await expect(summary).toHaveText(new RegExp(`^${unread} unread\\.`));

    await turnFailuresOff(page);
    await one.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('button', { name: `Mark as unread: ${itemTitle}` }).first()).toBeVisible();
    await expect(summary).toHaveText(new RegExp(`^${unread - 1} unread\\.`));
    await all.getByRole('button', { name: 'Try again' }).click();
    await expect(summary).toHaveText(/^0 unread\./);
    await expect(count).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Mark as read: / })).toHaveCount(0);
  });

  test('rule mode switch', async ({ page }) => {
    const rule = 'plp.general.lock-picks';
    await injectFailures(page, { 'rules/write': '500' });
    await page.goto(`/rules?as=reviewer#${rule}`);
    const card = page.locator(`li[id="${rule}"]`);
    await expect(card).toContainText(/Mode:.?Enforce/);
    await card.getByRole('button', { name: `Switch to review only: ${rule}` }).click();
    const reason = card.getByRole('textbox', { name: 'Reason (goes on the audit log)' });
    const text = 'Too many false alarms on locksmith training sets.';
    await reason.fill(text);
    await card.getByRole('button', { name: 'Confirm: review only' }).click();
    await expect(card.getByRole('alert')).toContainText('The mode was not changed');
    await expect(card.getByRole('alert')).toContainText('injected failure');
    // Shown as review only while it was saved; back to enforced where the reviewer can see it.
    await expect(card).toContainText(/Mode:.?Enforce/);
    await expect(card.getByText('Its findings go to a person and do not block a listing.')).toHaveCount(0);

    await turnFailuresOff(page);
    await card.getByRole('button', { name: `Switch to review only: ${rule}` }).click();
    await expect(reason).toHaveValue(text);
    await card.getByRole('button', { name: 'Confirm: review only' }).click();
    await expect(card.getByRole('status')).toContainText(`${rule} is now review only.`);
    await expect(card).toContainText(/Mode:.?Review only/);
  });
});
