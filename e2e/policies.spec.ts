import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test('from a flagged listing a seller follows the clause link, lands on the marked clause, and searches the library', async ({
  page,
}) => {
  await page.goto('/listings?as=seller-at-risk&q=Submariner');
  await page.getByRole('link', { name: /Replica Rolex Submariner/ }).click();
  await expectPageHeading(page, /Replica Rolex Submariner/);
  const why = page.getByRole('region', { name: 'Why flagged' });
  await why
    .getByRole('link', { name: /^Product Listing Policy: Brands and intellectual property$/ })
    .first()
    .click();

  await expectPageHeading(page, 'Product Listing Policy');
  await expect(page).toHaveURL(/\/policies\/product-listing-policy#ip$/);
  const clause = page.getByRole('article', { name: /Brands and intellectual property/ });
  await expect(clause).toBeFocused();
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText('The clause you followed a link to');
  // The contents mark where the reader is, and the clause lists the rules enforcing it.
  await expect(
    page
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link', { name: 'Brands and intellectual property' }),
  ).toHaveAttribute('aria-current', 'location');
  await expect(clause.getByRole('link', { name: 'plp.ip.replica', exact: true })).toBeVisible();
  await expectAccessible(page);

  // Another clause from the contents: the mark moves with it.
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Tobacco' }).click();
  await expect(page).toHaveURL(/#cat-14$/);
  await expect(page.getByRole('article', { name: /Tobacco/ })).toBeFocused();
  await expect(clause).not.toContainText('The clause you followed a link to');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policies' }).click();
  await expectPageHeading(page, 'Policies');
  const search = page.getByRole('searchbox', { name: 'Search the policies' });
  await search.fill('unpaid');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '1 policy matches “unpaid”.',
  );
  await expect(page).toHaveURL(/q=unpaid/);
  await search.fill('scuba');
  await expect(page.getByText(/Allowed: .*Scuba/).first()).toBeVisible();
  // The query word is marked in the results (as text, inside a <mark>).
  await expect(
    page
      .locator('mark')
      .filter({ hasText: /^Scuba$/i })
      .first(),
  ).toBeVisible();
  await search.fill('zzzz-nothing');
  await expect(page.getByText('No policy matches')).toBeVisible();
  await page.getByRole('button', { name: 'clear the search' }).click();
  await expect(page.getByRole('status').filter({ hasText: /polic/ })).toHaveText(/^\d+ policies\.$/);
  await expectAccessible(page);
});

test('the Terms of Use show what changed between the two versions, clause by clause', async ({ page }) => {
  await page.goto('/policies/terms-of-use?as=seller-good');
  await expectPageHeading(page, 'Terms of Use');
  const changes = page.getByRole('table', {
    name: /Differences between the 12 Sep 2019 and 4 Oct 2019 versions/,
  });
  await expect(changes.getByRole('row')).not.toHaveCount(1);
  await expect(changes).toContainText('Russia');
  await changes.getByRole('link', { name: /12\.7/ }).click();
  await expect(page.getByRole('article', { name: /Governing law/ })).toBeFocused();
  // Sections group the long text.
  await expect(page.getByRole('region', { name: 'Member responsibilities' })).toContainText(
    'Honest and lawful listings',
  );
  await expectAccessible(page);
});

test('the checker rules page explains each rule and links a seller to the listings it flags', async ({
  page,
}) => {
  await page.goto('/policies/product-listing-policy?as=seller-at-risk#cat-9');
  await page
    .getByRole('article', { name: /Circumvention/ })
    .getByRole('link', { name: 'plp.cat-9.signal-jammer', exact: true })
    .click();
  await expectPageHeading(page, 'Checker rules');
  const rule = page.locator('[id="plp.cat-9.signal-jammer"]');
  await expect(rule).toBeFocused();
  await expect(rule).toContainText('What to do');
  await expect(rule).toContainText('Flags, for example');
  await page.getByRole('searchbox', { name: 'Filter the rules' }).fill('zzzz-nothing');
  await expect(page.getByText('No rule matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter the rules' }).fill('jammer');
  await page.getByRole('link', { name: 'Your listings it flags' }).first().click();
  await expectPageHeading(page, 'Listings');
  await expect(page).toHaveURL(/rule=plp\.cat-9\.signal-jammer/);
  await expectAccessible(page);
});
