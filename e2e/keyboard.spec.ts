import type { Locator, Page } from '@playwright/test';
import { expect, expectPageHeading, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until the target has focus, as someone without a mouse would. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  await target.waitFor();
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} was not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused element is drawn with a visible outline or ring. */
async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      outline: s.outlineStyle,
      width: s.outlineWidth,
      shadow: s.boxShadow,
      visible: el.matches(':focus-visible'),
    };
  });
  const outlined = style.outline !== 'none' && style.width !== '0px';
  expect(style.visible, 'the browser treats the focus as keyboard focus').toBe(true);
  expect(outlined || style.shadow !== 'none', `focus indicator: ${JSON.stringify(style)}`).toBe(true);
}

/** Focus is on the page heading, as it is after each navigation. */
async function expectHeadingFocused(page: Page, name: string | RegExp) {
  await expectPageHeading(page, name);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

test('a seller finds a listing, edits it and saves it with the keyboard alone', async ({ page }) => {
  await page.goto('/listings?as=seller-at-risk&q=Submariner');
  await expectPageHeading(page, 'Listings');
  const link = page.getByRole('link', { name: /Replica Rolex Submariner/ });
  await tabTo(page, link);
  await expectFocusVisible(link);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, /Replica Rolex Submariner/);

  // Severity is written, not only coloured.
  const findings = page.getByRole('list', { name: 'Findings' }).first().getByRole('listitem');
  await expect(findings.first()).toBeVisible();
  for (const finding of await findings.all()) await expect(finding).toContainText(/Blocks|Warning|Fine/);

  const title = page.getByLabel('Title');
  await tabTo(page, title);
  await expectFocusVisible(title);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Automatic diver watch 40mm, ceramic bezel');
  const save = page.getByRole('button', { name: 'Save changes' });
  await tabTo(page, save);
  await expectFocusVisible(save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectPageHeading(page, 'Automatic diver watch 40mm, ceramic bezel');
});

test('a seller files an appeal with the keyboard alone, and hears that it was sent', async ({ page }) => {
  await page.goto('/strikes?as=seller-at-risk');
  await expectPageHeading(page, 'Strikes and points');
  const row = page
    .getByRole('table', { name: /Penalty records/ })
    .getByRole('row')
    .filter({ hasText: 'Listed a signal jammer' });
  const appeal = row.getByRole('link', { name: 'Appeal this penalty' });
  await tabTo(page, appeal);
  await expectFocusVisible(appeal);
  await page.keyboard.press('Enter');
  await expectPageHeading(page, 'Listed a signal jammer.');
  // The link leads to the appeal: focus is there, a couple of Tabs from the reason.
  const section = page.locator('#appeal');
  await expect(section).toBeFocused();
  await expect(section.getByRole('heading', { name: 'Appeal this penalty' })).toBeVisible();

  const reason = page.getByLabel('Why the penalty is wrong');
  await tabTo(page, reason, { max: 3 });
  await page.keyboard.type('Not a jammer: it is a mobile signal booster for rural homes.');
  const send = page.getByRole('button', { name: 'Send the appeal' });
  await tabTo(page, send);
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Appeal under review' })).toBeVisible();
  await expect(send).toHaveCount(0);
  // The form is gone; focus is not lost with it, and neither is the draft kept.
  await expect(section).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('appeal-draft'))))
    .toEqual([]);
});

test('a reviewer moves through the queue, opens an item and decides it with the keyboard alone', async ({
  page,
}) => {
  await page.goto('/review?as=reviewer&kind=listing');
  await expectPageHeading(page, 'Review queue');
  const count = page.getByText(/^\d+ open items?,/);
  const before = Number(/^(\d+)/.exec((await count.textContent()) ?? '')?.[1]);
  const rows = page.getByTestId('queue-row');

  await page.keyboard.press('j');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expectFocusVisible(rows.nth(1));
  const chosen = (await rows.nth(1).getByRole('link').getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${chosen.split('?')[0]}(\\?|$)`));
  await expectHeadingFocused(page, /\S/);

  await page.keyboard.press('c');
  const reason = page.getByLabel(/Reason \(the seller sees it/);
  await expect(reason).toBeFocused();
  await expect(page.getByRole('radio', { name: /Request changes/ })).toBeChecked();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Please reword the title: the flagged term is not allowed.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Recorded: Request changes' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expectPageHeading(page, 'Review queue');
  await expect(count).toHaveText(new RegExp(`^${before - 1} open items?,`));
});

test.describe('dialogs and confirm steps', () => {
  test('the shortcuts help keeps focus inside, closes on Escape and gives focus back', async ({ page }) => {
    await page.goto('/review?as=reviewer');
    await expectPageHeading(page, 'Review queue');
    const opener = page.getByRole('button', { name: /Keyboard shortcuts/ });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press(presses % 2 ? 'Shift+Tab' : 'Tab');
      expect(
        await dialog.evaluate((el) => el.contains(document.activeElement)),
        'focus stays in the dialog',
      ).toBe(true);
    }
    await expectFocusVisible(dialog.getByRole('button', { name: 'Close' }));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    // Opened by its key from a queue row, it gives focus back to the row.
    await page.keyboard.press('j');
    const row = page.getByTestId('queue-row').first();
    await expect(row).toBeFocused();
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(row).toBeFocused();
  });

  test('resetting the demo asks first; Escape cancels and gives focus back', async ({ page }) => {
    await page.goto('/?as=seller-at-risk');
    await expectPageHeading(page, 'Volna Trade: account standing');
    const trigger = page.getByRole('button', { name: 'Reset demo data' });
    await tabTo(page, trigger, { back: true });
    await page.keyboard.press('Enter');
    const yes = page.getByRole('button', { name: 'Yes, reset' });
    await expect(yes).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(yes).toBeHidden();
    await expect(trigger).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(yes).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Demo data restored' })).toBeVisible();
    await expect(trigger).toBeFocused();
  });

  test('accepting a complaint asks first; Escape goes back to the button that asked', async ({ page }) => {
    await page.goto('/complaints/cmp-vt-04?as=seller-at-risk');
    await expectPageHeading(page, 'Complaint from Kettle Works GmbH');
    const form = page.getByRole('form', { name: 'Answer the complaint' });
    const accept = form.getByRole('radio', { name: 'Accept the complaint' });
    await tabTo(page, accept);
    await page.keyboard.press('Space');
    await expect(accept).toBeChecked();
    const submit = form.getByRole('button', { name: 'Accept the complaint…' });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    const question = page.getByRole('alertdialog', { name: 'Accept the complaint?' });
    await expect(question.getByRole('button', { name: 'Go back' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(question.getByRole('button', { name: 'Yes, accept the complaint' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(submit).toBeFocused();
  });

  test('a rule mode switch asks for a reason; Escape from anywhere in the step gives focus back', async ({
    page,
  }) => {
    const rule = 'plp.general.lock-picks';
    await page.goto(`/rules?as=reviewer#${rule}`);
    const card = page.locator(`li[id="${rule}"]`);
    const toggle = card.getByRole('button', { name: `Switch to review only: ${rule}` });
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    const reason = card.getByRole('textbox', { name: 'Reason (goes on the audit log)' });
    await expect(reason).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(reason).toBeHidden();
    await expect(toggle).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(reason).toBeFocused();
    await page.keyboard.type('Too many false alarms on locksmith training sets.');
    await page.keyboard.press('Tab');
    await expect(card.getByRole('button', { name: 'Confirm: review only' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(reason).toBeHidden();
    await expect(toggle).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(reason).toHaveValue('Too many false alarms on locksmith training sets.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(card.getByRole('status')).toContainText(`${rule} is now review only.`);
  });
});

test('verdicts, risk and unread notices are written, not only coloured', async ({ page }) => {
  await page.goto('/listings?as=seller-at-risk');
  await expectPageHeading(page, 'Listings');
  const table = page.getByRole('table', { name: 'Listings' });
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const verdicts = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(verdicts.length).toBeGreaterThan(0);
  for (const verdict of verdicts) expect(verdict).toMatch(/Blocked|Warning|OK/);

  await page.goto('/notifications');
  await expectPageHeading(page, 'Notifications');
  const unread = Number(/^(\d+)/.exec((await page.getByText(/^\d+ unread\./).textContent()) ?? '')?.[1]);
  expect(unread).toBeGreaterThan(0);
  await expect(page.getByRole('main').getByText('Unread', { exact: true })).toHaveCount(unread);

  await page.goto('/review?as=reviewer');
  await expectPageHeading(page, 'Review queue');
  const risks = await page.getByTestId('queue-row').locator('td:nth-child(2)').allInnerTexts();
  expect(risks.length).toBeGreaterThan(0);
  for (const risk of risks) expect(risk.trim()).toMatch(/^\d+$/);
});
