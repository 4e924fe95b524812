import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregateReports, setCells, validateReport } from '../core';
import { cleanAnnualReport } from '../core/rules/testing/sampleReports';
import { summaryFileName, writeSummaryWorkbook } from './summaryWorkbook';

const a = setCells(cleanAnnualReport(), [
  ['T1.B03.value', '=HYPERLINK("http://x")'],
  ['T1.B06.value', '500103'],
]);
const b = setCells(cleanAnnualReport(), [
  ['T1.B06.value', '500104'],
  ['T2.F10.thisYear', '3000.55'],
  ['T2.F11.thisYear', '2900'],
]);

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('writeSummaryWorkbook', () => {
  it('writes the five sheets; a second reader finds the totals of aggregateReports', async () => {
    const reports = [a, b];
    const wb = await load(
      writeSummaryWorkbook(
        reports,
        reports.map((r) => validateReport(r)),
      ),
    );
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '按管理单元',
      '按行业',
      '企业明细',
      '问题清单',
    ]);
    const total = aggregateReports(reports, 'total').groups[0];
    const sheet = wb.getWorksheet('汇总');
    let found = 0;
    sheet?.eachRow((row, n) => {
      if (n < 3) return;
      const code = row.getCell(2).value;
      if (code === 'F10') {
        expect(row.getCell(5).value).toBe(6000.55);
        expect(row.getCell(5).numFmt).toBe('#,##0.00');
        expect(row.getCell(6).value).toBe(2);
        expect(row.getCell(8).value).toBe(2); // reporters of last year's figure
        found++;
      }
      if (code === 'Y01') {
        expect(row.getCell(5).value).toBe(total?.values['T3.Y01.thisYear']);
        found++;
      }
    });
    expect(found).toBe(2);
    const units = wb.getWorksheet('按管理单元');
    expect(units?.getRow(2).getCell(1).value).toBe('500103');
    expect(units?.getRow(3).getCell(1).value).toBe('500104');
    expect(units?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('sums every return unless the caller leaves some out; all are listed, marked 计入汇总', async () => {
    const tiny = setCells(cleanAnnualReport(), [
      ['T1.B06.value', '500105'],
      ['T2.F10.thisYear', '400'],
      ['T2.F11.thisYear', '400'],
    ]);
    const f10 = async (bytes: Uint8Array) => {
      const wb = await load(bytes);
      let value: unknown;
      wb.getWorksheet('汇总')?.eachRow((row) => {
        if (row.getCell(2).value === 'F10') value = row.getCell(5).value;
      });
      return { wb, value };
    };
    const all = await f10(writeSummaryWorkbook([a, b, tiny], [[], [], []]));
    expect(all.value).toBe(6400.55); // exchange.md: the sum over the enterprises
    expect(String(all.wb.getWorksheet('汇总')?.getRow(1).getCell(1).value)).toContain('（3 家企业）');

    const chosen = await f10(
      writeSummaryWorkbook([a, b, tiny], [[], [], []], { excluded: [undefined, '退回', '不在调查范围'] }),
    );
    expect(chosen.value).toBe(3000);
    expect(String(chosen.wb.getWorksheet('汇总')?.getRow(1).getCell(1).value)).toContain(
      '（1 家企业，不含退回 1 家、不在调查范围 1 家）',
    );
    const detail = chosen.wb.getWorksheet('企业明细');
    expect(detail?.getRow(1).getCell(13).value).toBe('计入汇总');
    expect([2, 3, 4].map((r) => detail?.getRow(r).getCell(13).value)).toEqual([
      '是',
      '否（退回）',
      '否（不在调查范围）',
    ]);
    expect(chosen.wb.getWorksheet('按管理单元')?.rowCount).toBe(2); // header + the one unit summed
  });

  it('keeps text as text (no formula injection) in the enterprise list', async () => {
    const wb = await load(writeSummaryWorkbook([a], [[]]));
    const cell = wb.getWorksheet('企业明细')?.getRow(2).getCell(2);
    expect(cell?.value).toBe('=HYPERLINK("http://x")');
    expect(cell?.formula).toBeUndefined();
  });

  it('names the file after the unit and period', () => {
    expect(summaryFileName('渝中区', '2020')).toBe('汇总_渝中区_2020.xlsx');
    expect(summaryFileName('a/b', '2021-03')).toBe('汇总_a_b_2021-03.xlsx');
  });
});
