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
  await page.getByRole('link', { name: 'Product Listing Policy: Weapons' }).first().click();
  await expectPageHeading(page, 'Product Listing Policy');
  await expect(page).toHaveURL(/\/policies\/product-listing-policy#cat-4$/);
  // The clause is marked, and focus lands on it so a screen reader reads it out.
  const clause = page.getByRole('article', { name: /Weapons/ });
  await expect(clause).toBeFocused();
  await expect(clause).toContainText('The clause you followed a link to');
  await expect(clause).toBeInViewport();
});

test('drafts from a file are checked in the worker, bad rows are reported by line, and results export', async ({
  page,
}) => {
  await page.goto('/checker?as=seller-at-risk');
  const csv = [
    'id,title,description,brand,category,authorizedBrands',
    'd1,"Linen tea towel, set of 2",Soft and absorbent,,home-kitchen,',
    'd2,R e p l i c a Rolex Submariner,,Rolex,jewellery-watches,',
    'bad,,no title here,,,',
  ].join('\n');
  await page
    .getByLabel('Drafts file')
    .setInputFiles({ name: 'drafts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('status').filter({ hasText: 'Checked' })).toHaveText(
    'Checked 2 listings from drafts.csv: 1 blocked, 0 with warnings.',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    'Line 4: Listing bad has no title.',
  );
  const table = page.getByRole('table', { name: 'Checked drafts' });
  await expect(table.getByRole('row', { name: /d2/ })).toContainText('Blocked');
  await expect(table.getByRole('row', { name: /d1/ })).toContainText('OK');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results as CSV' }).click();
  const text = await (await download).createReadStream().then(async (stream) => {
    let all = '';
    for await (const chunk of stream) all += String(chunk);
    return all;
  });
  expect(text.trim().split(/\r\n/)).toHaveLength(3);
  expect(text).toContain('plp.evasion.distorted-keyword');
});

test('a broken file gets a message naming the line, and nothing is lost', async ({ page }) => {
  await page.goto('/checker?as=seller-good');
  await page.getByLabel('Drafts file').setInputFiles({
    name: 'drafts.json',
    mimeType: 'application/json',
    buffer: Buffer.from('[\n{"id": "a", "title": "x"},\n{"id": "b" "title": "y"}\n]'),
  });
  await expect(page.getByRole('alert')).toContainText('drafts.json, line 3');
});

test('a checked draft becomes a listing only when the seller creates it', async ({ page }) => {
  await page.goto('/checker?as=seller-good');
  await page.getByLabel('Title').fill('Linen tea towel, set of 2, natural');
  await expect(page.getByRole('button', { name: 'Create listing' })).toBeDisabled();
  await page.getByLabel('Price (USD)').fill('12.50');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expectPageHeading(page, 'Linen tea towel, set of 2, natural');
  await expect(page.getByText('USD 12.50').or(page.getByText('US$12.50'))).toBeVisible();
});
