// Exchange files: a full annual return goes out as XLSX and JSON and comes back exactly (through
// the import preview), an import can be undone, and bad files are refused with stored data
// byte-for-byte unchanged.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect } from './support/fixtures';
import { App, fixtureCells } from './support/app';
import { dumpDatabase } from './support/idb';

test.describe.configure({ timeout: 120_000 });

async function exportFile(app: App, label: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: label }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('XLSX and JSON round trip through the import preview, and the import can be undone', async ({
  page,
}) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('导出企业');
  await app.openReturn('annual:2020');
  const cells = fixtureCells('clean-annual');
  await app.fillAll(cells);
  await app.fill('T3.Y17.lastYear', '70');
  await app
    .finding('Y-YOY')
    .getByRole('textbox', { name: '审核说明' })
    .fill('年内新招聘研发人员五十人，属实');
  await expect(app.status()).toHaveText('可上报');
  await app.saved();
  const xlsx = await exportFile(app, '导出 Excel');
  const json = await exportFile(app, '导出 JSON');
  expect(xlsx.name).toBe('91500103MA5U00000D_2020_年报.xlsx');
  expect(json.name).toBe('91500103MA5U00000D_2020_年报.json');
  // A return that passes the checks goes out as 可上报 (status ready), in both files alike.
  expect(JSON.parse(json.bytes.toString('utf8')).status).toBe('ready');

  for (const file of [xlsx, json]) {
    await page.goto('./');
    await app.createEnterprise(`导入企业 ${file.name.slice(-4)}`);
    await app.openReturn('annual:2020');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
    const preview = page.getByRole('dialog', { name: `导入“${file.name}”` });
    await expect(preview.getByTestId('import-summary')).toContainText('1 条审核说明');
    await expect(preview.getByTestId('import-other-enterprise')).toHaveCount(0);
    await expect(preview.locator('tr[data-diff="T2.F01.thisYear"]')).toContainText('5000');
    await preview.getByRole('button', { name: '确认导入' }).click();
    await expect(app.status()).toHaveText('可上报');
    await app.saved();
    for (const [ref, raw] of Object.entries({ ...cells, 'T3.Y17.lastYear': '70' })) {
      if (ref.startsWith('T1.')) continue;
      await app.showTable(ref.split('.')[0] ?? '');
      const shown = await app.cell(ref).inputValue();
      expect(
        shown
          .replace(/,/g, '')
          .replace(/\.0+$/, '')
          .replace(/(\.\d*?)0+$/, '$1'),
        ref,
      ).toBe(raw.replace(/\.0+$/, ''));
    }
  }

  // Another enterprise's file (its credit code differs from this enterprise's) is said plainly
  // in the preview; a new enterprise without a code gets no such warning (checked above).
  await page.goto('./');
  await app.createEnterprise('另一家企业', '91500000MA5U000023');
  await app.openReturn('annual:2020');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
  const other = page.getByRole('dialog', { name: `导入“${json.name}”` });
  await expect(other.getByTestId('import-other-enterprise')).toContainText(
    '文件中的统一社会信用代码是 91500103MA5U00000D，本企业是 91500000MA5U000023',
  );
  await other.getByRole('button', { name: '取消' }).click();

  // Undo the last import: the return is empty again.
  await page.goto('./');
  await app.createEnterprise('撤销导入企业');
  await app.openReturn('annual:2020');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await page.getByRole('dialog').getByRole('button', { name: '确认导入' }).click();
  await app.showTable('T2');
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('5,000.00');
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('');
});

test('bad files are refused with a clear message and stored data unchanged', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('坏文件企业');
  await app.openReturn('annual:2020');
  await app.fill('T2.F01.thisYear', '123');
  await app.saved();
  const before = await dumpDatabase(page);
  const bad: { name: string; buffer: Buffer; says: RegExp }[] = [
    {
      name: 'random.xlsx',
      buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      says: /无法识别|不是/,
    },
    {
      name: 'truncated.xlsx',
      buffer: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]),
      says: /损坏|不完整|无法/,
    },
    {
      name: 'future.json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'softstat-report',
          formatVersion: 99,
          edition: '2020',
          kind: 'annual',
          period: '2020',
          cells: {},
        }),
      ),
      says: /版本/,
    },
    {
      name: 'edition.json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'softstat-report',
          formatVersion: 1,
          edition: '2099',
          kind: 'annual',
          period: '2020',
          cells: {},
        }),
      ),
      says: /统计制度|edition|2099/,
    },
    { name: 'big.json', buffer: Buffer.alloc(11 * 1024 * 1024, 32), says: /10 MB|过大|超过/ },
  ];
  for (const file of bad) {
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    const problems = page.getByTestId('import-problems');
    await expect(problems, file.name).toContainText(file.says);
    await expect(problems).toContainText('已有数据未改变');
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).first().click();
    await expect(problems).toHaveCount(0);
  }
  // A wrong checksum is a warning in the preview (exchange.md), never a silent import; a
  // __proto__ key is just an unknown cell. Cancelling stores nothing.
  const tampered = Buffer.from(
    '{"format":"softstat-report","formatVersion":1,"edition":"2020","kind":"annual","period":"2020","status":"draft","cells":{"__proto__":"x","T2.F01.thisYear":"999"},"explanations":{},"sha256":"00"}',
  );
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: tampered });
  const preview = page.getByRole('dialog', { name: '导入“tampered.json”' });
  await expect(preview).toContainText('文件在导出后被修改过');
  await expect(preview.locator('tr[data-diff="T2.F01.thisYear"]')).toContainText('999');
  await preview.getByRole('button', { name: '取消' }).click();
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('x');

  // The page stayed responsive and nothing stored changed.
  await app.fill('T2.F03.thisYear', '');
  expect(await dumpDatabase(page)).toBe(before);
});

test('a copy edited in Excel is detected: the preview names the changed cells; cancel keeps everything', async ({
  page,
}) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('改过的文件企业');
  await app.openReturn('annual:2020');
  await app.fill('T2.F01.thisYear', '100');
  await app.fill('T2.F03.thisYear', '40');
  await app.saved();
  const xlsx = await exportFile(app, '导出 Excel');

  // Someone opens the export in a spreadsheet program and changes 资产总计.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('软统企2表');
  let edited = false;
  sheet?.eachRow((row) => {
    if (row.getCell(2).value === 'F01') {
      row.getCell(4).value = 150;
      edited = true;
    }
  });
  expect(edited).toBe(true);
  const changed = Buffer.from(await workbook.xlsx.writeBuffer());

  const before = await dumpDatabase(page);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: xlsx.name, mimeType: 'application/octet-stream', buffer: changed });
  const preview = page.getByRole('dialog', { name: `导入“${xlsx.name}”` });
  await expect(preview).toContainText('以下格子在导出后被修改过');
  await expect(preview.locator('tr[data-diff="T2.F01.thisYear"]')).toContainText('150');
  await expect(preview.locator('tr[data-diff]')).toHaveCount(1);
  await preview.getByRole('button', { name: '取消' }).click();
  await expect(app.cell('T2.F01.thisYear')).toHaveValue('100.00');
  expect(await dumpDatabase(page)).toBe(before);
});

test('hostile text carried in an imported file renders as text', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('XSS 导入企业');
  await app.openReturn('annual:2020');
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const file = Buffer.from(
    JSON.stringify({
      format: 'softstat-report',
      formatVersion: 1,
      edition: '2020',
      kind: 'annual',
      period: '2020',
      cells: { 'T1.B03.value': payload, 'T1.B04.value': payload },
      explanations: { 'X@T1.B03.value': payload },
    }),
  );
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: `${payload}.json`, mimeType: 'application/json', buffer: file });
  const preview = page.getByRole('dialog');
  await expect(preview.locator('tr[data-diff="T1.B03.value"]')).toContainText(payload);
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(app.cell('T1.B04.value')).toHaveValue(payload);
  await page.getByRole('link', { name: '打印预览' }).click();
  await expect(page.locator('[data-print-table="T1"]')).toContainText(payload);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
