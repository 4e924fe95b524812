// English: every visible string switches; indicator names stay Chinese with an English gloss;
// the choice persists across reloads.
import { test, expect } from './support/fixtures';
import { App } from './support/app';

test('switch to English, keep Chinese indicator names with a gloss, persist the choice', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('英文测试企业');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(page.getByRole('heading', { name: 'Returns of 英文测试企业' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('tr[data-return="annual:2020"]').getByRole('link').click();
  await app.showTable('T2');
  await expect(page.getByRole('rowheader', { name: /资产总计 \(Total assets\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check results' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Check results' })).toBeVisible();
  // No Chinese UI chrome is left in English mode (indicator names and user data aside).
  const chrome = await page.locator('header, .editor-head, .findings h2, .tab-list').allInnerTexts();
  expect(chrome.join(' ')).not.toMatch(/审核结果|已保存|企业列表|撤销|历史版本/);
  await page.getByRole('button', { name: 'Switch interface language' }).click();
  await expect(page.getByRole('heading', { name: '审核结果' })).toBeVisible();
});
