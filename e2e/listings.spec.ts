import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

const foundCount = async (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('seller-large filters 10,000 listings by a rule and exports exactly the result', async ({ page }) => {
  await page.goto('/listings?as=seller-large');
  await expectPageHeading(page, 'Listings');
  const found = page.getByRole('status').filter({ hasText: /listings? found/ });
  await expect(found).toHaveText('10,000 listings found.');

  await page.getByLabel('Rule').fill('plp.ip.replica');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/rule=plp\.ip\.replica/);
  await expect(found).not.toHaveText('10,000 listings found.');
  const count = await foundCount(await found.textContent());
  expect(count).toBeGreaterThan(0);
  const rows = page.getByRole('table', { name: 'Listings' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Blocked');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Export all ${count} as CSV` }).click();
  const file = await (await download).path();
  const lines = (await readFile(file, 'utf8')).trim().split(/\r\n/);
  expect(lines[0]).toContain('id,title,verdict');
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((line) => line.includes('plp.ip.replica') || line.includes(',block,'))).toBe(
    true,
  );

  // The filtered view is a shareable URL: Back returns to the unfiltered one.
  await page.goBack();
  await expect(found).toHaveText('10,000 listings found.');
});

test('bulk delist takes the selected listings off the active list', async ({ page }) => {
  await page.goto('/listings?as=seller-at-risk&moderation=active');
  const found = page.getByRole('status').filter({ hasText: /listings? found/ });
  const before = await foundCount(await found.textContent());
  const table = page.getByRole('table', { name: 'Listings' });
  await table
    .getByRole('checkbox', { name: /^Select (?!all)/ })
    .nth(0)
    .check();
  await table
    .getByRole('checkbox', { name: /^Select (?!all)/ })
    .nth(1)
    .check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Delist', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Delist:' })).toHaveText('Delist: 2 updated.');
  await expect(found).toHaveText(`${before - 2} listings found.`);
});
