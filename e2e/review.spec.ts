// The review story: a complete, consistent annual return with one figure the official platform
// will ask about; the enterprise writes a 审核说明 and the badge turns 可上报.
import { test, expect } from './support/fixtures';
import { App, fixtureCells } from './support/app';

test('explaining the last verify finding makes the return 可上报', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new App(page);
  await app.open();
  await app.createEnterprise('说明测试企业');
  await app.openReturn('annual:2020');

  await app.fillAll(fixtureCells('clean-annual'));
  await expect(page.getByTestId('findings-summary')).toContainText('必改错误 0 条，核实性错误 0 条');
  await expect(app.status()).toHaveText('可上报');

  // Staff last year 70 → this year 120: a change of more than 50 % the platform will query.
  await app.fill('T3.Y17.lastYear', '70');
  const finding = app.finding('Y-YOY');
  await expect(finding).toHaveCount(1);
  await expect(app.status()).toHaveText('待说明');
  const box = finding.getByRole('textbox', { name: '审核说明' });
  await box.fill('新业务扩张');
  await expect(finding).toContainText('还需');
  await expect(app.status()).toHaveText('待说明');
  await box.pressSequentially('，年内新招聘研发人员五十人');
  await expect(finding).toContainText('已说明');
  await expect(app.status()).toHaveText('可上报');
  await app.saved();

  await page.reload();
  await expect(app.status()).toHaveText('可上报');
  await page.locator('.breadcrumb a').nth(1).click(); // the name is now T1's 单位详细名称
  await expect(page.locator('tr[data-return="annual:2020"] .badge')).toHaveText('可上报');
});
