// Another tab running a newer build upgrades the database: IndexedDB cannot upgrade while this tab
// keeps its connection, so this tab closes it, says so and stops claiming to save.
import { test, expect } from './support/fixtures';
import { App } from './support/app';

const DB_NAME = 'softstat-precheck-v1-main';

test('a database upgrade in another tab: this tab gives way, says so, and never shows a false 已保存', async ({
  page,
  context,
}) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('升级测试企业');
  await app.openReturn('annual:2020');
  await app.fill('T2.F01.thisYear', '5000');
  await app.saved();
  await expect(page.getByRole('alert').filter({ hasText: '另一个标签页已升级' })).toHaveCount(0);

  // The other tab: what a newer build's first open does, a version upgrade of the same database.
  const other = await context.newPage();
  await other.goto(page.url().split('#')[0] ?? '');
  const upgradedTo = await other.evaluate(async (name) => {
    // Opens the database (at `version`, or as it is) and closes it again: the version it has.
    const open = (version?: number) =>
      new Promise<number>((resolve, reject) => {
        const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
        req.onsuccess = () => {
          const v = req.result.version;
          req.result.close();
          resolve(v);
        };
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error('blocked: the first tab did not give way'));
      });
    return open((await open()) + 10);
  }, DB_NAME);
  expect(upgradedTo).toBeGreaterThan(0);

  const banner = page.getByRole('alert').filter({ hasText: '另一个标签页已升级本应用的数据库' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: '重新加载' })).toBeVisible();

  // Typing on: the edit cannot be stored here any more, and the page does not pretend it was.
  await app.cell('T2.F01.thisYear').fill('6000');
  await expect(page.locator('[data-save-state="failed"]')).toBeVisible();
  await expect(page.locator('[data-save-state]')).not.toHaveAttribute('data-save-state', 'saved');
});
