import type { Locator } from '@playwright/test';
import { expect, expectPageHeading, test } from './fixtures';

/** The unread count in the navigation. It depends on the day the demo starts (deadlines within 24 hours). */
async function unread(nav: Locator): Promise<number> {
  const link = nav.getByRole('link', { name: /^Notifications \d+ unread$/ });
  await expect(link).toBeVisible();
  return Number(/(\d+)/.exec((await link.textContent()) ?? '')?.[1]);
}
const unreadLink = (nav: Locator, n: number) => nav.getByRole('link', { name: `Notifications ${n} unread` });

test('a demo change survives a reload, and "Reset demo data" restores the seed', async ({ page }) => {
  await page.goto('/notifications?as=seller-at-risk');
  await expectPageHeading(page, 'Notifications');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const before = await unread(nav);
  expect(before).toBeGreaterThanOrEqual(4);

  await page.getByRole('button', { name: /^Mark as read: IP complaint from Rolex SA/ }).click();
  await expect(unreadLink(nav, before - 1)).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Mark as unread: IP complaint from Rolex SA/ }),
  ).toBeVisible();

  await page.reload();
  await expectPageHeading(page, 'Notifications');
  await expect(unreadLink(nav, before - 1)).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Mark as unread: IP complaint from Rolex SA/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByText('Discard every change made in the demo?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Demo data restored to its original state.' }),
  ).toBeVisible();
  await expect(unreadLink(nav, before)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Mark as read: IP complaint from Rolex SA/ })).toBeVisible();

  await page.reload();
  await expect(unreadLink(nav, before)).toBeVisible();
});

test('cancelling the reset keeps the changes', async ({ page }) => {
  await page.goto('/notifications?as=seller-at-risk');
  await page.getByRole('button', { name: /^Mark as read: IP complaint from Rolex SA/ }).click();
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(
    page.getByRole('button', { name: /^Mark as unread: IP complaint from Rolex SA/ }),
  ).toBeVisible();
});

test('the account chosen stays signed in across a reload and in a new tab', async ({ page, context }) => {
  await page.goto('/?as=seller-large');
  await expectPageHeading(page, 'MegaMart Direct: account standing');
  await page.reload();
  await expectPageHeading(page, 'MegaMart Direct: account standing');
  const second = await context.newPage();
  await second.goto('/');
  await expectPageHeading(second, 'MegaMart Direct: account standing');
});

test('two tabs share the demo data: a change in one shows in the other without a reload', async ({
  page,
  context,
}) => {
  await page.goto('/notifications?as=seller-at-risk');
  const other = await context.newPage();
  await other.goto('/notifications');
  const otherNav = other.getByRole('navigation', { name: 'Main' });
  const before = await unread(otherNav);

  await page.getByRole('button', { name: /^Mark as read: IP complaint from Rolex SA/ }).click();
  await expect(unreadLink(otherNav, before - 1)).toBeVisible();
  await expect(
    other.getByRole('button', { name: /^Mark as unread: IP complaint from Rolex SA/ }),
  ).toBeVisible();
});

test('signing in as someone else in one tab switches the other tab too', async ({ page, context }) => {
  await page.goto('/?as=seller-good');
  await expectPageHeading(page, 'Maple & Thread: account standing');
  const other = await context.newPage();
  await other.goto('/?as=seller-large');
  await expectPageHeading(other, 'MegaMart Direct: account standing');
  await expectPageHeading(page, 'MegaMart Direct: account standing');
});

test('the reset question takes keyboard focus and gives it back', async ({ page }) => {
  await page.goto('/?as=seller-good');
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('button', { name: 'Yes, reset' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toBeFocused();
});
