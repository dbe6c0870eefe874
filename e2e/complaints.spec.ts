import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

const STATEMENT =
  'Nord Distribution is a distributor, not the owner of the AURORA mark, and the goods come from the brand.';

/** The badges under the page's h1 (status, seriousness, deadline). */
const headerLine = (page: Page) => page.locator('#page-title + p');

test('a seller filters the complaints, reads why one is not admissible, and files a counter-notice that survives a reload', async ({
  page,
}) => {
  await page.goto('/complaints?as=seller-at-risk');
  await expectPageHeading(page, 'IP complaints');
  const table = page.getByRole('table', { name: 'IP complaints' });
  // Those needing an answer come first, each with its countdown.
  await expect(table.getByRole('row').nth(1)).toContainText(/left/);
  await expectAccessible(page);

  const filters = page.getByRole('search', { name: 'Filter complaints' });
  await filters.getByLabel('Status').selectOption({ label: 'Needs an answer' });
  await filters.getByLabel('Right').selectOption({ label: 'Trademark' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=needs_answer/);
  await expect(page).toHaveURL(/right=trademark/);
  await expect(table.getByRole('link', { name: 'Nord Distribution LLC' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Lumen Photo Studio' })).toBeHidden();
  await expect(table.getByRole('link', { name: 'Kettle Works GmbH' })).toBeHidden();

  // A filter with no match says so and offers the way back.
  await filters.getByLabel('Seriousness').selectOption({ label: 'Serious' });
  await filters.getByLabel('Status').selectOption({ label: 'Withdrawn' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('No complaints match these filters')).toBeVisible();
  await page.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(table.getByRole('link', { name: 'Lumen Photo Studio' })).toBeVisible();

  await table.getByRole('link', { name: 'Nord Distribution LLC' }).click();
  await expectPageHeading(page, 'Complaint from Nord Distribution LLC');
  await expect(page).toHaveURL(/\/complaints\/cmp-vt-03$/);

  const checks = page.getByRole('list', { name: 'Admissibility checks' });
  const distribution = checks.getByRole('listitem').filter({ hasText: 'not about who may distribute' });
  await expect(distribution).toContainText('Failed');
  await expect(distribution).toContainText('objects that you are not one of its resellers');
  await expect(distribution.getByRole('link', { name: /Complaints that are not reviewed/ })).toHaveAttribute(
    'href',
    '/policies/reporting-ip-infringement#not-considered',
  );
  await expectAccessible(page);

  const form = page.getByRole('form', { name: 'Answer the complaint' });
  await form.getByLabel('File a counter-notice').check();
  // The failed checks' grounds are ticked and marked as suggested; the others are not.
  await expect(form.getByRole('checkbox', { name: /quarrel about distribution.*suggested/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /does not prove that the right exists/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /authorised me/ })).not.toBeChecked();

  const statement = form.getByLabel('Statement');
  await statement.fill('Not ours.');
  await form.getByRole('button', { name: 'File the counter-notice' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toContainText('Write a statement of at least 30 characters.');
  await expect(statement).toBeFocused();
  await expect(statement).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await statement.fill(STATEMENT);
  await expect(form.getByRole('alert')).toBeHidden();
  await form.getByRole('button', { name: 'Add a document' }).click();
  await form.getByLabel('Document 1 type').selectOption({ label: 'Purchase invoice' });
  await form.getByLabel('Document 1 file name').fill('aurora-invoice-2026-03.pdf');

  await page.reload();
  await expectPageHeading(page, 'Complaint from Nord Distribution LLC');
  await expect(form.getByText('Draft restored.')).toBeVisible();
  await expect(form.getByLabel('File a counter-notice')).toBeChecked();
  await expect(statement).toHaveValue(STATEMENT);
  await expect(form.getByLabel('Document 1 file name')).toHaveValue('aurora-invoice-2026-03.pdf');

  await form.getByRole('button', { name: 'File the counter-notice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your counter-notice was filed' })).toBeVisible();
  await expect(headerLine(page)).toContainText('Counter-noticed');
  await expect(form).toBeHidden();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('filed a counter-notice on 2 grounds with 1 document');
  await expect(history).toContainText(STATEMENT);
  await expect(history).toContainText('aurora-invoice-2026-03.pdf (Purchase invoice)');

  // Sent means forgotten: after a reload there is no draft, and the answer stays recorded.
  await page.reload();
  await expect(headerLine(page)).toContainText('Counter-noticed');
  await expect(page.getByText('Draft restored.')).toBeHidden();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Nord Distribution LLC' }) }),
  ).toContainText('Counter-noticed');
});

test('accepting a complaint asks first, names the listings, and removes them', async ({ page }) => {
  await page.goto('/complaints/cmp-vt-02?as=seller-at-risk');
  await expectPageHeading(page, 'Complaint from Lumen Photo Studio');
  const concerned = page.getByRole('region', { name: 'Listings concerned' });
  const links = concerned.getByRole('link');
  await expect(links).toHaveCount(2);
  const firstTitle = (await links.first().textContent()) ?? '';
  expect(firstTitle.length).toBeGreaterThan(5);

  const form = page.getByRole('form', { name: 'Answer the complaint' });
  await form.getByLabel('Accept the complaint').check();
  await expect(form).toContainText('Accepting removes these listings');
  await form.getByRole('button', { name: 'Accept the complaint…' }).click();

  const confirm = page.getByRole('alertdialog', { name: 'Accept the complaint and remove 2 listings?' });
  await expect(confirm).toContainText(firstTitle);
  await expect(confirm.getByRole('button', { name: 'Go back' })).toBeFocused();
  await expectAccessible(page);
  // Escape is "Go back": nothing is sent.
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(form.getByRole('button', { name: 'Accept the complaint…' })).toBeFocused();

  await form.getByRole('button', { name: 'Accept the complaint…' }).click();
  await confirm.getByRole('button', { name: 'Yes, accept and remove the listings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You accepted the complaint' })).toContainText(
    '2 listings were removed',
  );
  await expect(headerLine(page)).toContainText('Accepted');
  await expect(concerned.getByText('Removed')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'accepted the complaint; 2 listings removed',
  );

  await concerned.getByRole('link', { name: firstTitle }).click();
  await expectPageHeading(page, firstTitle);
  await expect(headerLine(page)).toContainText('Removed');
});

test('a reviewer sees the shop and the admissibility checks but no answer form', async ({ page }) => {
  await page.goto('/complaints?as=reviewer');
  await expectPageHeading(page, 'IP complaints');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Nord Distribution LLC' }) });
  await expect(row).toContainText('Volna Trade');
  await row.getByRole('link', { name: 'Nord Distribution LLC' }).click();
  await expectPageHeading(page, 'Complaint from Nord Distribution LLC');
  await expect(page.getByRole('list', { name: 'Admissibility checks' })).toContainText('Failed');
  await expect(page.getByRole('form', { name: 'Answer the complaint' })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe('when the server fails an answer', () => {
  // The injected 503 is logged by Chromium as a failed resource.
  test.use({ allowConsoleErrors: true });
  test('the answer is kept, the page says so, and trying again after recovery sends it', async ({ page }) => {
    await page.goto('/complaints/cmp-vt-04?as=seller-at-risk&fail=complaints/write:503');
    await expectPageHeading(page, 'Complaint from Kettle Works GmbH');
    const form = page.getByRole('form', { name: 'Answer the complaint' });
    await form.getByLabel('Accept the complaint').check();
    await form.getByRole('button', { name: 'Accept the complaint…' }).click();
    await page
      .getByRole('alertdialog', { name: 'Accept the complaint?' })
      .getByRole('button', { name: 'Yes, accept the complaint' })
      .click();
    const alert = form.getByRole('alert').filter({ hasText: 'Your answer was not sent' });
    await expect(alert).toContainText('temporarily unavailable');
    await expect(form.getByLabel('Accept the complaint')).toBeChecked();
    await expect(headerLine(page)).toContainText('Awaiting response');

    await page.getByRole('button', { name: 'Turn failures off' }).click();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You accepted the complaint' })).toContainText(
      'none was removed',
    );
    await expect(headerLine(page)).toContainText('Accepted');
  });
});
