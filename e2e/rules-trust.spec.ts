import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

const RULE = 'plp.general.lock-picks';
/** Volna Trade's lock pick set: the lock-picks rule is the only one that blocks it. */
const LISTING = 'lst-vt-00026';

test('a reviewer puts a rule in review only with a reason; the log records it and the seller is no longer blocked', async ({
  page,
}) => {
  test.slow(); // three accounts' worth of pages, with accessibility scans
  await page.goto('/rules?as=reviewer&sort=least-trusted');
  await expectPageHeading(page, 'Checker rules');
  // Least trusted first: the first card's record is a poor one.
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByText('Record:') })
    .first();
  await expect(first.getByText('Often wrong')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('searchbox', { name: 'Filter the rules' }).fill('lock picks');
  const card = page.locator(`li[id="${RULE}"]`);
  await expect(card.getByText(/\d+ upheld, \d+ overturned/)).toBeVisible();
  await expect(card.getByText(/\d+ open items?/)).toBeVisible();

  await card.getByRole('button', { name: `Switch to review only: ${RULE}` }).click();
  const reason = card.getByRole('textbox', { name: 'Reason (goes on the audit log)' });
  await expect(reason).toBeFocused();
  await card.getByRole('button', { name: 'Confirm: review only' }).click();
  await expect(card.getByText(/Say why, in at least 5 characters/)).toBeVisible();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await reason.fill(
    'Lock picks are sold legally for locksport; a person should look, not the checker block.',
  );
  await card.getByRole('button', { name: 'Confirm: review only' }).click();
  await expect(card.getByRole('status')).toHaveText(
    new RegExp(
      `^${RULE.replaceAll('.', '\\.')} is now review only\\. \\d+ stored listings? checked again, [1-9]\\d* verdicts? changed\\.$`,
    ),
  );
  await expect(card.getByText('Its findings go to a person and do not block a listing.')).toBeVisible();
  await expect(card.getByRole('button', { name: `Enforce again: ${RULE}` })).toBeFocused();

  // The audit log has it, with the reason and the rule.
  await page.goto('/audit?action=rule');
  await expectPageHeading(page, 'Audit log');
  const row = page
    .getByRole('table', { name: /Audit log entries/ })
    .locator('tbody tr')
    .first();
  await expect(row).toContainText('rule.mode_changed');
  await expect(row).toContainText('Dana Okafor');
  await expect(row).toContainText('Review only: Lock picks are sold legally for locksport');
  await expect(row.getByRole('link', { name: RULE }).first()).toBeVisible();

  // The seller's listing is no longer blocked: stored verdict and live check agree.
  await page.goto(`/listings?as=seller-at-risk&rule=${RULE}`);
  await expectPageHeading(page, 'Listings');
  const listingRow = page.getByRole('row').filter({ hasText: 'Lock Pick Set 24 Pieces' });
  await expect(listingRow).toContainText('Warning');
  await expect(listingRow).not.toContainText('Blocked');

  await page.goto(`/listings/${LISTING}`);
  const why = page.getByRole('region', { name: 'Why flagged' });
  await expect(why.getByRole('status')).toContainText('Warning');
  await expect(
    why.getByText(/is in review only: its findings go to a person and do not block publishing/),
  ).toBeVisible();

  // The seller's rules page says so too, without the controls.
  await page.goto(`/rules#${RULE}`);
  const sellerCard = page.locator(`li[id="${RULE}"]`);
  await expect(sellerCard.getByText('Its findings go to a person and do not block a listing.')).toBeVisible();
  await expect(sellerCard.getByRole('button')).toHaveCount(0);
  await expect(sellerCard.getByText('Record:')).toHaveCount(0);

  // And the pre-publish checker does not block text only that rule flags.
  await page.goto('/checker');
  await page.getByLabel('Title').fill('Lock Pick Set 24 Pieces with Tension Wrenches');
  const result = page.getByRole('region', { name: /^Result/ });
  await expect(result.getByRole('heading', { name: /Result/ })).toContainText('Warning');
  await expectAccessible(page);
});

test.describe('when the change fails', () => {
  test.use({ allowConsoleErrors: true });

  test('the switch rolls back where the reviewer can see it', async ({ page }) => {
    await page.goto(`/rules?as=reviewer&fail=rules/write:500#${RULE}`);
    const card = page.locator(`li[id="${RULE}"]`);
    await card.getByRole('button', { name: `Switch to review only: ${RULE}` }).click();
    await card
      .getByRole('textbox', { name: 'Reason (goes on the audit log)' })
      .fill('Trying while the server fails.');
    await card.getByRole('button', { name: 'Confirm: review only' }).click();
    await expect(card.getByRole('alert')).toContainText('The mode was not changed');
    await expect(card.getByRole('alert')).toContainText('The rule is still enforced.');
    await expect(card.getByRole('button', { name: `Switch to review only: ${RULE}` })).toBeVisible();
    await expect(card.getByText('Its findings go to a person and do not block a listing.')).toHaveCount(0);
  });
});
