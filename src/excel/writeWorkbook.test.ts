import { read } from '@e965/xlsx';
import type { CellObject, WorkBook } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core';
import { restoreReport, serializeReport, setCell, setCells, setExplanation, validateReport } from '../core';
import { dataChunks, writeWorkbook } from './writeWorkbook';
import { readWorkbook } from './readWorkbook';
import { annualSample, monthlySample } from './testing/samples';
import { openWithExcelJs } from './testing/otherLibrary';

const AT = '2021-03-01T10:00:00+08:00';
const open = (bytes: Uint8Array): WorkBook => read(bytes, { type: 'array', cellFormula: true, cellNF: true });
const cell = (wb: WorkBook, sheet: string, addr: string) =>
  wb.Sheets[sheet]?.[addr] as CellObject | undefined;

describe('writeWorkbook: sheets', () => {
  it('writes 封面, the five annual tables, 审核说明 and a very hidden _data, in order', () => {
    const wb = open(writeWorkbook(annualSample(), [], { exportedAt: AT }));
    expect(wb.SheetNames).toEqual([
      '封面',
      '软统企1表',
      '软统企2表',
      '软统企3表',
      '软统企4表',
      '软统企5表',
      '审核说明',
      '_data',
    ]);
    expect(wb.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual([0, 0, 0, 0, 0, 0, 0, 2]);
  });

  it('leaves out 软统企5表 when B14 is not 是, and writes 软统企1表 + 月报表 for a monthly return', () => {
    const noAi = setCell(annualSample(), 'T1.B14.value', '否');
    expect(open(writeWorkbook(noAi, [], { exportedAt: AT })).SheetNames).not.toContain('软统企5表');
    expect(open(writeWorkbook(monthlySample(), [], { exportedAt: AT })).SheetNames).toEqual([
      '封面',
      '软统企1表',
      '月报表',
      '审核说明',
      '_data',
    ]);
  });

  it('keeps the JSON form in _data: it restores to the same return with a valid checksum', () => {
    const report = annualSample();
    const wb = open(writeWorkbook(report, [], { exportedAt: AT }));
    const json = String(cell(wb, '_data', 'A1')?.v);
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeReport(report, [], { exportedAt: AT })));
    const restored = restoreReport(JSON.parse(json));
    expect(restored.ok && restored.notes).toEqual([]);
  });

  it('splits _data over several cells when the JSON form is longer than Excel holds in one', () => {
    let report = annualSample();
    for (let i = 0; i < 40; i++)
      report = setExplanation(report, `R-X${i}@T2.F01.thisYear`, '很长的说明'.repeat(390));
    const wb = open(writeWorkbook(report, [], { exportedAt: AT }));
    const a2 = cell(wb, '_data', 'A2');
    expect(String(cell(wb, '_data', 'A1')?.v).length).toBeLessThanOrEqual(32_000);
    expect(a2?.t).toBe('s');
  });
});

describe('writeWorkbook: table layout', () => {
  const wb = open(writeWorkbook(annualSample(), [], { exportedAt: AT }));

  it('has the title, form details, enterprise details and header on rows 1–4', () => {
    const texts = (row: number, cols: string) => [...cols].map((c) => cell(wb, '软统企2表', `${c}${row}`)?.v);
    expect(texts(1, 'A')).toEqual(['企业主要财务指标表']);
    expect(texts(2, 'ABDE')).toEqual([
      '表号：软统企2表',
      '制定机关：工业和信息化部',
      '批准机关：国家统计局',
      '批准文号：国统制〔2018〕134号',
    ]);
    expect(texts(3, 'ABE')).toEqual([
      '统一社会信用代码：91500103MA5U00000D',
      '单位详细名称：重庆示例软件有限公司',
      '报告期：2020年',
    ]);
    expect(texts(4, 'ABCDE')).toEqual(['指标名称', '代码', '计量单位', '本年', '上年同期']);
    expect([...'ABC'].map((c) => cell(wb, '软统企1表', `${c}4`)?.v)).toEqual(['项目', '代码', '内容']);
  });

  it('writes amounts as numeric cells formatted #,##0.00 and counts as #,##0', () => {
    expect(cell(wb, '软统企2表', 'D5')).toMatchObject({ t: 'n', v: 12345.6, z: '#,##0.00' });
    const staff = cell(wb, '软统企3表', 'D19');
    expect(cell(wb, '软统企3表', 'B19')?.v).toBe('Y17');
    expect(staff).toMatchObject({ t: 'n', z: '#,##0' });
  });

  it('indents 其中 rows and marks and fills computed rows', () => {
    expect(cell(wb, '软统企2表', 'A6')?.v).toBe('\u3000其中：流动资产合计');
    expect(cell(wb, '软统企3表', 'A5')?.v).toBe('软件业务收入合计（自动计算）');
    expect(cell(wb, '软统企3表', 'D5')?.t).toBe('n');
    expect(cell(wb, '软统企1表', 'A6')?.v).toBe('组织机构代码（自动计算）');
    expect(cell(wb, '软统企1表', 'C6')?.v).toBe('MA5U00000');
  });

  it('writes a cell that is not a valid number as the text typed', () => {
    const t4 = wb.Sheets['软统企4表']!;
    const row = Object.keys(t4)
      .find((k) => (t4[k] as CellObject).v === 'C49')!
      .slice(1);
    expect(cell(wb, '软统企4表', `E${row}`)).toMatchObject({ t: 's', v: '约一万' });
  });

  it('freezes the header rows and sets up A4 portrait, one page wide (read back by ExcelJS)', async () => {
    const ej = await openWithExcelJs(writeWorkbook(annualSample(), [], { exportedAt: AT }));
    const sheet = ej.getWorksheet('软统企2表')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(sheet.getColumn(1).width).toBeGreaterThan(30);
    expect(ej.getWorksheet('_data')!.state).toBe('veryHidden');
  });
});

describe('writeWorkbook: safety and status', () => {
  it('writes text that looks like a formula as a text cell, never a formula (no injection)', async () => {
    const report = setCells(annualSample(), [
      ['T1.B03.value', '=HYPERLINK("http://evil.example","点我")'],
      ['T1.B04.value', '+1+2'],
      ['T1.B10.value', '-SUM(A1)'],
      ['T1.B24.value', '@cmd'],
    ]);
    const bytes = writeWorkbook(report, [], { exportedAt: AT });
    const wb = open(bytes);
    for (const sheetName of wb.SheetNames) {
      const sheet = wb.Sheets[sheetName]!;
      for (const key of Object.keys(sheet).filter((k) => !k.startsWith('!'))) {
        expect((sheet[key] as CellObject).f, `${sheetName}!${key}`).toBeUndefined();
      }
    }
    expect(cell(wb, '软统企1表', 'C7')).toMatchObject({
      t: 's',
      v: '=HYPERLINK("http://evil.example","点我")',
    });
    const ej = await openWithExcelJs(bytes);
    const b03 = ej.getWorksheet('软统企1表')!.getCell('C7');
    expect(b03.type).toBe(3); // ExcelJS ValueType.String, not Formula (6)
    expect(b03.value).toBe('=HYPERLINK("http://evil.example","点我")');
  });

  it('calls a return with errors a 草稿 on the cover, and lists every finding in 审核说明', () => {
    const report = annualSample();
    const findings = validateReport(report, { today: '2021-03-01' });
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    const wb = open(writeWorkbook(report, findings, { exportedAt: AT }));
    const status = cell(wb, '封面', 'B11') as CellObject;
    expect(cell(wb, '封面', 'A11')?.v).toBe('状态');
    expect(status.v).toBe(`草稿（有 ${errors} 条必改错误，不能作为正式报表上报）`);
    // … and says so plainly right under the title, where nobody can miss it.
    expect(cell(wb, '封面', 'A2')?.v).toBe(`草稿：本报表有 ${errors} 条必改错误，不能作为正式报表上报。`);
    // The JSON form in _data agrees: the return was marked ready, but it is exported as a draft.
    expect(report.status).toBe('ready');
    expect(JSON.parse(String(cell(wb, '_data', 'A1')?.v))).toMatchObject({ status: 'draft' });
    expect(cell(wb, '审核说明', 'A1')?.v).toBe('规则');
    expect(cell(wb, '审核说明', `A${findings.length + 1}`)?.v).toBe(findings.at(-1)?.ruleId);
    expect(cell(wb, '审核说明', `A${findings.length + 2}`)).toBeUndefined();
  });

  it('calls a return 可上报 only when nothing is left to fix or explain', () => {
    const verify: Finding = {
      ruleId: 'Y-YOY',
      severity: 'verify',
      key: 'Y-YOY@T2.F10.thisYear',
      cells: ['T2.F10.thisYear'],
      message: '增长较快',
    };
    const statusOf = (report = annualSample(), findings: Finding[] = []) => {
      const wb = open(writeWorkbook(report, findings, { exportedAt: AT }));
      return cell(wb, '封面', 'B11')?.v;
    };
    expect(statusOf()).toBe('可上报');
    expect(cell(open(writeWorkbook(annualSample(), [], { exportedAt: AT })), '封面', 'A2')).toBeUndefined();
    expect(statusOf(annualSample(), [verify])).toMatch(/^草稿/);
    const explained = setExplanation(annualSample(), verify.key, '本年新增大客户，营业收入增长较快。');
    expect(statusOf(explained, [verify])).toBe('可上报');
    const unexplained = open(writeWorkbook(annualSample(), [verify], { exportedAt: AT }));
    expect(cell(unexplained, '封面', 'A2')?.v).toBe(
      '草稿：本报表有核实性错误尚未填写审核说明，不能作为正式报表上报。',
    );
    expect(JSON.parse(String(cell(unexplained, '_data', 'A1')?.v))).toMatchObject({ status: 'draft' });
  });
});

describe('writeWorkbook: training', () => {
  it('marks a file exported from the training mode as 练习数据 on its cover, above everything else', () => {
    const wb = open(writeWorkbook(annualSample(), [], { exportedAt: AT, practice: true }));
    expect(String(cell(wb, '封面', 'A1')?.v)).toMatch(/^【练习数据】/);
    expect(cell(wb, '封面', 'A2')?.v).toBe(
      '练习数据：本文件由培训模式导出，只用于练习，不能作为正式报表上报。',
    );
    const real = open(writeWorkbook(annualSample(), [], { exportedAt: AT }));
    expect(String(cell(real, '封面', 'A1')?.v)).not.toContain('练习');
  });
});

describe('writeWorkbook: the credit code', () => {
  it('is written normalised on the cover (as in the JSON form and the sheets)', () => {
    const wb = open(
      writeWorkbook(setCells(annualSample(), [['T1.B01.value', ' 91500103-ma5u00000d ']]), [], {
        exportedAt: AT,
      }),
    );
    const cover = wb.Sheets['封面']!;
    const row = Object.keys(cover).find((k) => k.startsWith('A') && cover[k]?.v === '统一社会信用代码');
    expect(cell(wb, '封面', `B${row?.slice(1)}`)?.v).toBe('91500103MA5U00000D');
  });
});

describe('writeWorkbook: the _data sheet', () => {
  it('never cuts a character outside the BMP in two between cells', () => {
    const text = 'ab𠮷cd𠮷'; // 𠮷 is two UTF-16 units
    for (let size = 2; size <= 5; size++) {
      const chunks = dataChunks(text, size);
      expect(chunks.join('')).toBe(text);
      for (const c of chunks) expect(c, `size ${size}`).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
    }
    expect(dataChunks('', 3)).toEqual([]);
  });

  it('gives the export time back on reading, as long as nothing was changed since', () => {
    const result = readWorkbook(writeWorkbook(annualSample(), [], { exportedAt: AT }));
    expect(result).toMatchObject({ ok: true, exportedAt: AT, editedCells: [] });
  });

  it('round-trips a long explanation of rare hanzi exactly, whatever the cut', () => {
    // Explanations long enough for _data to span several 32,000-unit cells; one unit of padding
    // more or less moves every cut by one, so one of the two lands inside a surrogate pair.
    for (const pad of ['', 'x']) {
      let report = annualSample();
      for (let i = 0; i < 12; i++)
        report = setExplanation(report, `Y-YOY@T2.F${10 + i}.thisYear`, pad + '𠮷'.repeat(1500));
      const bytes = writeWorkbook(report, [], { exportedAt: AT });
      const wb = open(bytes);
      const parts: string[] = [];
      for (let row = 1; cell(wb, '_data', `A${row}`); row++)
        parts.push(String(cell(wb, '_data', `A${row}`)?.v));
      expect(parts.length).toBeGreaterThan(1);
      expect(JSON.parse(parts.join('')).explanations).toEqual(report.explanations);
      const result = readWorkbook(bytes);
      if (!result.ok) throw new Error(result.problems.join('; '));
      expect(result.notes.join(' ')).not.toContain('校验码');
    }
  });
});

describe('writeWorkbook: options', () => {
  it('takes the findings as second argument or in the options, and the time as a Date', () => {
    const report = annualSample();
    const findings = validateReport(report, { today: '2021-03-01' });
    const data = (bytes: Uint8Array) => JSON.parse(String(cell(open(bytes), '_data', 'A1')?.v)) as object;
    const now = new Date('2021-03-01T02:00:00Z');
    const positional = data(writeWorkbook(report, findings, { now }));
    // The file carries the findings as exchange.md lists them: Chinese only, no English twin.
    const inFile = findings.map(({ messageEn: _, ...f }) => f);
    expect(positional).toMatchObject({ exportedAt: '2021-03-01T10:00:00+08:00', findings: inFile });
    expect(JSON.stringify(positional)).not.toContain('messageEn');
    expect(data(writeWorkbook(report, { findings, now }))).toEqual(positional);
    expect(data(writeWorkbook(report, { findings, exportedAt: AT }))).toEqual(positional);
    expect(cell(open(writeWorkbook(report, { findings, now })), '封面', 'B12')?.v).toBe(
      '2021-03-01 10:00:00（北京时间）',
    );
  });

  it('prints the enterprise name where B03 is blank, as text even if it looks like a formula', () => {
    const report = setCell(annualSample(), 'T1.B03.value', undefined);
    const wb = open(writeWorkbook(report, [], { exportedAt: AT, enterpriseName: '=1+1 示例公司' }));
    expect(cell(wb, '封面', 'B9')).toMatchObject({ t: 's', v: '=1+1 示例公司' });
    expect(cell(wb, '软统企2表', 'B3')).toMatchObject({ t: 's', v: '单位详细名称：=1+1 示例公司' });
    expect(cell(wb, '封面', 'B9')?.f).toBeUndefined();
    // B03, when filled, wins.
    const named = open(writeWorkbook(annualSample(), [], { exportedAt: AT, enterpriseName: '别名' }));
    expect(cell(named, '封面', 'B9')?.v).toBe('重庆示例软件有限公司');
  });

  it('writes explanations that look like formulas in 审核说明 as text', () => {
    const verify: Finding = {
      ruleId: 'Y-YOY',
      severity: 'verify',
      key: 'Y-YOY@T2.F10.thisYear',
      cells: ['T2.F10.thisYear'],
      message: '@SUM(1)',
    };
    const report = setExplanation(annualSample(), verify.key, '=cmd|"/c calc"!A1 属实，已核实。');
    const wb = open(writeWorkbook(report, [verify], { exportedAt: AT }));
    expect(cell(wb, '审核说明', 'E2')).toMatchObject({ t: 's', v: '=cmd|"/c calc"!A1 属实，已核实。' });
    expect(cell(wb, '审核说明', 'D2')).toMatchObject({ t: 's', v: '@SUM(1)' });
    expect(cell(wb, '审核说明', 'E2')?.f).toBeUndefined();
  });
});
