import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

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
