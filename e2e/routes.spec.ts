import { expectAccessible, expectPageHeading, test } from './fixtures';
import { ACCOUNTS } from './route-table';

for (const [account, routes] of Object.entries(ACCOUNTS)) {
  test.describe(`as ${account}`, () => {
    for (const route of routes) {
      test(`${route.path} has one heading, no console error and no axe violation`, async ({ page }) => {
        await page.goto(`${route.path}?as=${account}`);
        await expectPageHeading(page, route.heading);
        await expectAccessible(page);
      });
    }
  });
}

test('the sign-in page has one heading and passes axe', async ({ page }) => {
  await page.goto('/sign-in');
  await expectPageHeading(page, 'Sign in to the demo');
  await expectAccessible(page);
});
