// 培训模式: sample enterprises in a marked sandbox, never mixed with real data; fixing a planted
// mistake moves the progress; reset brings the samples back.
import { test, expect } from './support/fixtures';
import { App } from './support/app';

test('training: load samples, fix the unbalanced balance sheet, see progress, reset', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('真实企业');
  await page.getByRole('link', { name: '培训模式' }).click();
  await expect(page.getByRole('note')).toContainText('只用于练习');
  await page.getByRole('button', { name: '载入示例企业' }).click();
  const items = page.locator('.training-item');
  await expect(items).toHaveCount(5);
  await expect(page.getByText('真实企业')).toHaveCount(0); // real data is not listed here

  const balance = page.locator('[data-training="balance"]');
  await expect(balance.getByTestId('training-progress')).toHaveText('已改正 0 / 1 处错误');
  await balance.locator('a.training-return').click();
  await expect(page.getByTestId('training-banner')).toBeVisible();
  await app.fill('T2.F04.thisYear', '3000');
  await expect(app.status()).not.toHaveText('有必改错误');
  await app.saved();
  await page.locator('.breadcrumb a').first().click();
  await expect(page.locator('[data-training="balance"]').getByTestId('training-progress')).toHaveText(
    /全部 1 处错误都已改正/,
  );

  // The main list never shows training enterprises.
  await page.getByRole('link', { name: '退出培训模式' }).click();
  await expect(page.locator('table.list-table tbody tr')).toHaveCount(1);

  await page.getByRole('link', { name: '培训模式' }).click();
  await page.getByRole('button', { name: '重置培训数据' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '重置培训数据' }).click();
  await expect(page.locator('[data-training="balance"]').getByTestId('training-progress')).toHaveText(
    '已改正 0 / 1 处错误',
  );
  await expect(items).toHaveCount(5);
});
