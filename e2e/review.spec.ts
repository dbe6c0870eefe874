import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

async function openCount(page: Page): Promise<number> {
  const text = (await page.getByText(/^\d+ open items?,/).textContent()) ?? '';
  return Number(/^(\d+)/.exec(text)?.[1]);
}

test('a reviewer triages five listings with the keyboard alone', async ({ page }) => {
  await page.goto('/review?as=reviewer&kind=listing');
  await expectPageHeading(page, 'Review queue');
  const before = await openCount(page);
  expect(before).toBeGreaterThan(5);
  await expectAccessible(page);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.keyboard.press('j');
  await expect(page.getByTestId('queue-row').first()).toBeFocused();
  await page.keyboard.press('Enter');
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByText(/^Item \d+ of \d+ in the queue\./)).toBeVisible();
    const url = page.url();
    await page.keyboard.press('c');
    const reason = page.getByLabel(/Reason \(the seller sees it/);
    await expect(reason).toBeFocused();
    await expect(reason).toHaveValue(/Please remove or reword/);
    await page.keyboard.press('Control+Enter');
    // The next item opens with word of the decision just made.
    await expect(page.getByRole('status').filter({ hasText: 'Recorded: Request changes' })).toBeVisible();
    // Several shops list the same texts, so the address, not the title, tells the items apart.
    await expect(page).not.toHaveURL(url);
  }
  await page.keyboard.press('Escape');
  await expectPageHeading(page, 'Review queue');
  await expect(page.getByText(new RegExp(`^${before - 5} open items,`))).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  // Newest first: the five decisions just made head the log, each with its reason.
  const rows = page.getByRole('table').getByRole('row');
  for (let n = 1; n <= 5; n++) {
    await expect(rows.nth(n)).toContainText('decision.request_changes');
    await expect(rows.nth(n)).toContainText('Please remove or reword');
  }
});

test('a reviewer issues a penalty and the seller sees it on the ledger', async ({ page }) => {
  await page.goto('/review?as=reviewer&rule=plp.cat-9.signal-jammer');
  const jammer = page
    .getByTestId('queue-row')
    .filter({ hasText: 'Volna Trade' })
    .filter({ hasText: '8-Band Signal Jammer' });
  await jammer.getByRole('link').click();
  await expectPageHeading(page, /8-Band Signal Jammer/);
  // The evidence: the listing as the buyer sees it, what the checker read, the findings, the seller's record.
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('plp.cat-9.signal-jammer');
  await expect(page.getByRole('region', { name: 'The seller' })).toContainText('Volna Trade');
  await expectAccessible(page);

  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: 'Decision', exact: true })).toContainText(
    '6 pts · plp.cat-9.signal-jammer',
  );
  const reason = page.getByLabel(/Reason \(the seller sees it/);
  await reason.fill('Removed with a penalty: a mobile signal jammer, banned in every market we serve.');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Recorded: Remove and issue a penalty' }),
  ).toBeVisible();

  await page.goto('/strikes?as=seller-at-risk');
  await expectPageHeading(page, 'Strikes and points');
  const row = page
    .getByRole('table', { name: /Penalty records/ })
    .getByRole('row')
    .filter({ hasText: 'a mobile signal jammer, banned in every market we serve' });
  await expect(row).toContainText('6');
  await expect(row).toContainText('Established');
  await expect(page.getByTestId('points-total')).toHaveText('28');
});

test('a reviewer rejects an inadmissible complaint, with the failed checks as the reason', async ({
  page,
}) => {
  await page.goto('/review/rev-cmp-vt-03?as=reviewer');
  await expectPageHeading(page, /complaint by Nord Distribution LLC/);
  const checks = page.getByRole('region', { name: 'Admissibility' });
  await expect(checks).toContainText('not about who may distribute the goods');
  await page.keyboard.press('i');
  const reason = page.getByLabel(/Reason \(the seller sees it/);
  await expect(reason).toHaveValue(/^Not admissible: .*distribute/);
  await reason.fill('');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert')).toContainText('Give a reason of at least 5 characters.');
  await reason.fill('Not admissible: a dispute between distributors, not an infringement of the mark.');
  await page.keyboard.press('Control+Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Recorded: Reject as inadmissible' }),
  ).toBeVisible();

  await page.goto('/complaints/cmp-vt-03?as=seller-at-risk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Complaint from Nord Distribution LLC');
  await expect(page.getByText(/Not admissible/).first()).toBeVisible();
  await expect(
    page.getByText('a dispute between distributors, not an infringement of the mark').first(),
  ).toBeVisible();
});

test('bulk decisions apply to the selected listings and report the ones refused', async ({ page }) => {
  await page.goto('/review?as=reviewer&kind=listing');
  const before = await openCount(page);
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  const bar = page.getByRole('form', { name: 'Decide the selected items' });
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Decide 2' }).click();
  await expect(bar.getByRole('alert')).toContainText('Give a reason of at least 5 characters');
  await bar
    .getByLabel('Reason (sent to each seller)')
    .fill('Please reword: the flagged terms are not allowed.');
  await bar.getByRole('button', { name: 'Decide 2' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 decided.' })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${before - 2} open items,`))).toBeVisible();
});

test('a complaint item shows the seller\u2019s counter-notice beside the complaint', async ({ page }) => {
  await page.goto('/review/rev-cmp-mm-03?as=reviewer');
  const answer = page.getByRole('region', { name: 'The seller’s answer' });
  await expect(answer.getByText(/^Filed a counter-notice on /)).toBeVisible();
  await expect(answer.getByText(/authorised Lenovo accessories reseller/)).toBeVisible();
  await expect(answer.getByText('lenovo-authorisation-2026.pdf (Authorisation letter)')).toBeVisible();
});
