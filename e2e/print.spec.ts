// Printing: each table on A4 portrait with the form's header, computed values and signature
// lines, then a page of findings and explanations.
import { test, expect } from './support/fixtures';
import { App, fixtureCells } from './support/app';

test('the print view makes an A4 PDF with one page per table and a findings page', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new App(page);
  await app.open();
  await app.createEnterprise('打印测试企业');
  await app.openReturn('annual:2020');
  await app.fillAll(fixtureCells('clean-annual'));
  await app.fill('T3.Y17.lastYear', '70'); // one verify finding, explained
  await app
    .finding('Y-YOY')
    .getByRole('textbox', { name: '审核说明' })
    .fill('年内新招聘研发人员五十人，人数增加属实');
  await app.saved();
  await page.getByRole('link', { name: '打印预览' }).click();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  const sections = page.locator('.print-page');
  await expect(sections).toHaveCount(6); // T1–T5 and the findings page
  const t2 = page.locator('[data-print-table="T2"]');
  await expect(t2).toContainText('表号：软统企2表');
  await expect(t2).toContainText('统一社会信用代码：');
  await expect(t2).toContainText('报告期：2020 年统计年报');
  await expect(t2).toContainText('单位负责人');
  await expect(t2).toContainText('5,000.00'); // 资产总计
  await expect(page.locator('[data-print-table="T3"]')).toContainText('2,500.00'); // computed 软件业务收入
  const findings = page.locator('[data-print-table="findings"]');
  await expect(findings).toContainText('Y-YOY');
  await expect(findings).toContainText('年内新招聘研发人员五十人');

  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(6);
  // A4 portrait: 595 × 842 points on every page.
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  expect(boxes.length).toBeGreaterThanOrEqual(pages);
  for (const [w, h] of boxes) {
    expect(Math.round(w ?? 0)).toBe(595);
    expect(Math.round(h ?? 0)).toBe(842);
  }
});
