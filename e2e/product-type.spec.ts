import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

/** The finding on the given matched words, in the first findings list that has it. */
const findingOn = (page: Page, matched: string) =>
  page
    .getByRole('list', { name: /^(Findings|Замечания)$/ })
    .getByRole('listitem')
    .filter({ hasText: matched });

test('the pre-publish checker says what the listing sells and how sure it is of each finding', async ({
  page,
}) => {
  await page.goto('/checker?as=seller-good');
  await expectPageHeading(page, 'Pre-publish checker');
  const status = page.getByRole('status').filter({ hasText: /Start typing|fix/ });
  await expect(status).toHaveText('Start typing to check the listing.');

  // A game whose description names a banned thing: what the game is about, not what is sold.
  await page.getByLabel('Title').fill('Call of Duty: Modern Warfare (Xbox 360)');
  await page.getByLabel('Description').fill('Fight your way through the campaign with assault rifles.');
  await page.getByLabel('Category').selectOption({ label: 'Software media' });
  await expect(page.getByText(/^Sells: \S/)).toHaveText(
    /^Sells: a video, board or card game \(from the title: “Xbox[^”]*”\)$/,
  );
  const rifles = findingOn(page, '“assault rifles”');
  await expect(rifles).toContainText('Low confidence');
  await expect(rifles).toContainText(
    'The listing sells a game, film, book, music or software: this is what it is about, not what is sold, so it does not block.',
  );
  await expect(rifles).toContainText('On its own, this rule blocks.');
  await expect(page.getByRole('heading', { name: /Result/ })).not.toContainText('Blocked');
  await expectAccessible(page);

  // Physical goods with the banned thing in the title: a block, and the checker is sure.
  await page.getByLabel('Title').fill('Brass knuckles, solid steel');
  await page.getByLabel('Description').fill('');
  await page.getByLabel('Category').selectOption({ label: 'Other' });
  await expect(page.getByText(/^Sells: \S/)).toHaveText(
    'Sells: physical goods (nothing in the title or category says otherwise)',
  );
  await expect(status).toHaveText(/things? to fix before publishing/);
  const knuckles = findingOn(page, '“Brass knuckles”');
  await expect(knuckles).toContainText('Blocks');
  await expect(knuckles).toContainText('High confidence');
  await expect(knuckles).toContainText(
    /The words can only mean this, wherever they stand\.|Named in the title of a physical item, so it is read as what you sell\./,
  );
  await expect(knuckles).not.toContainText('On its own');

  // The same in Russian.
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.getByText(/^Товар: \S/)).toHaveText(
    'Товар: физический товар (ни название, ни категория не говорят об ином)',
  );
  await expect(findingOn(page, '«Brass knuckles»')).toContainText('Высокая уверенность');
  await expectAccessible(page);
});

test('a listing’s page, its review item and the review queue show what it sells and the confidence', async ({
  page,
}) => {
  const title = 'Brass knuckles, solid steel, engraved';
  await page.goto('/checker?as=seller-good');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Price (USD)').fill('15');
  await expect(findingOn(page, '“Brass knuckles”')).toContainText('High confidence');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expectPageHeading(page, title);
  const id = /\/listings\/([^/?#]+)/.exec(page.url())?.[1];
  expect(id).toBeTruthy();

  const why = page.getByRole('region', { name: 'Why flagged' });
  await expect(why.getByText(/^Sells: \S/)).toHaveText(
    'Sells: physical goods (nothing in the title or category says otherwise)',
  );
  await expect(why.getByRole('listitem').filter({ hasText: '“Brass knuckles”' })).toContainText(
    'High confidence',
  );
  await expectAccessible(page);

  // The blocked listing waits for a reviewer, who sees the same.
  await page.goto(`/review/rev-${id}?as=reviewer`);
  await expectPageHeading(page, title);
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings.getByText(/^Sells: \S/)).toHaveText(
    'Sells: physical goods (nothing in the title or category says otherwise)',
  );
  await expect(findings.getByRole('listitem').filter({ hasText: '“Brass knuckles”' })).toContainText(
    'High confidence',
  );
  await expectAccessible(page);

  await page.goto('/review?as=reviewer&kind=listing');
  await expectPageHeading(page, 'Review queue');
  const row = page.getByTestId('queue-row').filter({ hasText: title });
  await expect(row).toContainText('Sells: physical goods');
  await expect(row).toContainText('High confidence');
  await expectAccessible(page);
});
