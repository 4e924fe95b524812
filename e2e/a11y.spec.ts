// Accessibility: no serious or critical axe-core violation on any screen, dialogs included.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { App } from './support/app';

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(bad, `axe violations on ${screen}`).toEqual([]);
}

test('every screen passes axe (serious and critical)', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new App(page);
  await app.open();
  await expectAccessible(page, 'home (empty)');
  await page.getByRole('button', { name: '新建企业' }).click();
  await expectAccessible(page, 'create dialog');
  await page.getByRole('dialog').getByLabel('单位详细名称').fill('无障碍测试企业');
  await page.getByRole('dialog').getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { name: '无障碍测试企业 的报表' })).toBeVisible();
  await expectAccessible(page, 'returns');
  await app.openReturn('annual:2020');
  await expectAccessible(page, 'editor T1');
  await app.fill('T2.F01.thisYear', '100');
  await app.fill('T3.Y17.thisYear', '120');
  await app.fill('T3.Y17.lastYear', '10');
  await expectAccessible(page, 'editor T3 with findings');
  await app.saved();
  await page.getByRole('button', { name: '历史版本' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'history dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: '打印预览' }).click();
  await expect(page.locator('.print-page').first()).toBeVisible();
  await expectAccessible(page, 'print view');
  await page.goto('./');
  await expectAccessible(page, 'home (with data)');
});

test('training, district and help screens pass axe too', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/training');
  await page.getByRole('button', { name: '载入示例企业' }).click();
  await expect(page.locator('.training-item')).toHaveCount(5);
  await expectAccessible(page, 'training');
  await page.goto('./#/district');
  await expectAccessible(page, 'district (empty)');
  await page.getByRole('button', { name: '新建审核批次' }).click();
  await expectAccessible(page, 'new batch dialog');
  await page.getByRole('dialog').getByRole('button', { name: '创建' }).click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await expectAccessible(page, 'batch');
  await page.goto('./#/help/rules');
  await expect(page.locator('main h1')).toBeVisible();
  await expectAccessible(page, 'rules help');
  await page.goto('./#/help/workflow');
  await expect(page.locator('main h1')).toBeVisible();
  await expectAccessible(page, 'workflow help');
});
