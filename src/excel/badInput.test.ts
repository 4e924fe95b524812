// Every kind of bad input of exchange.md "Bad input": the reader answers with problems in Chinese
// naming the sheet, row and code, and never throws.
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS } from '../core';
import { MAX_CELL_TEXT, MAX_FILE_BYTES, MAX_SHEET_ROWS } from './limits';
import { readWorkbook } from './readWorkbook';
import { writeWorkbook } from './writeWorkbook';
import {
  encryptedWorkbook,
  exceljsWorkbook,
  markZipEncrypted,
  noise,
  oleFile,
  plainZip,
} from './testing/otherLibrary';
import type { Row } from './testing/otherLibrary';
import { annualSample } from './testing/samples';

const AT = '2021-03-01T10:00:00+08:00';

function problemsOf(bytes: Uint8Array): string[] {
  const result = readWorkbook(bytes);
  if (result.ok) throw new Error(`expected a refusal, got notes: ${result.notes.join()}`);
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

const t2Head: Row[] = [
  ['企业主要财务指标表'],
  ['表号：软统企2表', '', '', '批准文号：国统制〔2018〕134号'],
  ['统一社会信用代码：91500103MA5U00000D', '', '', '报告期：2020年'],
  ['指标名称', '代码', '计量单位', '本年', '上年同期'],
];

describe('bad input', () => {
  it('uses the same cell limit as core', () => {
    expect(MAX_CELL_TEXT).toBe(MAX_CELL_CHARS);
  });

  it('refuses a file over 10 MB before parsing it', () => {
    const big = noise(MAX_FILE_BYTES + 1, [0x50, 0x4b, 0x03, 0x04]);
    const started = performance.now();
    expect(problemsOf(big)[0]).toMatch(/超过上限 10\.0 MB/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses random bytes without handing them to SheetJS (which would read them as CSV)', () => {
    expect(problemsOf(noise(5000))[0]).toMatch(/不是 xlsx 工作簿/);
    expect(problemsOf(new TextEncoder().encode('a,b\n1,2\n'))[0]).toMatch(/不是 xlsx 工作簿/);
    expect(problemsOf(noise(5000, [0x50, 0x4b, 0x03, 0x04]))[0]).toMatch(/不完整或已损坏/);
    expect(problemsOf(new Uint8Array(0))[0]).toMatch(/不是 xlsx 工作簿/);
  });

  it('refuses a truncated zip', () => {
    const whole = writeWorkbook(annualSample(), [], { exportedAt: AT });
    for (const length of [30, whole.length / 2, whole.length - 10]) {
      expect(problemsOf(whole.slice(0, length))[0]).toMatch(/不完整或已损坏/);
    }
  });

  it('refuses a password-protected workbook with a Chinese message', () => {
    expect(problemsOf(encryptedWorkbook())[0]).toMatch(/受密码保护/);
    const whole = writeWorkbook(annualSample(), [], { exportedAt: AT });
    expect(problemsOf(markZipEncrypted(whole))[0]).toMatch(/受密码保护/);
  });

  it('refuses a legacy .xls and a zip that is not a workbook', () => {
    expect(problemsOf(oleFile())[0]).toMatch(/\.xls/);
    expect(problemsOf(plainZip())[0]).toMatch(/不是 xlsx 工作簿/);
  });

  it('names the sheets of a workbook of another template', async () => {
    const other = await exceljsWorkbook([
      {
        name: 'Sheet1',
        rows: [
          ['序号', '项目', '金额'],
          [1, '收入', 100],
        ],
      },
      { name: '说明', rows: [['填表说明']] },
    ]);
    const problems = problemsOf(other);
    expect(problems[0]).toMatch(/没有本表式的工作表.*Sheet1、说明/);
    expect(problems).toContain('工作表“Sheet1”的前 10 行中没有“代码”表头。');
    const renamed = await exceljsWorkbook([
      {
        name: '软统企2表',
        rows: [
          ['序号', '项目', '金额'],
          [1, '收入', 100],
        ],
      },
    ]);
    // A sheet named like ours but of another layout: refused, naming the sheet and what is missing.
    expect(problemsOf(renamed).join()).toMatch(
      /(没有找到报告期|没有“代码”表头).*软统企2表|软统企2表.*没有“代码”表头/,
    );
  });

  it('refuses a sheet over 2,000 rows, naming it', async () => {
    const rows: Row[] = [...t2Head, ['资产总计', 'F01', '万元', 1]];
    for (let i = rows.length; i <= MAX_SHEET_ROWS + 5; i++) rows.push(['', '', '', i]);
    const problems = problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]));
    expect(problems[0]).toMatch(/工作表“软统企2表”超过 2000 行/);
  });

  it('refuses a cell over 2,000 characters, naming sheet, row and code', async () => {
    const rows: Row[] = [
      ...t2Head,
      ['资产总计', 'F01', '万元', 1],
      ['负债合计', 'F03', '万元', '9'.repeat(2001)],
    ];
    const problems = problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]));
    expect(problems[0]).toBe(
      '工作表“软统企2表”第 6 行（代码 F03，负债合计）“本年”列的内容有 2001 个字符，超过上限 2000。',
    );
  });

  it('reports a formula saved without a cached value, naming sheet, row and code', async () => {
    const rows: Row[] = [
      ...t2Head,
      ['资产总计', 'F01', '万元', { formula: 'E5*2' }, 5],
      ['负债合计', 'F03', '万元', { formula: 'E5', result: 0 }],
    ];
    const problems = problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]));
    expect(problems).toEqual([
      '工作表“软统企2表”第 5 行（代码 F01，资产总计）“本年”列：公式未计算，请在 Excel 中保存后再导入。',
    ]);
  });

  it('refuses duplicated rows with different values', async () => {
    const rows: Row[] = [...t2Head, ['资产总计', 'F01', '万元', 1], ['资产总计', 'F01', '万元', 2]];
    expect(problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]))[0]).toMatch(
      /第 5 行和第 6 行的代码都是 F01/,
    );
  });

  it('lists __proto__ and constructor as unknown codes; no prototype is touched', async () => {
    const rows: Row[] = [
      ...t2Head,
      ['x', '__proto__', '万元', 1, 2],
      ['x', 'constructor', '万元', 3],
      ['x', 'toString', '万元', 4],
      ['资产总计', 'F01', '万元', 5],
    ];
    const result = readWorkbook(await exceljsWorkbook([{ name: '软统企2表', rows }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes.join()).toContain(
      '以下代码不属于本表式，已忽略：第 5 行“__PROTO__”、第 6 行“CONSTRUCTOR”、第 7 行“TOSTRING”',
    );
    expect(Object.keys(result.report.cells)).toEqual(['T2.F01.thisYear']);
    expect(({} as Record<string, unknown>).thisYear).toBeUndefined();
    expect(Object.getPrototypeOf(result.report.cells)).toBe(Object.prototype);
  });

  it('never throws, whatever the bytes', () => {
    const whole = writeWorkbook(annualSample(), [], { exportedAt: AT });
    // Damage pattern 13 makes SheetJS 0.20.3's zip reader (CFB.read) loop forever: a known
    // denial of service that this layer cannot stop from inside one thread. The app parses every
    // file in a Web Worker with a timeout and terminates it (workers/importClient.ts), so the page
    // stays responsive; docs/dependencies.md records the advisory. Patterns 0–12 all return.
    for (let i = 0; i < 13; i++) {
      const damaged = whole.slice();
      for (let j = 0; j < 20; j++) {
        const at = (i * 7919 + j * 104729) % damaged.length;
        damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
      }
      expect(() => readWorkbook(damaged)).not.toThrow();
    }
  });
});
