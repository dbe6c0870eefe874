import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test('a seller at risk reads why the total is 22 and not 26, with the cap named on each record', async ({
  page,
}) => {
  await page.goto('/?as=seller-at-risk');
  await page.getByRole('link', { name: /Active penalty points\s*22/ }).click();
  await expectPageHeading(page, 'Strikes and points');

  const standing = page.getByRole('list', { name: 'Your standing' });
  await expect(page.getByTestId('points-total')).toHaveText('22');
  await expect(standing).toContainText('26 issued; the caps and grouping take off 4.');
  await expect(standing).toContainText('Restricted 7 days');
  await expect(standing).toContainText('2 more points to “Restricted 14 days”.');

  const records = page.getByRole('table', { name: /Penalty records/ });
  const uniform = records.getByRole('row').filter({ hasText: 'Listed a police uniform' });
  await expect(uniform).toContainText('0 of 2');
  await expect(uniform).toContainText('one day adds at most 12');
  const storeName = records.getByRole('row').filter({ hasText: 'brand name in the store name' });
  await expect(storeName).toContainText('together they count for at most 6');
  const secondNike = records.getByRole('row').filter({ hasText: 'second listing named in the same case' });
  await expect(secondNike).toContainText('Counted as one strike');

  const rules = page.getByRole('region', { name: 'How your total is counted' });
  await expect(rules.getByRole('row', { name: /12 .* You are here/ })).toBeVisible();

  // The chart has a text alternative and a table of the same figures.
  await expect(page.getByRole('img', { name: /Points total over the past year/ })).toBeVisible();
  await page.getByText('Show the figures as a table').click();
  const figures = page.getByRole('table', { name: 'Points total after each change' });
  // Today's total is the last row that is not "expected", and the line then falls as points expire.
  await expect(figures.getByRole('row').filter({ hasNotText: 'expected' }).last()).toHaveText(/\d{4}\s*22$/);
  await expect(figures.getByRole('row').last()).toHaveText(/\(expected\)\s*0$/);
  await expectAccessible(page);
});

test('the what-if shows a pending penalty taking the shop past 24, and the scenario survives a reload', async ({
  page,
}) => {
  await page.goto('/strikes?as=seller-at-risk');
  await expectPageHeading(page, 'Strikes and points');
  const whatIf = page.getByRole('region', { name: 'What if…' });
  const comparison = whatIf.getByRole('table', { name: /with the what-if applied/ });
  await expect(comparison.getByRole('row', { name: /^Points/ })).toHaveText(/Points\s*22\s*22/);

  await whatIf.getByRole('checkbox', { name: /Listed a signal jammer/ }).check();
  await expect(comparison.getByRole('row', { name: /^Points/ })).toHaveText(/Points\s*22\s*28/);
  await expect(comparison.getByRole('row', { name: /^Band/ })).toContainText('Restricted 14 days');
  await expect(page.getByTestId('scenario-line')).toBeVisible();

  await whatIf.getByRole('checkbox', { name: /Complaint from Rolex SA/ }).check();
  await expect(comparison.getByRole('row', { name: /^Serious strikes/ })).toContainText(
    '2 of 3: Shop frozen for 7 days',
  );
  await expect(page).toHaveURL(
    /if=establish%3Apen-vt-08%2Cuphold%3Acmp-vt-01|if=establish:pen-vt-08,uphold:cmp-vt-01/,
  );

  await page.reload();
  await expect(whatIf.getByRole('checkbox', { name: /Listed a signal jammer/ })).toBeChecked();
  await expect(comparison.getByRole('row', { name: /^Points/ })).toHaveText(/Points\s*22\s*28/);
  // The Strikes link opens the page without a scenario, and the ticks follow the address.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strikes' }).click();
  await expect(whatIf.getByRole('checkbox', { name: /Listed a signal jammer/ })).not.toBeChecked();
  await page.goBack();
  await expect(whatIf.getByRole('checkbox', { name: /Listed a signal jammer/ })).toBeChecked();
  await whatIf.getByRole('button', { name: 'Clear the what-if' }).click();
  await expect(comparison.getByRole('row', { name: /^Points/ })).toHaveText(/Points\s*22\s*22/);
  await expect(page.getByTestId('scenario-line')).toHaveCount(0);
});

test('a seller appeals a pending penalty: a too-short reason is refused, the draft survives a reload, one appeal only', async ({
  page,
}) => {
  await page.goto('/strikes?as=seller-at-risk');
  const jammer = page
    .getByRole('table', { name: /Penalty records/ })
    .getByRole('row')
    .filter({ hasText: 'Listed a signal jammer' });
  await expect(jammer).toContainText(/4 days \d+ hours? left|5 days left|4 days left/);
  await jammer.getByRole('link', { name: 'Appeal this penalty' }).click();
  await expectPageHeading(page, 'Listed a signal jammer.');
  await expect(page.getByRole('heading', { name: 'Appeal this penalty' })).toBeVisible();
  await expect(page.getByText(/Time left to appeal: \d days/)).toBeVisible();

  const reason = page.getByLabel('Why the penalty is wrong');
  await reason.fill('Not a jammer.');
  await page.getByRole('button', { name: 'Send the appeal' }).click();
  await expect(page.getByRole('alert')).toContainText('Explain the appeal in at least 20 characters.');
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');

  await reason.fill('Not a jammer: it is a mobile signal booster for rural homes, spec sheet attached.');
  await page.getByRole('button', { name: 'Add a document' }).click();
  await page.getByLabel('Document 1 type').selectOption('other');
  await page.getByLabel('Document 1 file name').fill('booster-spec-sheet.pdf');
  await page.reload();
  await expect(page.getByText('Your unsent appeal was restored from this browser.')).toBeVisible();
  await expect(reason).toHaveValue(/mobile signal booster/);
  await expect(page.getByLabel('Document 1 file name')).toHaveValue('booster-spec-sheet.pdf');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Send the appeal' }).click();
  await expect(page.getByText('Appeal under review')).toBeVisible();
  await expect(
    page.getByText('The penalty stays pending and does not count while the appeal is reviewed.'),
  ).toBeVisible();
  await expect(page.getByText('Other document: booster-spec-sheet.pdf')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send the appeal' })).toHaveCount(0);

  // The draft is gone, and the ledger follows the appeal.
  await page.reload();
  await expect(page.getByText('Your unsent appeal was restored')).toHaveCount(0);
  await page.getByRole('link', { name: 'All records' }).click();
  const row = page
    .getByRole('table', { name: /Penalty records/ })
    .getByRole('row')
    .filter({ hasText: 'Listed a signal jammer' });
  await expect(row.getByRole('link', { name: 'Appeal under review' })).toBeVisible();
});

test('a closed appeal window says so, and a penalty that is not the seller\u2019s is not found', async ({
  page,
}) => {
  await page.goto('/strikes/pen-vt-04?as=seller-at-risk');
  await expectPageHeading(page, 'Listed drug paraphernalia.');
  await expect(page.getByText(/The 7-day appeal window closed on/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send the appeal' })).toHaveCount(0);

  await page.goto('/strikes/pen-sg-01?as=seller-at-risk');
  await expectPageHeading(page, 'Penalty not found');
});
