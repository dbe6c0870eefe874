import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test('a reviewer upholds a seller\u2019s appeal after a validation error, and the seller sees the penalty reversed', async ({
  page,
}) => {
  await page.goto('/appeals?as=reviewer');
  await expectPageHeading(page, 'Appeals');
  await expect(page.getByText('1 appeal waits for a decision.')).toBeVisible();
  const appeal = page.getByRole('region', { name: /^Volna Trade: / });
  await expect(appeal.getByText(/practice lock set for locksmith training/)).toBeVisible();
  await expect(appeal.getByText('training-lock.jpg (Photo)')).toBeVisible();

  // Nothing chosen: both problems are named, focus goes to the first, and what was typed stays.
  await appeal.getByLabel('Reason for the seller').fill('ok');
  await appeal.getByRole('button', { name: 'Record the decision' }).click();
  await expect(appeal.getByText('Choose whether to uphold or reject the appeal.')).toBeVisible();
  await expect(appeal.getByText('Give a reason of at least 5 characters.')).toBeVisible();
  await expect(appeal.getByRole('radio', { name: 'Uphold: reverse the penalty' })).toBeFocused();
  await expect(appeal.getByLabel('Reason for the seller')).toHaveValue('ok');
  await expectAccessible(page);

  await appeal.getByRole('radio', { name: 'Uphold: reverse the penalty' }).check();
  await appeal
    .getByLabel('Reason for the seller')
    .fill('A training lock with a clear body is a teaching aid.');
  await appeal.getByRole('button', { name: 'Record the decision' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Upheld the appeal from Volna Trade' }),
  ).toBeVisible();
  await expect(page.getByText('No appeal waits for a decision.')).toBeVisible();

  // The decided appeal is still there under "All appeals", and the address says so.
  await page.getByRole('radio', { name: 'All appeals' }).check();
  await expect(page).toHaveURL(/show=all/);
  await expect(page.getByRole('region', { name: /^Volna Trade: / }).first()).toBeVisible();

  await page.goto('/strikes/pen-vt-07?as=seller-at-risk');
  await expect(page.getByText('Appeal upheld').first()).toBeVisible();
});

test.describe('when the decision cannot be saved', () => {
  test.use({ allowConsoleErrors: true });

  test('the reviewer sees why, keeps what was typed, and can record it once the API answers', async ({
    page,
  }) => {
    await page.goto('/appeals?as=reviewer&fail=appeals/write:500');
    const appeal = page.getByRole('region', { name: /^Volna Trade: / });
    await appeal.getByRole('radio', { name: 'Reject: the penalty stands' }).check();
    await appeal
      .getByLabel('Reason for the seller')
      .fill('Lock picks are sold with it; the listing stays penalised.');
    await appeal.getByRole('button', { name: 'Record the decision' }).click();
    await expect(appeal.getByText('The decision was not recorded')).toBeVisible();
    await expect(appeal.getByLabel('Reason for the seller')).toHaveValue(
      'Lock picks are sold with it; the listing stays penalised.',
    );
    await expect(page.getByText('1 appeal waits for a decision.')).toBeVisible();

    await page.getByRole('button', { name: 'Turn failures off' }).click();
    await appeal.getByRole('button', { name: 'Record the decision' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Rejected the appeal from Volna Trade' }),
    ).toBeVisible();
  });
});

test('a seller cannot open the appeals page', async ({ page }) => {
  await page.goto('/appeals?as=seller-at-risk');
  await expectPageHeading(page, 'Not allowed');
});
