// The built app loads from the static server, shows its Chinese title and asks nothing of any other
// origin (the fixture fails the test on any foreign request).
import { test, expect } from './support/fixtures';

test('the built app loads and shows its title', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('header')).toContainText('软件业统计报表预审');
  await expect(page.getByRole('heading', { name: '企业', exact: true })).toBeVisible();
});
