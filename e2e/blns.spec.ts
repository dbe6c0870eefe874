import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectPageHeading, test } from './fixtures';

/**
 * Hostile text typed through the real forms comes back as literal text on every page that shows it: no script
 * runs, no dialog opens, nothing throws. The strings come from the Big List of Naughty Strings (MIT, see
 * src/domain/checker/testdata/README.md), plus payloads that would set `window.__pwned` if they ever ran.
 */
const BLNS = JSON.parse(
  readFileSync(new URL('../src/domain/checker/testdata/blns.json', import.meta.url), 'utf8'),
) as string[];

function pick(pattern: RegExp): string {
  const found = BLNS.find((s) => pattern.test(s) && s.trim() === s && !/[\n\r\t]/.test(s));
  if (!found) throw new Error(`The naughty strings have none matching ${pattern}`);
  return found;
}

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1//',
  "{{constructor.constructor('window.__pwned=1')()}} {{7*7}} ${7*7} #{7*7} %s %n %x",
  pick(/<script>/i),
  pick(/onerror=/i),
  pick(/^javascript:/i),
  pick(/DROP TABLE/i),
  pick(/^\u202btest/), // right-to-left embedding
  pick(/[\u0300-\u036f]{4}/), // zalgo
  pick(/^\u00ad.*\u200b/), // zero-width and other invisible format characters
  pick(/\u{1f468}\u200d/u), // joined emoji
];
const LONG = `Long text ${'without a single break '.repeat(180)}end.`;

const dialogs: string[] = [];
test.beforeEach(({ page }) => {
  dialogs.length = 0;
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
});
test.afterEach(() => expect(dialogs, 'dialogs opened by the page').toEqual([]));

/** Nothing the text carried ran or became markup. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(
    page.locator('main img[src="x"], main [onerror], main [onload], main iframe, main script'),
  ).toHaveCount(0);
}

/** Every piece of text shows literally inside the container. */
async function expectLiteral(container: Locator, texts: readonly string[]) {
  for (const text of texts) await expect(container).toContainText(text);
}

test('hostile listing text stays text in the editor, the listings table, the review queue, the item and the audit log', async ({
  page,
}) => {
  test.slow();
  const title = `Naughtymug ${HOSTILE[0]} {{7*7}} \${7*7} %s \u202eRTL\u202c z\u200bw \u{1f469}\u{1f3fd}\u200d\u{1f680}`;
  const description = [...HOSTILE, LONG].join('\n');

  await page.goto('/listings/lst-vt-00003?as=seller-at-risk');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description').fill(description);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectLiteral(page.getByRole('region', { name: 'The listing, with what the checker flags' }), [
    ...HOSTILE,
    LONG,
  ]);
  await expectInert(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByLabel('Description')).toHaveValue(description);
  await expectInert(page);

  await page.goto('/listings?as=seller-at-risk&q=Naughtymug');
  const table = page.getByRole('table', { name: 'Listings' });
  await expect(table.getByRole('link', { name: title })).toBeVisible();
  await expectInert(page);
  await table.getByRole('checkbox', { name: /^Select (?!all)/ }).check();
  await page.getByRole('button', { name: 'Request review', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Request review:' })).toHaveText(
    'Request review: 1 updated.',
  );

  await page.goto('/review?as=reviewer&kind=listing');
  const row = page.getByTestId('queue-row').filter({ hasText: 'Naughtymug' });
  await expect(row).toContainText(title);
  await expectInert(page);
  await row.getByRole('link').first().click();
  await expectPageHeading(page, title);
  await expectLiteral(page.locator('main'), HOSTILE);
  await expectInert(page);

  const note = `Naughtynote: ${HOSTILE.slice(0, 5).join(' ')}`;
  await page.keyboard.press('c');
  await page.getByLabel(/Reason \(the seller sees it/).fill(note);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded: Request changes' })).toBeVisible();
  await expectInert(page);

  await page.goto('/audit?as=reviewer&q=Naughtynote');
  await expect(page.locator('main')).toContainText(note);
  await expectInert(page);
});

test('a hostile appeal and document name stay text on the penalty page', async ({ page }) => {
  const reason = `This penalty is wrong. ${HOSTILE.join(' ')}`;
  const documentName = `<img src=x onerror=window.__pwned=1>{{7*7}}\u202egpj.pdf`;

  await page.goto('/strikes/pen-vt-08?as=seller-at-risk');
  await expectPageHeading(page, 'Listed a signal jammer.');
  await page.getByLabel('Why the penalty is wrong').fill(reason);
  await page.getByRole('button', { name: 'Add a document' }).click();
  await page.getByLabel('Document 1 type').selectOption('other');
  await page.getByLabel('Document 1 file name').fill(documentName);
  await page.getByRole('button', { name: 'Send the appeal' }).click();
  await expect(page.getByText('Appeal under review')).toBeVisible();

  for (const visit of ['sent', 'reloaded']) {
    if (visit === 'reloaded') await page.reload();
    await expectLiteral(page.locator('main'), [...HOSTILE, documentName]);
    await expectInert(page);
  }
});

test('a hostile counter-notice and reviewer note stay text on the complaint, the review item and the audit log', async ({
  page,
}) => {
  test.slow();
  const statement = `Naughtystatement: these goods are genuine. ${HOSTILE.join(' ')}`;
  const note = `Naughtynote: ${HOSTILE.slice(0, 6).join(' ')}`;

  await page.goto('/complaints/cmp-vt-01?as=seller-at-risk');
  const form = page.getByRole('form', { name: 'Answer the complaint' });
  await form.getByLabel('File a counter-notice').check();
  const grounds = form.getByRole('checkbox');
  if ((await form.getByRole('checkbox', { checked: true }).count()) === 0) await grounds.first().check();
  await form.getByLabel('Statement').fill(statement);
  await form.getByRole('button', { name: 'File the counter-notice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your counter-notice was filed' })).toBeVisible();
  await expectLiteral(page.getByRole('region', { name: 'History' }), HOSTILE);
  await expectInert(page);

  await page.goto('/review/rev-cmp-vt-01?as=reviewer');
  await expectPageHeading(page, /complaint by Rolex SA/);
  await expectInert(page);
  await page.keyboard.press('i');
  await page.getByLabel(/Reason \(the seller sees it/).fill(note);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Recorded: Reject as inadmissible' }),
  ).toBeVisible();
  await expectInert(page);

  await page.goto('/audit?as=reviewer&q=Naughty');
  await expectLiteral(page.locator('main'), [statement, note]);
  await expectInert(page);

  await page.goto('/complaints/cmp-vt-01?as=seller-at-risk');
  await expectLiteral(page.getByRole('region', { name: 'History' }), [note, ...HOSTILE]);
  await expectInert(page);
});
