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
  await expect(page).toHaveTitle('Software Statistics Pre-check'); // the browser tab's title too
  await page.locator('tr[data-return="annual:2020"]').getByRole('link').click();
  await app.showTable('T2');
  await expect(page.getByRole('rowheader', { name: /资产总计 \(Total assets\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check results' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Check results' })).toBeVisible();
  await expect(page).toHaveTitle('Software Statistics Pre-check');
  // The scope line's label is joined with English punctuation, not the Chinese full-width colon.
  await expect(page.locator('.identity-summary')).not.toContainText('：');
  // No Chinese UI chrome is left in English mode (indicator names and user data aside).
  const chrome = await page.locator('header, .editor-head, .findings h2, .tab-list').allInnerTexts();
  expect(chrome.join(' ')).not.toMatch(/审核结果|已保存|企业列表|撤销|历史版本/);
  await page.getByRole('button', { name: 'Switch interface language' }).click();
  await expect(page.getByRole('heading', { name: '审核结果' })).toBeVisible();
  await expect(page).toHaveTitle('软件业统计报表预审');
});

test('in English, findings, 口径, rule texts, units and scope are English too', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('英文测试企业');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await page.locator('tr[data-return="annual:2020"]').getByRole('link').click();
  await app.fill('T2.F01.thisYear', '12000');
  await app.fill('T2.F03.thisYear', '5000');
  await app.fill('T2.F04.thisYear', '6000');
  const balance = app.finding('T2-BALANCE');
  await expect(balance).toContainText('资产总计 (F01, Total assets)');
  await expect(balance).toContainText('10k yuan');
  await expect(balance).not.toContainText('请'); // the Chinese message's "please …" is gone
  // Outside indicator names and quoted user data, the findings panel has no Chinese left.
  const panel = (await page.locator('.findings .finding').allInnerTexts())
    .join('\n')
    .replace(/\S*\s\([A-Z]\d{2,4}, [^)]*\)/g, '') // "资产总计 (F01, Total assets)"
    .replace(/“[^”]*”/g, '')
    .replace(/万元|万美元|\(审核说明\)/g, ''); // units, and the official term the label glosses
  expect(panel).not.toMatch(/[\u4e00-\u9fff]/);
  // The help panel shows the English 口径; the unit column is English.
  await app.cell('T2.F01.thisYear').focus();
  const help = page.getByTestId('help-text');
  await expect(help).not.toContainText('期末数'); // the Chinese 口径 says 资产负债表“资产总计”期末数…
  await expect(help).toHaveText(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
  await expect(page.locator('[data-grid="T2"] td.unit').first()).toHaveText('10k yuan');
  // The rules page is generated from the same data, in English.
  await page.goto('./#/help/rules');
  const row = page.locator('tr[data-rule="T2-BALANCE"]');
  await expect(row).toContainText('Total assets');
  await expect(row.locator('.rules-text').first()).not.toHaveText(/应等于/);
});

test('in English, a refused file is explained in English', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('英文测试企业');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await page.locator('tr[data-return="annual:2020"]').getByRole('link').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'random.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  });
  const problems = page.getByTestId('import-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toHaveText(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
  expect((await problems.innerText()).replace(/“[^”]*”|"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
});
