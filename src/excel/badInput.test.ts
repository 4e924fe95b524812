// Every kind of bad input of exchange.md "Bad input", through readExchangeFile (what the import
// worker calls): the answer is a problem in Chinese that says what is wrong and where (sheet, row,
// code, cell), or a note for what is only a warning; no exception ever escapes, nothing hangs.
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { checksumOf, MAX_CELL_CHARS, serializeReport } from '../core';
import { cleanAnnualReport } from '../core/rules/testing/sampleReports';
import { expectBilingual } from '../core/testing/bilingual';
import { MAX_CELL_TEXT, MAX_FILE_BYTES, MAX_SHEET_ROWS } from './limits';
import type { ExchangeReadResult } from './readExchangeFile';
import { readExchangeFile } from './readExchangeFile';
import { readJsonFile } from './readJsonFile';
import { readRoster } from './readRoster';
import { readWorkbook } from './readWorkbook';
import { writeWorkbook } from './writeWorkbook';
import {
  encryptedWorkbook,
  exceljsWorkbook,
  handmadeEncryptedCfb,
  markZipEncrypted,
  noise,
  oleFile,
  plainZip,
  withDeclaredSize,
  zipNames,
} from './testing/otherLibrary';
import type { Row } from './testing/otherLibrary';
import { annualSample } from './testing/samples';

const AT = '2021-03-01T10:00:00+08:00';
const encode = (text: string) => new TextEncoder().encode(text);

/**
 * The problems (their Chinese) of a file that must be refused (and a refusal always has at least
 * one). Every problem also has its English (expectBilingual).
 */
function problemsOf(bytes: Uint8Array, name = 'x.xlsx'): string[] {
  const result = readExchangeFile(bytes, name);
  if (result.ok) throw new Error(`expected a refusal, got notes: ${result.notes.map((n) => n.zh).join()}`);
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) expect(p.zh).toMatch(/[\u4e00-\u9fff]/); // Chinese, always
  expectBilingual(result.problems);
  return result.problems.map((p) => p.zh);
}

/** An accepted file, with the Chinese of its notes (each has its English too). */
function accepted(result: ExchangeReadResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => p.zh).join('\n'));
  expectBilingual(result.notes);
  return { ...result, notes: result.notes.map((n) => n.zh) };
}

const t2Head: Row[] = [
  ['企业主要财务指标表'],
  ['表号：软统企2表', '', '', '批准文号：国统制〔2018〕134号'],
  ['统一社会信用代码：91500103MA5U00000D', '', '', '报告期：2020年'],
  ['指标名称', '代码', '计量单位', '本年', '上年同期'],
];

/** A workbook exported by the product (compressed, with every part SheetJS reads). */
const exported = () => writeWorkbook(annualSample(), [], { exportedAt: AT });

describe('bad input: not a workbook at all', () => {
  it('uses the same cell limit as core', () => {
    expect(MAX_CELL_TEXT).toBe(MAX_CELL_CHARS);
  });

  it('refuses a file over 10 MB before parsing it', () => {
    for (const prefix of [[0x50, 0x4b, 0x03, 0x04], [0x7b]]) {
      const big = noise(MAX_FILE_BYTES + 1, prefix);
      const started = performance.now();
      expect(problemsOf(big, '大文件.xlsx')[0]).toMatch(
        /^“大文件\.xlsx”：文件大小为 10\.0 MB，超过上限 10\.0 MB/,
      );
      expect(performance.now() - started).toBeLessThan(200);
    }
    expect(readWorkbook(noise(MAX_FILE_BYTES + 1)).ok).toBe(false);
    expect(readJsonFile(noise(MAX_FILE_BYTES + 1)).ok).toBe(false);
  });

  it('refuses random bytes without handing them to SheetJS (which would read them as CSV)', () => {
    expect(problemsOf(noise(5000))[0]).toMatch(
      /^无法识别文件“x\.xlsx”：它既不是 xlsx 工作簿，也不是 JSON 报表文件/,
    );
    expect(problemsOf(encode('a,b\n1,2\n'))[0]).toMatch(/既不是 xlsx 工作簿/);
    expect(problemsOf(new Uint8Array(0))[0]).toBe('文件“x.xlsx”是空的，没有可导入的内容。');
    expect(problemsOf(noise(5000, [0x50, 0x4b, 0x03, 0x04]))[0]).toMatch(/^文件不完整或已损坏/);
    expect(readWorkbook(noise(5000)).ok).toBe(false);
  });

  it('refuses a truncated zip, wherever it is cut', () => {
    const whole = exported();
    for (let length = 1; length < whole.length; length += 997) {
      expect(problemsOf(whole.slice(0, length)).join()).toMatch(/不完整或已损坏|已损坏|不是 xlsx|既不是/);
    }
    expect(problemsOf(whole.slice(0, whole.length - 10))[0]).toMatch(/^文件不完整或已损坏/);
  });

  it('refuses a password-protected workbook: 文件已加密…', () => {
    const encrypted = /^文件已加密（工作簿受密码保护），无法读取。请在 Excel 中取消密码/;
    // The OLE2 container Excel writes for an encrypted .xlsx, built byte by byte …
    expect(problemsOf(handmadeEncryptedCfb())[0]).toMatch(encrypted);
    // … and by SheetJS's CFB writer, a second implementation of the container.
    expect(problemsOf(encryptedWorkbook())[0]).toMatch(encrypted);
    // A zip with the traditional PKWARE encryption flag.
    expect(problemsOf(markZipEncrypted(exported()))[0]).toMatch(encrypted);
  });

  it('refuses a legacy .xls and a zip that is not a workbook', () => {
    expect(problemsOf(oleFile())[0]).toMatch(/^这是旧版 Excel 97-2003（\.xls）/);
    expect(problemsOf(plainZip())[0]).toMatch(/^文件是 zip 压缩包，但不是 xlsx 工作簿/);
  });

  it('refuses a zip bomb by its declared size, and an entry larger than declared', () => {
    const whole = exported();
    const bomb = withDeclaredSize(whole, 'xl/sharedStrings.xml', 200 * 1024 * 1024);
    expect(problemsOf(bomb)[0]).toMatch(/^xlsx 压缩包解压后超过 100\.0 MB/);
    const lying = withDeclaredSize(whole, 'xl/worksheets/sheet3.xml', 100);
    expect(problemsOf(lying)[0]).toBe(
      '文件已损坏，无法读取：xlsx 压缩包中的“xl/worksheets/sheet3.xml”无法解压（数据不完整或被改动）。请重新导出或重新下载后再导入。',
    );
    expect(zipNames(whole)).toContain('xl/worksheets/sheet3.xml');
  });

  it('never throws or hangs, whatever bytes of the zip are damaged', () => {
    // SheetJS 0.20.3's inflate loops forever on some of these (pattern 13 did): the product
    // inflates every part itself, bounded, and SheetJS reads only stored data.
    const whole = exported();
    const started = performance.now();
    for (let i = 0; i < 300; i++) {
      const damaged = whole.slice();
      for (let j = 0; j < 20; j++) {
        const at = (i * 7919 + j * 104729) % damaged.length;
        damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
      }
      const result = readExchangeFile(damaged, 'damaged.xlsx');
      if (!result.ok) {
        expect(result.problems[0]?.zh).toMatch(/[\u4e00-\u9fff]/);
        expectBilingual(result.problems);
      }
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('protects the roster reader the same way', () => {
    const whole = exported();
    const damaged = whole.slice();
    for (let j = 0; j < 20; j++) {
      const at = (13 * 7919 + j * 104729) % damaged.length; // the pattern that hung SheetJS
      damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
    }
    const result = readRoster('名录.xlsx', damaged);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.zh).toMatch(/^名录“名录\.xlsx”：文件已损坏/);
    if (!result.ok) expectBilingual(result.problems);
  });
});

describe('bad input: a workbook, but not a return', () => {
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
    expect(problems[0]).toBe(
      '工作簿中没有本表式的工作表（软统企1表～软统企5表，或月报表），可能是其他模板的工作簿。找到的工作表：Sheet1、说明。',
    );
    expect(problems).toContain('工作表“Sheet1”的前 10 行中没有“代码”表头。');
    const renamed = await exceljsWorkbook([
      {
        name: '软统企2表',
        rows: [['报告期：2020年'], ['序号', '项目', '金额'], [1, '收入', 100]],
      },
    ]);
    expect(problemsOf(renamed)).toEqual([
      '工作表“软统企2表”的前 10 行中没有“代码”表头，不是本程序的报表格式（可能是其他模板的工作簿）。',
    ]);
  });

  it('refuses a sheet of 100,000 rows, naming it, without parsing past row 2,001', () => {
    const rows: (string | number)[][] = [
      ...(t2Head as string[][]),
      ...Array.from({ length: 100_000 }, (_, i) => ['资产总计', 'F01', '万元', i]),
    ];
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), '软统企2表');
    const bytes = new Uint8Array(
      write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
    );
    const started = performance.now();
    expect(problemsOf(bytes)).toEqual([
      `工作表“软统企2表”超过 ${MAX_SHEET_ROWS} 行，不像是报表工作表，未导入。请删除多余的行或工作表后再导入。`,
    ]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a sheet just over 2,000 rows made by another program', async () => {
    const rows: Row[] = [...t2Head, ['资产总计', 'F01', '万元', 1]];
    for (let i = rows.length; i <= MAX_SHEET_ROWS + 5; i++) rows.push(['', '', '', i]);
    const problems = problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]));
    expect(problems[0]).toMatch(/^工作表“软统企2表”超过 2000 行/);
  });

  it('refuses a cell of 5,000 characters, naming sheet, row, code and cell, wherever it is', async () => {
    const long = '很'.repeat(5000);
    const inValue = await exceljsWorkbook([
      {
        name: '软统企2表',
        rows: [...t2Head, ['资产总计', 'F01', '万元', 1], ['负债合计', 'F03', '万元', long]],
      },
    ]);
    expect(problemsOf(inValue)).toEqual([
      '工作表“软统企2表”第 6 行（代码 F03，负债合计）“本年”列（D6）的内容有 5000 个字符，超过上限 2000。',
    ]);
    const inName = await exceljsWorkbook([
      { name: '软统企2表', rows: [...t2Head, ['资产总计', 'F01', '万元', 1], [long, 'F03', '万元', 2]] },
    ]);
    expect(problemsOf(inName)).toEqual([
      '工作表“软统企2表”单元格 A6（第 6 行，代码 F03）的内容有 5000 个字符，超过上限 2000。',
    ]);
    const onCover = await exceljsWorkbook([
      { name: '封面', rows: [['说明', long]] },
      { name: '软统企2表', rows: [...t2Head, ['资产总计', 'F01', '万元', 1]] },
    ]);
    expect(problemsOf(onCover)).toEqual([
      '工作表“封面”单元格 B1（第 1 行）的内容有 5000 个字符，超过上限 2000。',
    ]);
    // 2,000 characters exactly are fine.
    const atLimit = await exceljsWorkbook([
      {
        name: '软统企1表',
        rows: [...t2Head.slice(0, 3), ['项目', '代码', '内容'], ['单位详细名称', 'B03', '名'.repeat(2000)]],
      },
    ]);
    expect(accepted(readExchangeFile(atLimit, 'x.xlsx')).report.cells['T1.B03.value']?.raw).toHaveLength(
      2000,
    );
  });

  it('reports formula cells saved without a cached value, naming sheet, row, code and cell', async () => {
    const rows: Row[] = [
      ...t2Head,
      ['资产总计', 'F01', '万元', { formula: 'E5*2' }, 5],
      ['负债合计', 'F03', '万元', { formula: 'E5', result: 0 }],
      ['所有者权益合计', 'F04', '万元', 1, { formula: 'SUM(D5:D6)' }],
    ];
    expect(problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]))).toEqual([
      '工作表“软统企2表”第 5 行（代码 F01，资产总计）“本年”列（D5）：公式未计算，请在 Excel 中保存后再导入。',
      '工作表“软统企2表”第 7 行（代码 F04，所有者权益合计）“上年同期”列（E7）：公式未计算，请在 Excel 中保存后再导入。',
    ]);
  });

  it('refuses duplicated rows with different values', async () => {
    const rows: Row[] = [...t2Head, ['资产总计', 'F01', '万元', 1], ['资产总计', 'F01', '万元', 2]];
    expect(problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]))[0]).toMatch(
      /第 5 行和第 6 行的代码都是 F01/,
    );
  });

  it('caps a long list of problems', async () => {
    const rows: Row[] = [
      ...t2Head,
      ...Array.from({ length: 60 }, (_, i) => [`${'长'.repeat(2001)}${i}`, 'F01', '万元', 1]),
    ];
    const problems = problemsOf(await exceljsWorkbook([{ name: '软统企2表', rows }]));
    expect(problems).toHaveLength(31);
    expect(problems[30]).toBe('……另有 30 个问题未列出。');
  });
});

describe('bad input: keys that try to reach a prototype', () => {
  it('lists __proto__ and constructor codes as unknown; no prototype is touched', async () => {
    const rows: Row[] = [
      ...t2Head,
      ['x', '__proto__', '万元', 1, 2],
      ['x', 'constructor', '万元', 3],
      ['x', 'toString', '万元', 4],
      ['x', 'hasOwnProperty', '万元', 4],
      ['资产总计', 'F01', '万元', 5],
    ];
    const result = accepted(readExchangeFile(await exceljsWorkbook([{ name: '软统企2表', rows }]), 'x.xlsx'));
    expect(result.notes.join()).toContain(
      '以下代码不属于本表式，已忽略：第 5 行“__PROTO__”、第 6 行“CONSTRUCTOR”、第 7 行“TOSTRING”、第 8 行“HASOWNPROPERTY”',
    );
    expect(Object.keys(result.report.cells)).toEqual(['T2.F01.thisYear']);
    expect(Object.getPrototypeOf(result.report.cells)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).thisYear).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'thisYear')).toBe(false);
  });

  it('treats sheets named __proto__ and constructor as any other unknown sheet', async () => {
    const bytes = await exceljsWorkbook([
      { name: '__proto__', rows: [['代码'], ['F01']] },
      { name: 'constructor', rows: [['代码']] },
      { name: '软统企2表', rows: [...t2Head, ['资产总计', 'F01', '万元', 5]] },
    ]);
    const result = accepted(readExchangeFile(bytes, 'x.xlsx'));
    expect(result.report.cells['T2.F01.thisYear']).toMatchObject({ value: 500 });
    expect(({} as Record<string, unknown>)['!data']).toBeUndefined();
  });

  it('ignores __proto__ and constructor keys in JSON: cells, explanations and the top level', () => {
    const text = JSON.stringify({
      format: 'softstat-report',
      formatVersion: 1,
      edition: '2020',
      kind: 'annual',
      period: '2020',
      cells: { 'T2.F01.thisYear': '5', constructor: '1', prototype: '2' },
      explanations: { toString: 'x' },
    }).replace('"cells":{', '"__proto__":{"polluted":1},"cells":{"__proto__":{"polluted":2},');
    const result = accepted(readExchangeFile(encode(text), 'x.json'));
    expect(Object.keys(result.report.cells)).toEqual(['T2.F01.thisYear']);
    expect(result.notes.join()).toContain('忽略未知字段“__proto__”');
    expect(result.notes.join()).toMatch(/不属于本表式，已忽略：__proto__、constructor、prototype/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('bad input: JSON files', () => {
  const json = () =>
    JSON.parse(serializeReport(cleanAnnualReport(), [], { exportedAt: AT })) as Record<string, unknown>;
  const bytes = (form: Record<string, unknown>) => encode(JSON.stringify(form));

  it('accepts a file changed after export with a note (wrong checksum), or without checksum', () => {
    const changed = { ...json(), cells: { ...(json().cells as object), 'T2.F01.thisYear': '6000' } };
    const result = accepted(readExchangeFile(bytes(changed), 'x.json'));
    expect(result.notes).toContain('文件在导出后被修改过（校验码不一致）。');
    expect(result.report.cells['T2.F01.thisYear']?.raw).toBe('6000');
    const { sha256: _dropped, ...bare } = json();
    expect(accepted(readExchangeFile(bytes(bare), 'x.json')).notes).toEqual([
      '文件没有校验码（sha256），无法确认导出后是否被修改。',
    ]);
    expect(accepted(readExchangeFile(bytes(json()), 'x.json')).notes).toEqual([]);
  });

  it('refuses a future format version, an unknown edition, format, kind or period', () => {
    const refusal = (patch: Record<string, unknown>) => {
      const form = { ...json(), ...patch };
      return problemsOf(bytes({ ...form, sha256: checksumOf(form) }), 'x.json');
    };
    expect(refusal({ formatVersion: 2 })).toEqual([
      '文件的格式版本为 2，高于本程序支持的版本 1，请升级本程序后再导入。',
    ]);
    expect(refusal({ edition: '2031' })).toEqual(['未知的统计制度版本“2031”。']);
    expect(refusal({ format: 'other' })[0]).toMatch(/^文件格式“other”不是本程序的报表格式/);
    expect(refusal({ kind: 'weekly' })[0]).toMatch(/^报表类型“weekly”无效/);
    expect(refusal({ period: '2020-13' })[0]).toMatch(/^报告期“2020-13”格式错误/);
  });

  it('refuses text that is not JSON, not UTF-8, not an object, or a cell over 2,000 characters', () => {
    expect(problemsOf(encode('{"format": '), 'x.json')[0]).toMatch(/^文件不是有效的 JSON，无法读取/);
    expect(problemsOf(new Uint8Array([0x7b, 0xc4, 0xe3, 0xba, 0xc3]), 'x.json')[0]).toMatch(
      /不是有效的 UTF-8/,
    );
    expect(problemsOf(new Uint8Array([0xff, 0xfe, 0x7b, 0]), 'x.json')[0]).toMatch(/UTF-16/);
    expect(readJsonFile('[1, 2]')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ zh: '文件内容不是报表数据（应为一个 JSON 对象）。' })],
    });
    expect(readJsonFile('   ')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ zh: '文件是空的，没有可导入的内容。' })],
    });
    const long = { ...json(), cells: { 'T1.B03.value': '长'.repeat(5000) } };
    expect(problemsOf(bytes(long), 'x.json')).toEqual([
      '格子 T1.B03.value（单位详细名称）的内容有 5000 个字符，超过上限 2000。',
    ]);
  });
});
