import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

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
