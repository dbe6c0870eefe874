import { expect, expectAccessible, expectPageHeading, test } from './fixtures';
import { fillNikeLetter, PDF_BYTES } from './vault-form';

const NIKE_LISTING = 'lst-vt-00079'; // "Nike Air Max 270 …", warned: no Nike authorisation on record

test.describe('the evidence vault', () => {
  // The refused upload logs its 422; nothing else may.
  test.use({ allowConsoleErrors: true });

  test('a seller proves a brand, a reviewer verifies it, the listing is no longer warned for it, and the document answers a complaint', async ({
    page,
    consoleErrors,
  }) => {
    test.slow(); // two accounts, an upload, a review and a complaint answer, with accessibility scans
    await page.goto(`/listings/${NIKE_LISTING}?as=seller-at-risk`);
    await expectPageHeading(page, /Nike Air Max 270/);
    const header = page.locator('header').filter({ has: page.locator('h1') });
    await expect(header).toContainText('Warning');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Authorisations' })
      .click();
    await expectPageHeading(page, 'Brand authorisations');
    const brands = page.getByRole('table', { name: 'Where you stand, brand by brand' });
    await expect(brands.getByRole('row').filter({ hasText: 'Nike' })).toContainText('Rejected');
    await expectAccessible(page);

    const form = page.getByRole('form', { name: 'Add a document' });
    // A file that calls itself a PDF but is not one: the server looks at its first bytes.
    await fillNikeLetter(form, Buffer.from('Just some text pretending to be a PDF'));
    await form.getByRole('button', { name: 'Send for verification' }).click();
    await expect(form.getByRole('alert')).toContainText('The marketplace did not accept the document');
    await expect(form.getByText('The file says it is a PDF, but its contents are not.')).toBeVisible();
    await expect(form.getByLabel('File', { exact: true })).toBeFocused();
    // Nothing typed is lost.
    await expect(form.getByLabel('Brands it covers')).toHaveValue('Nike');
    await expect(form.getByLabel('Issued by')).toHaveValue('Nike Distribution RU');

    await form.getByLabel('File', { exact: true }).setInputFiles({
      name: 'nike-letter.pdf',
      mimeType: 'application/pdf',
      buffer: PDF_BYTES,
    });
    await form.getByRole('button', { name: 'Send for verification' }).click();
    await expect(page.getByText('nike-letter.pdf was sent for verification.')).toBeVisible();
    await expect(brands.getByRole('row').filter({ hasText: 'Nike' })).toContainText('Waiting for review');

    // The reviewer opens the document's item, sees what it claims and the file, and verifies it.
    await page.goto('/review?as=reviewer&kind=document');
    await page
      .getByTestId('queue-row')
      .filter({ hasText: 'Brand authorisation: Nike' })
      .getByRole('link')
      .click();
    await expectPageHeading(page, /Brand authorisation: Nike/);
    const card = page.getByRole('region', { name: 'The document' });
    await expect(card).toContainText('Nike Distribution RU');
    await expect(card.getByTitle(/Authorisation letter for Nike: nike-letter\.pdf/)).toBeAttached();
    await expect(card.getByRole('link', { name: 'Download nike-letter.pdf' })).toBeVisible();
    // The PDF viewer can hold keyboard focus, so this decision is made with the pointer (the keys are tested in
    // review.spec.ts).
    await page.getByRole('radio', { name: /Verify the document/ }).check();
    await page
      .getByLabel(/Reason \(the seller sees it/)
      .fill('Signed letter from Nike’s distributor, in date.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recorded: Verify the document' })).toBeVisible();

    // The seller: Nike authorised, and the listing's stored verdict no longer warns about Nike.
    await page.goto('/authorisations?as=seller-at-risk');
    await expect(
      page
        .getByRole('table', { name: 'Where you stand, brand by brand' })
        .getByRole('row')
        .filter({ hasText: 'Nike' }),
    ).toContainText('Authorised');
    await page.goto(`/listings/${NIKE_LISTING}?as=seller-at-risk`);
    await expectPageHeading(page, /Nike Air Max 270/);
    await expect(header).not.toContainText('Warning');
    await expect(
      page.getByText('Nike is named, and no authorisation from the brand owner is on record'),
    ).toHaveCount(0);
    // The "why" panel names the document that cleared the brand.
    await expect(
      page.getByText(/Cleared by your verified authorisation letter from Nike Distribution RU/).first(),
    ).toBeVisible();

    // The same document answers a complaint without being uploaded again.
    await page.goto('/complaints/cmp-vt-02?as=seller-at-risk');
    const answer = page.getByRole('form', { name: 'Answer the complaint' });
    await answer.getByLabel('File a counter-notice').check();
    await answer.getByRole('checkbox').first().check();
    await answer
      .getByLabel('Statement')
      .fill(
        'We sell these trainers with the brand distributor’s written authorisation, attached from our records.',
      );
    await answer
      .getByLabel('From your document vault')
      .selectOption({ label: 'Authorisation letter · Nike · verified' });
    await answer.getByRole('button', { name: 'Attach from the vault' }).click();
    await answer.getByRole('button', { name: 'File the counter-notice' }).click();
    await expect(page.getByRole('region', { name: 'History' })).toContainText(
      'nike-letter.pdf (Authorisation letter, from the vault)',
    );
    expect(consoleErrors.every((error) => error.includes('422'))).toBe(true);
  });
});

test('withdrawing asks first, and keeps the document in the records', async ({ page }) => {
  await page.goto('/authorisations?as=seller-at-risk');
  const item = page.getByRole('listitem').filter({ hasText: 'invoice-elektro-opt.pdf' });
  await item.getByRole('button', { name: 'Withdraw' }).click();
  const confirm = item.getByRole('group', { name: 'Withdraw invoice-elektro-opt.pdf' });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(item).toContainText('Waiting for review');
  await item.getByRole('button', { name: 'Withdraw' }).click();
  await confirm.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await expect(item).toContainText('Withdrawn');
  await item.getByRole('button', { name: 'View the file' }).click();
  await expect(item.getByRole('link', { name: 'Download invoice-elektro-opt.pdf' })).toBeVisible();
});
