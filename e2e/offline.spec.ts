// Training rooms have poor networks: after one visit the app loads and works offline (service
// worker), and the single-file build works when opened from disk, storage included.
import { fileURLToPath } from 'node:url';
import { test, expect } from './support/fixtures';
import { App } from './support/app';

test('after one visit the app loads and saves with the network off', async ({ page, context }) => {
  const app = new App(page);
  await app.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit must be controlled (clientsClaim) before going offline.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await app.createEnterprise('离线企业');
  await app.openReturn('annual:2020');
  await app.fill('T2.F01.thisYear', '100');
  await app.saved();
  await page.reload();
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('100.00');
  await context.setOffline(false);
});

test('the single-file build works from file://, IndexedDB included', async ({ page }) => {
  const file = fileURLToPath(new URL('../dist-single/index.html', import.meta.url));
  await page.goto(`file://${file}`);
  const app = new App(page);
  await expect(page.getByRole('heading', { name: '企业', exact: true })).toBeVisible();
  await app.createEnterprise('U盘培训企业');
  await app.openReturn('annual:2020');
  await app.fill('T2.F01.thisYear', '2,000');
  await app.saved();
  await page.reload();
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('2,000.00');
});
