// District mode: drop 20 files (2 broken, 1 duplicate) into a batch; the board shows the 17
// enterprises, the broken files with reasons; the summary workbook downloads and a second reader
// (ExcelJS) finds the right totals.
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect } from './support/fixtures';

const dir = new URL('./fixtures/district/', import.meta.url);
const expected = JSON.parse(
  readFileSync(new URL('./fixtures/district-expected.json', import.meta.url), 'utf8'),
) as {
  enterprises: number;
  F10KeepNewer: number;
  Y01: number;
};

test('intake of 20 files, duplicates kept newer, board, summary workbook read by ExcelJS', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const good = readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
  const files = [
    ...good.map((f, i) => ({ name: f.name, text: f.text, lastModified: Date.UTC(2021, 2, 1) + i * 60_000 })),
    { name: '损坏的文件.xlsx', text: 'PK\u0003\u0004 not really a zip', lastModified: 0 },
    {
      name: '别的报告期.json',
      text: good[0]?.text.replace('"period": "2020"', '"period": "2019"') ?? '',
      lastModified: 0,
    },
  ];
  expect(files).toHaveLength(20);

  await page.goto('./');
  await page.getByRole('link', { name: '区县审核' }).click();
  await page.getByRole('button', { name: '新建审核批次' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { name: /全部 · 2020 年统计年报/ })).toBeVisible();

  // Drop them all at once, as an officer drags a selection from the file manager.
  await page.getByTestId('drop-zone').evaluate((zone, list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { lastModified: f.lastModified }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
  const duplicates = page.getByRole('dialog', { name: '发现重复文件' });
  await expect(duplicates).toContainText('1 家企业');
  await duplicates.getByRole('button', { name: '保留较新的' }).click();
  await expect(page.getByTestId('intake-progress')).toContainText('已处理 20 / 20 个文件');

  const board = page.getByTestId('board');
  await expect(board.locator('tbody tr')).toHaveCount(expected.enterprises);
  await expect(page.getByRole('heading', { name: /无法使用的文件（2）/ })).toBeVisible();
  await expect(page.locator('[data-failed="损坏的文件.xlsx"]')).toContainText(/损坏|无法/);
  await expect(page.locator('[data-failed="别的报告期.json"]')).toContainText(/2019|报告期/);

  // The batch survives a reload.
  await page.reload();
  await expect(board.locator('tbody tr')).toHaveCount(expected.enterprises);
  await page.getByRole('searchbox', { name: '搜索名称或代码' }).fill('区县测试企业01');
  await expect(board.locator('tbody tr')).toHaveCount(1);
  await expect(board.locator('tbody tr').first()).toContainText('3,900.00');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载汇总表（Excel）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('汇总_全部_2020.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('汇总');
  expect(sheet, 'sheet 汇总').toBeDefined();
  const totals = new Map<string, number>();
  sheet?.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    const code = values.find((v) => typeof v === 'string' && /^(F10|Y01)$/.test(v));
    const sum = values.find((v) => typeof v === 'number');
    if (typeof code === 'string' && typeof sum === 'number' && !totals.has(code)) totals.set(code, sum);
  });
  expect(totals.get('F10')).toBe(expected.F10KeepNewer);
  expect(totals.get('Y01')).toBe(expected.Y01);

  // Review: sending back needs a note saying what to correct; with one, the decision is stored,
  // and the return leaves the totals.
  await board.locator('tbody tr').first().getByRole('link').click();
  // The breadcrumb names the batch.
  const crumb = page.getByRole('navigation', { name: '位置' }).getByRole('link').nth(1);
  await expect(crumb).not.toHaveText('返回批次');
  await expect(crumb).not.toHaveText('');
  await page.getByRole('button', { name: '退回', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '退回时请在审核意见中写明需要改正的内容' }),
  ).toBeVisible();
  await expect(page.getByTestId('decision')).toHaveText('待审核');
  await page.getByRole('textbox', { name: /审核意见/ }).fill('营业收入与财务报表不一致，请核对。');
  await page.getByRole('button', { name: '退回', exact: true }).click();
  await expect(page.getByTestId('decision')).toHaveText('退回');
  await page.goBack();
  await expect(page.getByTestId('summary-counted')).toContainText('退回的 1 家');
});
