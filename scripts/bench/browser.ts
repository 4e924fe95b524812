// Browser figures for `npm run bench`, in Debian's headless Chromium against `vite preview`:
// navigation → interactive editor with a full return, keystroke → findings updated at 4× CPU
// throttling, and district intake of N generated XLSX files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { setCells, toStoredForm } from '../../src/core/index';
import { usccCheckChar } from '../../src/core/uscc/verifyUscc';
import { cleanAnnualReport } from '../../src/core/rules/testing/sampleReports';
import { writeWorkbook } from '../../src/excel/writeWorkbook';
import { percentile } from './measure';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
}

/** A backup file holding one enterprise with a complete annual return. */
function backupWithFullReturn(): { text: string; editorHash: string } {
  const now = new Date().toISOString();
  const id = 'bench-enterprise';
  const report = cleanAnnualReport();
  const dump = {
    format: 'softstat-backup',
    formatVersion: 1,
    exportedAt: now,
    enterprises: [
      {
        id,
        workspace: 'main',
        name: '基准测试企业',
        uscc: '91500103MA5U00000D',
        createdAt: now,
        updatedAt: now,
      },
    ],
    returns: [
      {
        id: `${id}:annual:2020`,
        enterpriseId: id,
        kind: 'annual',
        period: '2020',
        data: toStoredForm(report),
        version: 1,
        updatedAt: now,
      },
    ],
    revisions: [],
    settings: [],
  };
  return { text: JSON.stringify(dump), editorHash: `#/e/${id}/r/annual/2020` };
}

async function seed(page: Page, base: string, out: string): Promise<string> {
  const { text, editorHash } = backupWithFullReturn();
  const file = join(out, 'bench-backup.json');
  writeFileSync(file, text);
  await page.goto(base);
  await page.getByTestId('backup-file').setInputFiles(file);
  await page.getByRole('dialog').getByRole('button', { name: '合并' }).click();
  await page.getByRole('link', { name: '基准测试企业' }).waitFor();
  return editorHash;
}

export interface EditorFigures {
  navigationMs: number[];
  keystrokeMs: number[];
}

export async function editorFigures(browser: Browser, base: string, out: string): Promise<EditorFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const hash = await seed(page, base, out);
  const navigationMs: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = Date.now();
    await page.goto(`${base}${hash}`);
    await page.reload();
    await page.locator('[data-cell="T1.B03.value"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="findings-summary"]') !== null);
    if (i > 0) navigationMs.push(Date.now() - start); // the first load warms the HTTP cache
  }
  // Keystroke → findings updated, measured in the page, at 4× CPU throttling.
  await page.locator('[role="tab"][data-table="T2"]').click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __down: number };
    w.__lat = [];
    document.addEventListener('keydown', () => (w.__down = performance.now()), true);
    const summary = document.querySelector('[data-testid="findings-summary"]');
    if (summary)
      new MutationObserver(() =>
        requestAnimationFrame(() => w.__lat.push(performance.now() - w.__down)),
      ).observe(summary, {
        childList: true,
        characterData: true,
        subtree: true,
      });
  });
  const cell = page.locator('[data-cell="T2.F04.thisYear"]');
  await cell.focus();
  for (let i = 0; i < 30; i++) {
    // Appending a digit unbalances the sheet, Backspace balances it again: the summary changes each time.
    await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
    await page.waitForTimeout(120);
  }
  const keystrokeMs = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  await context.close();
  return { navigationMs, keystrokeMs };
}

/** N synthetic, valid annual returns as XLSX files in the official layout. */
export function generateIntakeFiles(n: number, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const first17 = `91500103MA${String(1_000_000 + i).slice(-7)}`;
    const uscc = `${first17}${usccCheckChar(first17) ?? ''}`;
    const report = setCells(cleanAnnualReport(), [
      ['T1.B01.value', uscc],
      ['T1.B03.value', `基准企业${i}`],
      ['T2.F10.thisYear', String(3000 + (i % 100))],
    ]);
    const file = join(dir, `${uscc}_2020_年报.xlsx`);
    writeFileSync(file, writeWorkbook(report, [], { exportedAt: '2021-03-10T10:00:00+08:00' }));
    files.push(file);
  }
  return files;
}

export interface IntakeFigures {
  n: number;
  totalMs: number;
  perFileMs: number;
  peakHeapMb: number;
  longestTaskMs: number;
}

export async function intakeFigures(browser: Browser, base: string, files: string[]): Promise<IntakeFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}#/district`);
  await page.getByRole('button', { name: '新建审核批次' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '创建' }).click();
  await page.getByTestId('drop-zone').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number; __heap: number };
    w.__long = 0;
    w.__heap = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long = Math.max(w.__long, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    setInterval(() => {
      const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      if (m) w.__heap = Math.max(w.__heap, m.usedJSHeapSize);
    }, 100);
  });
  const start = Date.now();
  await page.getByTestId('intake-files').setInputFiles(files);
  await page
    .getByTestId('intake-progress')
    .filter({ hasText: `已处理 ${files.length} / ${files.length}` })
    .waitFor({ timeout: 600_000 });
  await page
    .locator('[data-testid="board"] tbody tr')
    .nth(files.length - 1)
    .waitFor({ timeout: 600_000 });
  const totalMs = Date.now() - start;
  const { long, heap } = await page.evaluate(() => {
    const w = window as unknown as { __long: number; __heap: number };
    return { long: w.__long, heap: w.__heap };
  });
  await context.close();
  return {
    n: files.length,
    totalMs,
    perFileMs: totalMs / files.length,
    peakHeapMb: heap / 1024 / 1024,
    longestTaskMs: long,
  };
}

export const median = (xs: number[]): number => percentile(xs, 50);
