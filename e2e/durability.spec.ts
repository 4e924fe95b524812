// Nothing lost: a keystroke survives closing the page right after it, and two tabs editing the
// same return at once both keep their edits.
import { test, expect } from './support/fixtures';
import { App } from './support/app';

test('a value typed just before the page closes is there when it reopens', async ({ page, context }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('关闭测试企业');
  await app.openReturn('annual:2020');
  await app.showTable('T2');
  const url = page.url();
  await app.cell('T2.F01.thisYear').fill('4321');
  await page.close({ runBeforeUnload: true }); // well within 100 ms of the keystroke, before the 250 ms debounce

  const again = await context.newPage();
  await again.goto(url);
  const app2 = new App(again);
  await app2.showTable('T2');
  await expect(app2.cell('T2.F01.thisYear')).toHaveValue('4,321.00');
});

test('two pages on the same return edit different cells at once: both edits survive', async ({
  page,
  context,
}) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('双标签企业');
  await app.openReturn('annual:2020');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  const app2 = new App(other);
  await app.showTable('T2');
  await app2.showTable('T2');
  await Promise.all([app.fill('T2.F01.thisYear', '100'), app2.fill('T2.F03.thisYear', '40')]);
  await Promise.all([app.saved(), app2.saved()]);
  // Each page sees the other's edit (liveQuery), and a fresh load has both.
  await expect(app.cell('T2.F03.thisYear')).toHaveValue('40.00');
  await expect(app2.cell('T2.F01.thisYear')).toHaveValue('100.00');
  await page.reload();
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('100.00');
  await expect(app.cell('T2.F03.thisYear')).toHaveValue('40.00');
});

test('undo and redo whole cell edits; the history lists versions and restores one', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('历史测试企业');
  await app.openReturn('annual:2020');
  await app.showTable('T2');
  await app.cell('T2.F01.thisYear').fill('100');
  await app.saved();
  await app.cell('T2.F03.thisYear').focus();
  await page.keyboard.type('40');
  await page.keyboard.press('Control+z');
  await expect(app.cell('T2.F03.thisYear')).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(app.cell('T2.F03.thisYear')).toHaveValue('40');
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(app.cell('T2.F03.thisYear')).toHaveValue('');
  await app.saved();

  await page.getByRole('button', { name: '历史版本' }).click();
  const dialog = page.getByRole('dialog', { name: '历史版本' });
  // The version that first had F01 = 100 says so.
  await expect(dialog.getByText('资产总计 本年：— → 100')).toBeVisible();
  const versions = dialog.locator('li[data-revision]');
  const count = await versions.count();
  expect(count).toBeGreaterThanOrEqual(2);
  // Restore the oldest version: the return is empty again (F01 blank).
  await versions.last().getByRole('button', { name: '恢复到此版本' }).click();
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('');
  await page.reload();
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('');
});

test('a full disk shows a clear message and loses nothing saved before', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('空间已满企业');
  await app.openReturn('annual:2020');
  await app.showTable('T2');
  await app.cell('T2.F01.thisYear').fill('100');
  await app.saved();
  // From now on every IndexedDB write fails as when the quota is exhausted.
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });
  await app.cell('T2.F03.thisYear').fill('40');
  await expect(page.locator('[data-save-state="failed"]')).toContainText('浏览器存储空间已满');
  // The page never claims it saved.
  await expect(page.locator('[data-save-state]')).not.toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('100.00');
});
