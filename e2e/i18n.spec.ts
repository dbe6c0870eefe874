import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { ACCOUNTS } from './route-table';

const LOCALE_KEY = 'scd:locale';

const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /^(Main|Основное меню)$/ }).getByRole('link', { name, exact: true });

test.describe('interface language', () => {
  test('switching to Russian on the sign-in page carries into the app, survives a reload and a new tab', async ({
    page,
    context,
  }) => {
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel('Language').selectOption('ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Вход в демо' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    await page.getByRole('link', { name: /Volna Trade/ }).click();
    await expect(page.getByRole('navigation', { name: 'Основное меню' })).toBeVisible();
    await expect(navLink(page, 'Товары')).toBeVisible();
    await expect(page).toHaveTitle(/· Соответствие правилам для продавцов$/);

    await page.reload();
    await expect(navLink(page, 'Товары')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    const other = await context.newPage();
    await other.goto('/listings');
    await expect(other.getByLabel('Язык')).toHaveValue('ru');
    await expect(other).toHaveTitle(/^Товары · /);

    // Back to English in one tab: the other follows without a reload.
    await page.getByLabel('Язык').selectOption('en');
    await expect(navLink(page, 'Listings')).toBeVisible();
    await expect(navLink(other, 'Listings')).toBeVisible();
    await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the Russian interface passes axe and names unread notifications with the right plural', async ({
    page,
  }) => {
    await page.goto('/notifications?as=seller-at-risk');
    await page.getByLabel('Language').selectOption('ru');
    await expect(page.getByRole('link', { name: /^Уведомления \d+ непрочитанн(ое|ых)$/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('every route in Russian', () => {
  // One shop and the reviewer see every page there is; the other shops differ only in data.
  for (const account of ['seller-at-risk', 'reviewer'] as const) {
    for (const route of ACCOUNTS[account] ?? []) {
      test(`${route.path} as ${account}: Russian heading and title, lang="ru", no axe violation`, async ({
        page,
      }) => {
        // Every frame runs this, a PDF viewer's too, which has no storage.
        await page.addInitScript((key) => window.localStorage?.setItem(key, 'ru'), LOCALE_KEY);
        await page.goto(`${route.path}?as=${account}`);
        await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toBeVisible();
        await expect(page.locator('h1')).toHaveCount(1);
        // The shell is in Russian whatever the page; the page's own heading is Russian unless it names a record.
        await expect(page.getByRole('navigation', { name: 'Основное меню' })).toBeVisible();
        await expect(page).toHaveTitle(/[А-Яа-яЁё].* · Соответствие правилам для продавцов$/);
        await expectAccessible(page);
      });
    }
  }
});
