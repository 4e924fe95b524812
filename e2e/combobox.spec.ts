// The long code lists (区划代码, 1,381 行业代码) are Kobalte comboboxes: typing a word of the name
// narrows the list, the keyboard picks, Esc never clears, a code outside the list is kept as typed
// (the rules report it), and the open list passes axe.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { App } from './support/app';

test('pick an industry by a word of its name with the keyboard; Esc keeps the value', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('重庆示例软件有限公司');
  await app.openReturn('annual:2020');

  const industry = app.cell('T1.B09.value');
  await expect(industry).toHaveAttribute('role', 'combobox');
  await industry.focus();
  await page.keyboard.type('应用软件');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  const option = listbox.getByRole('option', { name: /6513\s*应用软件开发/ });
  await expect(option).toBeVisible();
  // Every option shown matches what was typed.
  for (const text of await listbox.getByRole('option').allInnerTexts()) expect(text).toContain('应用软件');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(industry).toHaveValue('6513');
  await expect(listbox).toBeHidden();
  await page.keyboard.press('Escape'); // list closed: nothing is cleared
  await expect(industry).toHaveValue('6513');
  await app.saved();

  // A region typed as a code that is not in the list is kept, and the rules name it.
  const region = app.cell('T1.B05.value');
  await app.fill('T1.B05.value', '999999');
  await app.cell('T1.B03.value').focus();
  await expect(region).toHaveValue('999999');
  // Undo and redo reach the combobox: the region goes back to blank and returns.
  await region.focus();
  await page.keyboard.press('Control+z');
  await expect(region).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(region).toHaveValue('999999');
  await app.saved();

  await page.reload();
  await expect(app.cell('T1.B09.value')).toHaveValue('6513');
  await expect(app.cell('T1.B05.value')).toHaveValue('999999');
  await expect(page.locator('.finding[data-key^="B-"][data-key*="T1.B05"]')).not.toHaveCount(0);
});
