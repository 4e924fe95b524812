// Backup and restore: everything as one file, restored with a preview; a bad file changes nothing;
// a reminder appears when nothing has been backed up for 30 days.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { App } from './support/app';

test('back up everything, delete, restore from the file with a preview', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(page.getByTestId('storage-status')).toContainText('已用');
  await app.createEnterprise('备份测试企业');
  await app.openReturn('annual:2020');
  await app.fill('T2.F01.thisYear', '777');
  await app.saved();
  await page.getByRole('link', { name: '企业列表' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  const file = await (await downloading).path();
  expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('softstat-backup');
  await expect(page.getByText('上次备份：')).toBeVisible();

  await page.getByRole('button', { name: '删除“备份测试企业”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有企业')).toBeVisible();

  // A file that is not a backup: a clear message, nothing restored.
  await page
    .getByTestId('backup-file')
    .setInputFiles({ name: '随便.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await expect(page.getByRole('alert')).toContainText('不是本应用的备份文件');
  await expect(page.getByText('还没有企业')).toBeVisible();

  await page.getByTestId('backup-file').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(dialog).toContainText('1 家企业');
  await dialog.getByRole('button', { name: '合并' }).click();
  await page.getByRole('link', { name: '备份测试企业' }).click();
  await app.openReturn('annual:2020');
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('777.00');
});

test('a reminder appears when nothing has been backed up for 30 days', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('提醒测试企业');
  await page.getByRole('link', { name: '企业列表' }).click();
  await expect(page.getByText('已超过 30 天没有备份')).toHaveCount(0);
  await page.clock.install({ time: Date.now() + 31 * 24 * 3600_000 });
  await page.reload();
  await expect(page.getByText('已超过 30 天没有备份')).toBeVisible();
});
