import { describe, expect, it } from 'vitest';
import { emptyReport, setCell } from '../core';
import { cleanAnnualReport, cleanMonthlyReport } from '../core/rules/testing/sampleReports';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('is {统一社会信用代码}_{period}_{年报|月报}.{ext}', () => {
    expect(exportFileName(cleanAnnualReport(), 'xlsx')).toBe('91500103MA5U00000D_2020_年报.xlsx');
    expect(exportFileName(cleanMonthlyReport(3), 'json')).toBe('91500103MA5U00000D_2021-03_月报.json');
  });

  it('takes (and ignores) an enterprise name: the rule has no place for it', () => {
    expect(exportFileName(cleanAnnualReport(), '重庆示例软件有限公司', 'json')).toBe(
      '91500103MA5U00000D_2020_年报.json',
    );
    expect(exportFileName(cleanAnnualReport(), undefined, 'xlsx')).toBe('91500103MA5U00000D_2020_年报.xlsx');
  });

  it('writes 未填代码 when B01 is blank, and never a character a file system refuses', () => {
    const blank = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });
    expect(exportFileName(blank, '某公司', 'xlsx')).toBe('未填代码_2020_年报.xlsx');
    const odd = setCell(blank, 'T1.B01.value', ' ../a:b*c?"d"<e>|f\\g ');
    expect(exportFileName(odd, 'xlsx')).toMatch(/^[^\\/:*?"<>|]+_2020_年报\.xlsx$/);
  });
});
