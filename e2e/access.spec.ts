import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test('an unsigned visitor is sent to the sign-in page and comes back to the page asked for', async ({
  page,
}) => {
  await page.goto('/strikes');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstrikes/);
  await expectPageHeading(page, 'Sign in to the demo');
  await page.getByRole('link', { name: /Ivan Petrov/ }).click();
  await expectPageHeading(page, 'Strikes and points');
  await expect(page).toHaveURL(/\/strikes$/);
  await expect(page.getByText('Signed in as Ivan Petrov')).toBeVisible();
});

test('?as= with an unknown account explains itself on the sign-in page', async ({ page }) => {
  await page.goto('/listings?as=mallory');
  await expectPageHeading(page, 'Sign in to the demo');
  await expect(page.getByText('There is no demo account called “mallory”.')).toBeVisible();
});

test('a seller opening a reviewer page gets a clear "not allowed" page', async ({ page }) => {
  await page.goto('/review?as=seller-good');
  await expectPageHeading(page, 'Not allowed');
  await expect(page.getByRole('link', { name: 'Switch account' }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto('/audit');
  await expectPageHeading(page, 'Not allowed');
});

test('a reviewer opening a seller page gets "not allowed", and the home page is the queue', async ({
  page,
}) => {
  await page.goto('/strikes?as=reviewer');
  await expectPageHeading(page, 'Not allowed');
  await page.getByRole('link', { name: 'Go to your home page' }).click();
  await expectPageHeading(page, 'Review queue');
  await expect(page).toHaveURL(/\/review$/);
});

test('unknown addresses and unknown records get a not-found page inside the app', async ({ page }) => {
  await page.goto('/no/such/page?as=seller-at-risk');
  await expectPageHeading(page, 'Page not found');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectAccessible(page);
});

test.describe('records of another shop', () => {
  // The API answers 404 for another shop's listing, which Chromium logs as a failed resource.
  test.use({ allowConsoleErrors: true });
  test('are not found rather than shown', async ({ page, consoleErrors }) => {
    await page.goto('/listings/lst-vt-00001?as=seller-good');
    await expectPageHeading(page, 'Page not found');
    expect(consoleErrors.every((e) => e.includes('404'))).toBe(true);
  });
});

test('navigation moves focus to the new page heading and names the page in the title', async ({ page }) => {
  await page.goto('/?as=seller-at-risk');
  await expectPageHeading(page, 'Volna Trade: account standing');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
  await expectPageHeading(page, 'IP complaints');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('IP complaints · Seller compliance');
});

test('the overview figures link to the lists behind them', async ({ page }) => {
  await page.goto('/?as=seller-at-risk');
  await expect(page.getByRole('link', { name: /Active penalty points\s*22/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Active penalty points/ })).toContainText(
    /12 expire in 6\d days/,
  );
  await page.getByRole('link', { name: /Blocked listings/ }).click();
  await expectPageHeading(page, 'Listings');
  await expect(page).toHaveURL(/verdict=block/);
  await expect(page.getByRole('combobox', { name: 'Verdict' })).toHaveValue('block');
  const rows = page.getByRole('table', { name: 'Listings' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Blocked');
});
