import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test('the pre-publish checker explains what it flags as the seller types, and keeps the draft', async ({
  page,
}) => {
  await page.goto('/checker?as=seller-at-risk');
  await expectPageHeading(page, 'Pre-publish checker');
  const status = page.getByRole('status').filter({ hasText: /Start typing|Checking|fix|Nothing/ });
  await expect(status).toHaveText('Start typing to check the listing.');

  await page.getByLabel('Title').fill('Luxury r e p l i c a handbag, R\u043elex pattern');
  await expect(status).toHaveText(/things? to fix before publishing/);
  const findings = page.getByRole('list', { name: 'Findings' }).first();
  await expect(findings).toContainText('“r e p l i c a” read as “replica”');
  await expect(findings).toContainText('spaces or dots between the letters removed');
  await expect(findings).toContainText('Cyrillic "\u043e" read as "o"');
  await expect(page.getByRole('heading', { name: /Result/ })).toContainText('Blocked');
  await expectAccessible(page);

  await page.getByLabel('Title').fill('Clear case for iPhone 15, shockproof');
  await page.getByLabel('Category').selectOption({ label: 'Phones accessories' });
  await expect(status).toHaveText('Nothing to fix: this listing can be published.');
  await expect(page.getByRole('heading', { name: 'Checked and fine' })).toBeVisible();
  await expect(
    page.getByText('Naming Apple as what the product fits or works with is allowed.'),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Clear case for iPhone 15, shockproof');
  await expect(status).toHaveText('Nothing to fix: this listing can be published.');
});

test('a clause link in a finding opens the policy at that clause', async ({ page }) => {
  await page.goto('/checker?as=seller-good');
  await page.getByLabel('Description').fill('Brass knuckles, solid, with a gift box');
  await page.getByRole('link', { name: 'clause cat-4' }).first().click();
  await expectPageHeading(page, 'Product Listing Policy');
  await expect(page).toHaveURL(/\/policies\/product-listing-policy#cat-4$/);
});
