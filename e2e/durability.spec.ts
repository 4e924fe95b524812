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
