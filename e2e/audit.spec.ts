import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, expectPageHeading, test } from './fixtures';

test('a reviewer filters the audit log in the address, reads a snapshot and exports the entries as CSV', async ({
  page,
}) => {
  await page.goto('/audit?as=reviewer');
  await expectPageHeading(page, 'Audit log');
  const status = page.getByRole('status').filter({ hasText: /entr(y|ies)|No entries/ });
  await expect(status).toHaveText(/^\d+ entries, newest first\./);

  const filters = page.getByRole('search', { name: 'Filter the audit log' });
  await filters.getByLabel('Action').selectOption('decision');
  await filters.getByLabel('Who').fill('Ilya');
  await filters.getByLabel('Subject').selectOption('listing');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/audit\?action=decision&actor=Ilya&subjectType=listing$/);
  await expect(status).toHaveText(/^\d+ entries match the filters, newest first\./);
  await expectAccessible(page);

  const table = page.getByRole('table', { name: 'Audit log entries, newest first' });
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  for (const who of await rows.locator('td:nth-child(2)').allTextContents())
    expect(who).toContain('Ilya Morozov');
  for (const action of await rows.locator('td:nth-child(3)').allTextContents())
    expect(action).toMatch(/^decision\./);

  // The text decided on opens in place, as plain text.
  const first = rows.first();
  await first.getByText('Text decided on, as it was then').click();
  await expect(first.locator('pre')).toBeVisible();
  await expect(first.locator('pre')).not.toBeEmpty();

  // The filters survive a reload: they live in the address.
  await page.reload();
  await expect(filters.getByLabel('Who')).toHaveValue('Ilya');
  await expect(rows).toHaveCount(count);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const lines = (await readFile(file, 'utf8'))
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toBe(
    'id,at,actor,actor_id,action,subject_type,subject_id,rules,policy,clause,summary,snapshot',
  );
  expect(lines[1]).toMatch(
    /^aud-[^,]+,\d{4}-\d\d-\d\dT[^,]+,Ilya Morozov,reviewer-2,decision\.\w+,listing,lst-/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText(
    `Exported ${count} entries as CSV.`,
  );

  // Dates: a day range with nothing in it, then the way back to the whole log.
  await filters.getByLabel('From (UTC day)').fill('2001-01-01');
  await filters.getByLabel('To (UTC day, included)').fill('2001-01-02');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No entries match these filters')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(status).toHaveText(/^\d+ entries, newest first\./);
});
