import { read, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Report } from '../core';
import {
  emptyReport,
  restoreReport,
  serializeReport,
  setCells,
  setExplanation,
  validateReport,
} from '../core';
import {
  CLEAN_ANNUAL_TODAY,
  cleanAnnualReport,
  cleanMonthlyReport,
  cleanMonthlyToday,
} from '../core/rules/testing/sampleReports';
import { exportFileName } from './fileName';
import { readExchangeFile } from './readExchangeFile';
import { readJsonFile } from './readJsonFile';
import { readWorkbook } from './readWorkbook';
import { writeWorkbook } from './writeWorkbook';
import { editWithExcelJs, exceljsWorkbook } from './testing/otherLibrary';
import type { Row } from './testing/otherLibrary';
import { annualSample, meaning, monthlySample } from './testing/samples';
import { expectBilingual } from '../core/testing/bilingual';

const AT = '2021-03-01T10:00:00+08:00';
const encode = (text: string) => new TextEncoder().encode(text);

/** The return as the JSON form carries it (numbers normalised to plain decimals). */
function viaJson(report: Report): Report {
  const restored = restoreReport(JSON.parse(serializeReport(report, [], { exportedAt: AT })));
  if (!restored.ok) throw new Error(restored.problems.map((p) => p.zh).join());
  return restored.report;
}

/** A workbook read without problems, with the Chinese of its notes (each has its English too). */
function readOk(bytes: Uint8Array) {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(result.problems.map((p) => p.zh).join('\n'));
  expectBilingual(result.notes);
  return { ...result, notes: result.notes.map((n) => n.zh) };
}

/** A clean sample with explanations and a status, as people leave them before exporting. */
function explained(report: Report, status: Report['status']): Report {
  let r = setExplanation(report, 'X-EXPORT@T3.Y13.thisYear', '本年承接海外外包项目较多，出口以美元结算。');
  r = setExplanation(r, 'M-GROWTH@M.2010.ytd', '本月新签大型项目集中验收，收入增长较快。');
  return { ...r, status };
}

/** What must survive a round trip exactly. */
const essence = (r: Report) => ({
  edition: r.edition,
  kind: r.kind,
  period: r.period,
  status: r.status,
  cells: r.cells,
  explanations: r.explanations,
});

describe('round trip: clean sample returns, XLSX and JSON, through readExchangeFile', () => {
  const samples: [string, Report, string][] = [
    ['annual, ready', explained(cleanAnnualReport(), 'ready'), CLEAN_ANNUAL_TODAY],
    ['annual, draft', explained(cleanAnnualReport(), 'draft'), CLEAN_ANNUAL_TODAY],
    ...[1, 3, 12].map((m): [string, Report, string] => [
      `monthly ${m}, ready`,
      explained(cleanMonthlyReport(m), 'ready'),
      cleanMonthlyToday(m),
    ]),
  ];
  for (const [name, report, today] of samples) {
    it(`${name}: cells, explanations and status come back exactly`, () => {
      const findings = validateReport(report, { today });
      expect(findings.filter((f) => f.severity !== 'hint')).toEqual([]);
      const xlsx = writeWorkbook(report, { findings, now: new Date('2021-03-01T02:00:00Z') });
      const fromXlsx = readExchangeFile(xlsx, exportFileName(report, 'xlsx'));
      expect(fromXlsx).toMatchObject({ ok: true, format: 'xlsx', notes: [], editedCells: [] });
      if (!fromXlsx.ok) return;
      expect(essence(fromXlsx.report)).toEqual(essence(report));

      const fromJson = readExchangeFile(
        encode(serializeReport(report, findings)),
        exportFileName(report, 'json'),
      );
      expect(fromJson).toMatchObject({ ok: true, format: 'json', notes: [], editedCells: [] });
      if (!fromJson.ok) return;
      expect(essence(fromJson.report)).toEqual(essence(report));
    });
  }
});

describe('round trip: returns with problem cells', () => {
  for (const [name, sample] of [
    ['annual', annualSample],
    ['monthly', monthlySample],
  ] as const) {
    it(`keeps every cell (typed text included) and explanation of the ${name} sample: XLSX and JSON`, () => {
      const report = sample();
      const findings = validateReport(report, { today: '2021-03-01' });
      const fromXlsx = readOk(writeWorkbook(report, findings, { exportedAt: AT }));
      expect(fromXlsx.notes).toEqual([]);
      // Numbers come back as plain decimals ("１２,３４５.６" → "12345.6"), as in the JSON form.
      expect(fromXlsx.report.cells).toEqual(viaJson(report).cells);
      expect(meaning(fromXlsx.report)).toEqual(meaning(report));
      expect(fromXlsx.report.explanations).toEqual(report.explanations);
      // The problem cells survive as typed, so the same findings come back.
      expect(validateReport(fromXlsx.report, { today: '2021-03-01' })).toEqual(findings);

      const fromJson = readJsonFile(serializeReport(report, findings, { exportedAt: AT }));
      expect(fromJson.ok && fromJson.notes).toEqual([]);
      expect(fromJson.ok && fromJson.report.cells).toEqual(fromXlsx.report.cells);
    });
  }

  it('exports a return marked ready but with errors as a draft', () => {
    const report = annualSample();
    expect(report.status).toBe('ready');
    const findings = validateReport(report, { today: '2021-03-01' });
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(readOk(writeWorkbook(report, findings, { exportedAt: AT })).report.status).toBe('draft');
    // Without findings given, they are computed: the same answer.
    expect(readOk(writeWorkbook(report, { exportedAt: AT })).report.status).toBe('draft');
  });

  it('reads the visible cells alone when _data is deleted (identified from the sheets)', async () => {
    for (const report of [annualSample(), monthlySample()]) {
      const bytes = await editWithExcelJs(writeWorkbook(report, [], { exportedAt: AT }), (wb) =>
        wb.removeWorksheet(wb.getWorksheet('_data')!.id),
      );
      const result = readOk(bytes);
      expect(meaning(result.report)).toEqual(meaning(report));
      expect(result.editedCells).toEqual([]);
      expect(result.report).toMatchObject({
        edition: '2020',
        kind: report.kind,
        period: report.period,
        status: 'draft',
      });
    }
  });
});

describe('a workbook edited after export', () => {
  const report = annualSample();
  const exported = writeWorkbook(report, [], { exportedAt: AT });

  it('takes the visible cells and names the changed cells in a note (edited with ExcelJS)', async () => {
    const bytes = await editWithExcelJs(exported, (wb) => {
      const t2 = wb.getWorksheet('软统企2表')!;
      t2.getCell('D5').value = 20000; // F01 本年
      t2.getCell('E6').value = null; // F02 上年同期 cleared
      wb.getWorksheet('软统企1表')!.getCell('C7').value = '重庆改名软件有限公司'; // B03
    });
    const result = readOk(bytes);
    expect(result.editedCells).toEqual(['T1.B03.value', 'T2.F01.thisYear', 'T2.F02.lastYear']);
    expect(result).not.toHaveProperty('exportedAt'); // the export time no longer dates this data
    expect(result.report.cells['T2.F01.thisYear']).toMatchObject({ value: 2_000_000 });
    expect(result.report.cells['T2.F02.lastYear']).toBeUndefined();
    expect(result.report.cells['T1.B03.value']?.raw).toBe('重庆改名软件有限公司');
    const note = result.notes.find((n) => n.startsWith('以下格子在导出后被修改过'));
    expect(note).toContain('T2.F01.thisYear（资产总计 本年）：12345.6 → 20000');
    expect(note).toContain('T2.F02.lastYear');
    expect(note).toContain('T1.B03.value（单位详细名称 内容）：重庆示例软件有限公司 → 重庆改名软件有限公司');
    // Status and explanations still come from _data; an edited return is a draft again.
    expect(result.report.explanations).toEqual(report.explanations);
    expect(result.report.status).toBe('draft');
    expect(result.notes).toContain('数据已修改，报表状态改为草稿，请重新审核。');
  });

  it('detects an edit made with SheetJS too, and says nothing when nothing changed', () => {
    const wb = read(exported, { type: 'array' });
    utils.sheet_add_aoa(wb.Sheets['软统企3表']!, [[777]], { origin: 'D6' }); // Y02 本年
    const edited = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = readOk(edited);
    expect(result.editedCells).toEqual(['T3.Y02.thisYear']);
    expect(result.notes.join()).toContain('T3.Y02.thisYear（软件产品收入 本年）');
    expect(result.notes.join()).toContain('→ 777');
    expect(result.notes.join()).toContain('T3.Y01.thisYear'); // the total on the sheet is now stale
    expect(readOk(exported)).toMatchObject({ notes: [], editedCells: [] });
  });

  it('keeps _data values for rows deleted from the sheet, with a note', async () => {
    const bytes = await editWithExcelJs(exported, (wb) => wb.getWorksheet('软统企2表')!.spliceRows(6, 1));
    const result = readOk(bytes);
    expect(result.report.cells['T2.F02.thisYear']).toEqual(viaJson(report).cells['T2.F02.thisYear']);
    expect(result.report.cells['T2.F02.thisYear']).toBeDefined();
    expect(result.notes.join()).toContain('以下格子在表格中找不到，沿用隐藏数据中的数值：T2.F02.thisYear');
  });

  it('imports from the visible cells with a note when _data is damaged', async () => {
    const bytes = await editWithExcelJs(exported, (wb) => {
      wb.getWorksheet('_data')!.getCell('A1').value = '{"format": broken';
    });
    const result = readOk(bytes);
    expect(result.notes[0]).toMatch(/隐藏数据表“_data”内容已损坏/);
    expect(meaning(result.report)).toEqual(meaning(report));
  });
});

describe('a workbook made by another program (ExcelJS) from the layout', () => {
  const head = (title: string, formNo: string, period: string): (Row | undefined)[] => [
    [title],
    [`表号：${formNo}`, '制定机关：工业和信息化部', '批准机关：国家统计局', '批准文号：国统制〔2018〕134号'],
    ['统一社会信用代码：91500103MA5U00000D', '单位详细名称：重庆示例软件有限公司', `报告期：${period}`],
  ];

  it('reads a monthly return: numeric codes, full-width digits, 1,234.5, blank and reordered rows, extra columns', async () => {
    const bytes = await exceljsWorkbook([
      {
        name: '软统企1表',
        rows: [
          ...head('企业基本情况表', '软统企1表', '2021年3月'),
          ['项目', '代码', '内容', '备注'],
          ['单位详细名称', 'B03', '重庆示例软件有限公司', 'x'],
          undefined,
          ['统一社会信用代码', 'B01', '91500103MA5U00000D'],
          ['区划代码', 'B05', 500103],
          ['是否有嵌入式系统软件业务', 'B13', '否'],
        ],
      },
      {
        name: '月报表',
        rows: [
          ...head('软件和信息技术服务业月报表', '月报表', '2021-03'),
          undefined,
          ['指标名称', '代码', '计量单位', '本年本期累计', '上年同期累计', '本年上期累计', '说明'],
          ['一、软件产品收入', 2021, '万元', '１２３４.５', 1000, 800, '自编'],
          undefined,
          undefined,
          ['主营业务收入', 2010, '万元', '1,234.5', ' 1000 ', 900.1],
          ['软件业务收入合计（自动计算）', 2020, '万元', 999999],
          ['从业人员平均人数', '2112', '人', 35],
          ['其中：工业软件产品收入', 20212, '万元', 0.1 + 0.2],
        ],
      },
    ]);
    const result = readOk(bytes);
    const expected = setCells(emptyReport({ edition: '2020', kind: 'monthly', period: '2021-03' }), [
      ['T1.B01.value', '91500103MA5U00000D'],
      ['T1.B03.value', '重庆示例软件有限公司'],
      ['T1.B05.value', '500103'],
      ['T1.B13.value', '否'],
      ['M.2021.ytd', '1234.5'],
      ['M.2021.ytdLastYear', '1000'],
      ['M.2021.ytdPreviousMonth', '800'],
      ['M.2010.ytd', '1234.5'],
      ['M.2010.ytdLastYear', '1000'],
      ['M.2010.ytdPreviousMonth', '900.1'],
      ['M.2112.ytd', '35'],
      ['M.20212.ytd', '0.3'],
    ]);
    expect(meaning(result.report)).toEqual(meaning(expected));
    expect(result.report.cells['M.2021.ytd']?.raw).toBe('１２３４.５'); // kept as typed; core parses it
    expect(result.notes.join()).toContain('M.2020.ytd（文件中为 999999，计算为 1234.5）');
    expect(result.notes.join()).toContain('工作表“月报表”中没有以下代码的行，按未填写处理');
  });

  it('reads an annual return identified by its sheets, with formulas by their cached values', async () => {
    const bytes = await exceljsWorkbook([
      {
        name: '软统企2表',
        rows: [
          ...head('企业主要财务指标表', '软统企2表', '2020年'),
          ['指标名称', '代码', '计量单位', '本年（万元）', '上年同期（万元）'],
          ['资产总计', 'F01', '万元', { formula: 'D6+D7', result: 300 }, 250.25],
          ['负债合计', 'F03', '万元', 100, { formula: '1/3', result: 1 / 3 }],
          ['所有者权益合计', 'F04', '万元', 200, -0.5],
        ],
      },
    ]);
    const result = readOk(bytes);
    expect(result.report).toMatchObject({ edition: '2020', kind: 'annual', period: '2020' });
    // Formulas are never evaluated: the cached 300 is used although D6 + D7 would also give 300,
    // and 1/3 is kept in full so that F-DEC reports it rather than being silently rounded.
    expect(meaning(result.report)).toEqual({
      'T2.F01.thisYear': 30000,
      'T2.F01.lastYear': 25025,
      'T2.F03.thisYear': 10000,
      'T2.F03.lastYear': String(1 / 3),
      'T2.F04.thisYear': 20000,
      'T2.F04.lastYear': -50,
    });
    expect(result.notes.join()).toContain('工作簿中没有工作表“软统企1表”，该表按未填写处理');
  });

  it('takes the edition from the period when 批准文号 is missing, and explanations from 审核说明', async () => {
    const bytes = await exceljsWorkbook([
      {
        name: '软统企3表',
        rows: [
          ['报告期：', '2020'],
          undefined,
          ['指标名称', '代码', '计量单位', '本年'],
          ['从业人员期末人数', 'Y17', '人', 12],
        ],
      },
      {
        name: '审核说明',
        rows: [
          ['规则', '级别', '位置', '说明', '审核说明'],
          [
            'Y-YOY',
            '核实性错误',
            'T3.Y17.thisYear 从业人员期末人数 本年',
            '…',
            '本年扩大招聘，人数增长较快。',
          ],
        ],
      },
    ]);
    const result = readOk(bytes);
    expect(result.report.cells['T3.Y17.thisYear']).toMatchObject({ value: 12 });
    expect(result.report.explanations).toEqual({ 'Y-YOY@T3.Y17.thisYear': '本年扩大招聘，人数增长较快。' });
    expect(result.notes.join()).toContain('表头缺少“上年同期”列');
  });
});
