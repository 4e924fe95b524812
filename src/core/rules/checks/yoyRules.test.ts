import { describe, expect, it } from 'vitest';
import type { Report } from '../../index';
import { emptyReport, setCells } from '../../index';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';
import { cleanAnnualReport } from '../testing/sampleReports';

describe('Y-YOY', () => {
  it('fires on a change above yoyMaxPercent against a positive 上年同期', () => {
    const r = annualWith([['T2.F10.lastYear', '1999.99']]);
    const [f] = findingsOf(r, 'Y-YOY');
    expect(f?.key).toBe('Y-YOY@T2.F10.thisYear');
    expect(f?.cells).toEqual(['T2.F10.thisYear', 'T2.F10.lastYear']);
    expect(f?.message).toContain(
      '营业收入（F10）本年 3,000.00 万元比营业收入（F10）上年同期 1,999.99 万元增长 50.0%',
    );
    expect(keysOf(annualWith([['T2.F10.lastYear', '2000']]), 'Y-YOY')).toEqual([]);
  });

  it('covers F11, Y01 and Y17, falls as well as rises, and skips a blank or 0 上年同期', () => {
    expect(
      keysOf(
        annualWith([
          ['T3.Y17.lastYear', '241'],
          ['T3.Y18.lastYear', '1'],
        ]),
        'Y-YOY',
      ),
    ).toEqual(['Y-YOY@T3.Y17.thisYear']);
    expect(
      keysOf(
        annualWith([
          ['T3.Y17.lastYear', '240'],
          ['T3.Y18.lastYear', '1'],
        ]),
        'Y-YOY',
      ),
    ).toEqual([]);
    expect(keysOf(annualWith([['T2.F11.lastYear', '5600.01']]), 'Y-YOY')).toEqual(['Y-YOY@T2.F11.thisYear']);
    expect(keysOf(annualWith([['T3.Y02.lastYear', '4000']]), 'Y-YOY')).toEqual(['Y-YOY@T3.Y01.thisYear']);
    expect(keysOf(annualWith([['T2.F10.lastYear', undefined]]), 'Y-YOY')).toEqual([]);
    expect(keysOf(annualWith([['T2.F10.lastYear', '0']]), 'Y-YOY')).toEqual([]);
  });
});

/** Last year's annual return whose 本年 equals the clean sample's 上年同期. */
function lastYearReturn(period = '2019'): Report {
  const clean = cleanAnnualReport();
  const entries: [string, string][] = [];
  for (const [ref, cell] of Object.entries(clean.cells))
    if (ref.endsWith('.lastYear')) entries.push([ref.replace('.lastYear', '.thisYear'), cell.raw]);
  return setCells(emptyReport({ edition: '2020', kind: 'annual', period }), entries);
}

describe('Y-LASTYEAR', () => {
  it('is silent when 上年同期 matches last year’s return, and without that context', () => {
    expect(keysOf(cleanAnnualReport(), 'Y-LASTYEAR', { lastYearAnnual: lastYearReturn() })).toEqual([]);
    expect(keysOf(annualWith([['T2.F10.lastYear', '1']]), 'Y-LASTYEAR')).toEqual([]);
  });

  it('fires per differing cell, naming last year’s figure', () => {
    const last = setCells(lastYearReturn(), [
      ['T2.F10.thisYear', '2400.01'],
      ['T3.Y17.thisYear', '95'],
    ]);
    const found = findingsOf(cleanAnnualReport(), 'Y-LASTYEAR', { lastYearAnnual: last });
    expect(found.map((f) => f.key)).toEqual(['Y-LASTYEAR@T2.F10.lastYear', 'Y-LASTYEAR@T3.Y17.lastYear']);
    expect(found[0]?.message).toContain(
      '营业收入（F10）上年同期 2,400.00 万元与 2019 年年报的本年数 2,400.01 万元 不一致，相差 0.01 万元',
    );
    expect(found[0]?.severity).toBe('verify');
  });

  it('does not run on a return of another year, and skips tables whose 上年同期 is blank', () => {
    const last = setCells(lastYearReturn('2018'), [['T2.F10.thisYear', '1']]);
    expect(keysOf(cleanAnnualReport(), 'Y-LASTYEAR', { lastYearAnnual: last })).toEqual([]);
    const noT5LastYear = annualWith(
      ['A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09'].map(
        (c) => [`T5.${c}.lastYear`, undefined] as const,
      ),
    );
    expect(keysOf(noT5LastYear, 'Y-LASTYEAR', { lastYearAnnual: lastYearReturn() })).toEqual([]);
  });
});

/** The December monthly return of 2020 matching the clean annual return. */
function december(entries: readonly (readonly [string, string])[] = [], period = '2020-12'): Report {
  const base: [string, string][] = [
    ['M.2010.ytd', '2800'],
    ['M.2021.ytd', '1200'],
    ['M.2022.ytd', '1000'],
    ['M.2023.ytd', '200'],
    ['M.2024.ytd', '100'],
    ['M.2041.ytd', '50'],
    ['M.2042.ytd', '10'],
    ['M.2043.ytd', '20'],
    ['M.2090.ytd', '375'],
    ['M.2111.ytd', '1100'],
    ['M.2112.ytd', '110'],
  ];
  return setCells(emptyReport({ edition: '2020', kind: 'monthly', period }), [...base, ...entries]);
}

describe('X-MONTH-DEC', () => {
  it('is silent when the annual return matches December, and without that context', () => {
    expect(keysOf(cleanAnnualReport(), 'X-MONTH-DEC', { decemberMonthly: december() })).toEqual([]);
    expect(keysOf(cleanAnnualReport(), 'X-MONTH-DEC')).toEqual([]);
  });

  it('fires per pair differing by more than annualVsDecemberMaxPercent of the annual value', () => {
    const found = findingsOf(cleanAnnualReport(), 'X-MONTH-DEC', {
      decemberMonthly: december([
        ['M.2010.ytd', '2940.01'],
        ['M.2112.ytd', '104'],
      ]),
    });
    expect(found.map((f) => f.key)).toEqual(['X-MONTH-DEC@T2.F11.thisYear', 'X-MONTH-DEC@T3.Y19.thisYear']);
    expect(found[0]?.message).toContain(
      '主营业务收入（F11）本年 2,800.00 万元与 2020 年 12 月月报的主营业务收入（2010）本年本期累计 2,940.01 万元 相差 140.01 万元（5.0%）',
    );
    const edge = december([
      ['M.2010.ytd', '2940'],
      ['M.2112.ytd', '105'],
      ['M.2090.ytd', '356.25'],
    ]);
    expect(keysOf(cleanAnnualReport(), 'X-MONTH-DEC', { decemberMonthly: edge })).toEqual([]);
  });

  it('does not run on a monthly return of another month or year', () => {
    const other = december([['M.2010.ytd', '1']], '2021-12');
    expect(keysOf(cleanAnnualReport(), 'X-MONTH-DEC', { decemberMonthly: other })).toEqual([]);
  });
});
