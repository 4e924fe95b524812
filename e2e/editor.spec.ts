// The foundation story: an enterprise statistician creates the enterprise, fills the annual
// return, sees computed totals follow, and finds every figure still there after a reload.
import { test, expect } from './support/fixtures';
import { App } from './support/app';

test('create an enterprise, fill the balance sheet, reload: everything persists', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(page.getByText('还没有企业')).toBeVisible();
  await app.createEnterprise('重庆示例软件有限公司');
  await app.openReturn('annual:2020');

  // The enterprise's name is already in T1.
  await expect(app.cell('T1.B03.value')).toHaveValue('重庆示例软件有限公司');

  await app.fill('T1.B04.value', '重庆市渝北区示例路 1 号');
  await app.fill('T1.B13.value', '否');
  await app.fill('T2.F01.thisYear', '１２,３４５.６'); // full-width digits and a separator are fine
  await app.fill('T2.F03.thisYear', '5000');
  await app.fill('T2.F04.thisYear', '7345.6');
  await app.cell('T2.F10.thisYear').focus(); // leave F04 so it shows 千分位
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('12,345.60');
  await expect(page.getByTestId('help-text')).toContainText('营业收入');
  await app.saved();

  await page.reload();
  await expect(app.cell('T1.B04.value')).toHaveValue('重庆市渝北区示例路 1 号');
  await expect(app.cell('T1.B13.value')).toHaveValue('否');
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('12,345.60');
  await expect(app.cell('T2.F04.thisYear')).toHaveValue('7,345.60');
  await expect(app.finding('T2-BALANCE')).toHaveCount(0);
});

test('a computed total follows its parts as the user types', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('合计测试企业');
  await app.openReturn('annual:2020');
  await app.showTable('T3');
  const total = app.cell('T3.Y01.thisYear');
  await expect(total).toHaveAttribute('readonly', '');
  await app.fill('T3.Y02.thisYear', '100');
  await app.fill('T3.Y05.thisYear', '23.45');
  await expect(total).toHaveValue(/123\.45/);
  await app.fill('T3.Y05.thisYear', '');
  await expect(total).toHaveValue(/100\.00/);
});

test('an unbalanced balance sheet is reported with both sides and the difference; a click lands on F01', async ({
  page,
}) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('平衡测试企业');
  await app.openReturn('annual:2020');
  await app.fill('T2.F01.thisYear', '12345');
  await app.fill('T2.F03.thisYear', '6000');
  await app.fill('T2.F04.thisYear', '6000');
  const finding = app.finding('T2-BALANCE').first();
  await expect(finding).toContainText('资产总计（F01）');
  await expect(finding).toContainText('12,345.00');
  await expect(finding).toContainText('12,000.00');
  await expect(finding).toContainText('相差 345.00 万元');
  await expect(app.status()).toHaveText('有必改错误');

  await app.showTable('T1'); // the jump must switch tabs by itself
  await finding.getByRole('button').click();
  await expect(app.tab('T2')).toHaveAttribute('aria-selected', 'true');
  await expect(app.cell('T2.F01.thisYear')).toBeFocused();
  await expect(app.cell('T2.F01.thisYear')).toHaveClass(/highlight/);
  await expect(app.cell('T2.F03.thisYear')).toHaveClass(/highlight/);
  await expect(app.cell('T2.F01.thisYear')).toHaveAttribute('aria-invalid', 'true');
});

test('Enter and the arrow keys move between cells like a spreadsheet', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('键盘测试企业');
  await app.openReturn('annual:2020');
  await app.showTable('T2');
  await app.cell('T2.F01.thisYear').focus();
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expect(app.cell('T2.F02.thisYear')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(app.cell('T2.F01.thisYear')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(app.cell('T2.F01.lastYear')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.cell('T2.F02.lastYear')).toBeFocused();
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('10.00');
});

test('a monthly return takes 本年上期累计 from the stored previous month', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('月报测试企业');
  await app.openReturn('monthly:2021-02');
  await app.fill('M.2010.ytd', '500');
  await app.fill('M.2021.ytd', '120');
  await app.saved();
  await page.locator('.breadcrumb a').nth(1).click();
  await app.openReturn('monthly:2021-03');
  await expect(app.cell('M.2010.ytdPreviousMonth')).toHaveValue('500.00');
  await expect(app.cell('M.2021.ytdPreviousMonth')).toHaveValue('120.00');
  await expect(app.cell('M.2010.ytdPreviousMonth')).toHaveAttribute('readonly', '');
  await app.fill('M.2010.ytd', '400'); // below February: the year-to-date figure went down
  await expect(page.locator('.finding[data-key="M-DECREASE@M.2010.ytd"]')).toHaveCount(1);
  await app.saved();
  await page.reload();
  await expect(app.cell('M.2010.ytdPreviousMonth')).toHaveValue('500.00');
});

test('pasting a block from Excel fills the matching cells and says what was skipped', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('粘贴测试企业');
  await app.openReturn('monthly:2021-01');
  const paste = (ref: string, text: string) =>
    app.cell(ref).evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  // A block copied with its code column (codes as numbers, one unknown).
  await paste('M.2010.ytd', '2010\t300\t250\r\n2021\t100\t80\r\n8888\t1\t1\r\n');
  await expect(app.cell('M.2010.ytd')).toHaveValue('300.00');
  await expect(app.cell('M.2010.ytdLastYear')).toHaveValue('250.00');
  await expect(app.cell('M.2021.ytd')).toHaveValue('100.00');
  await expect(page.getByRole('status').filter({ hasText: '已粘贴 4 个格子，跳过 1 个' })).toBeVisible();
  await expect(page.getByText('第 3 行“8888 1 1”的代码不在本表中')).toBeVisible();
  // One undo takes the whole paste back, one redo puts it all again.
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  for (const ref of ['M.2010.ytd', 'M.2010.ytdLastYear', 'M.2021.ytd', 'M.2021.ytdLastYear'])
    await expect(app.cell(ref)).toHaveValue('');
  await page.getByRole('button', { name: '重做', exact: true }).click();
  await expect(app.cell('M.2010.ytd')).toHaveValue('300.00');
  await expect(app.cell('M.2021.ytdLastYear')).toHaveValue('80.00');
  // A plain column of numbers fills down.
  await paste('M.2111.ytd', '40\n35');
  await expect(app.cell('M.2111.ytd')).toHaveValue('40.00');
  await expect(app.cell('M.2112.ytd')).toHaveValue('35');
  await app.saved();
});
