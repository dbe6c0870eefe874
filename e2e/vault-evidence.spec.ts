import { expect, expectPageHeading, test } from './fixtures';

test('a counter-notice attaches a stored brand document instead of uploading it again', async ({ page }) => {
  await page.goto('/complaints/cmp-vt-02?as=seller-at-risk');
  await expectPageHeading(page, 'Complaint from Lumen Photo Studio');
  const form = page.getByRole('form', { name: 'Answer the complaint' });
  await form.getByLabel('File a counter-notice').check();
  await form
    .getByLabel('Statement')
    .fill(
      'These photographs are our own: we shot them in our studio and can show the raw files and the invoice.',
    );
  // Nothing in this complaint fails a check, so the seller picks a ground.
  await form.getByRole('checkbox').first().check();
  const vault = form.getByLabel('From your document vault');
  await vault.selectOption({ label: 'Purchase invoice · Xiaomi · pending' });
  await form.getByRole('button', { name: 'Attach from the vault' }).click();
  await expect(form.getByLabel('Document 1 file name (from your vault)')).toHaveValue(
    'invoice-elektro-opt.pdf',
  );
  // Attached once: the document is no longer offered.
  await expect(vault.locator('option', { hasText: 'Xiaomi' })).toHaveCount(0);
  await form.getByRole('button', { name: 'File the counter-notice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your counter-notice was filed' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'invoice-elektro-opt.pdf (Purchase invoice, from the vault)',
  );
});
