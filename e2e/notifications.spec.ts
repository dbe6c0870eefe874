import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test('a seller sees what needs attention, follows a notification to its page, and clears the inbox', async ({
  page,
}) => {
  await page.goto('/?as=seller-at-risk');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: /^Notifications \d+ unread$/ }).click();
  await expectPageHeading(page, 'Notifications');

  const rolex = page.getByRole('listitem').filter({ hasText: 'IP complaint from Rolex SA' });
  await expect(rolex).toContainText('New complaint');
  await expect(rolex).toContainText('Unread');
  await expect(rolex).toContainText(/Answer by .* \(UTC\), or they are removed\./);
  await expect(
    page.getByRole('listitem').filter({ hasText: 'You reached 12 points: restricted 7 days' }),
  ).toContainText('Threshold reached');
  await expect(page.getByRole('listitem').filter({ hasText: 'Your appeal was upheld' })).toBeVisible();
  await expectAccessible(page);

  await rolex.getByRole('link', { name: 'IP complaint from Rolex SA' }).click();
  await expectPageHeading(page, 'Complaint from Rolex SA');
  await page.goBack();
  await expectPageHeading(page, 'Notifications');

  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(nav.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await expect(page.getByText('0 unread.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
});

test.describe('with the API failing', () => {
  // The browser logs the failed request; the test checks what the seller sees instead.
  test.use({ allowConsoleErrors: true });

  test('a failed "mark all as read" says so and changes nothing', async ({ page }) => {
    await page.goto('/notifications?as=seller-at-risk&fail=notifications/write:500');
    await expectPageHeading(page, 'Notifications');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const count = nav.getByRole('link', { name: /^Notifications \d+ unread$/ });
    const before = await count.textContent();
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(page.getByRole('alert')).toContainText('Could not mark them all as read');
    await expect(count).toHaveText(before ?? '');
  });
});
