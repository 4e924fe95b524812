import { describe, expect, it } from 'vitest';
import type { Report } from '../../index';
import { emptyReport, previousMonthFill, setCells } from '../../index';
import { findingsOf, keysOf } from '../testing/ruleCases';
import { cleanMonthlyReport } from '../testing/sampleReports';

/** The clean March return (ytd = 3 months, 本年上期累计 = 2 months) with changes. */
const march = (entries: readonly (readonly [string, string | undefined])[] = []): Report =>
  setCells(cleanMonthlyReport(3), entries);

describe('M-PERIOD', () => {
  it('fires for a month outside the edition’s monthly year, as a report-level finding', () => {
    const [f] = findingsOf({ ...march(), period: '2022-03' }, 'M-PERIOD', { today: '2022-04-05' });
    expect(f?.key).toBe('M-PERIOD@');
    expect(f?.cells).toEqual([]);
    expect(f?.message).toContain('2021 年 1–12 月');
  });

  it('fires until the month has ended', () => {
    expect(keysOf(march(), 'M-PERIOD', { today: '2021-03-31' })).toEqual(['M-PERIOD@']);
    expect(keysOf(march(), 'M-PERIOD', { today: '2021-04-01' })).toEqual([]);
  });
});

describe('M-JAN', () => {
  it('fires when January has a non-zero 本年上期累计', () => {
    const jan = setCells(cleanMonthlyReport(1), [
      ['M.2010.ytdPreviousMonth', '5'],
      ['M.2112.ytdPreviousMonth', 'abc'],
    ]);
    const [f] = findingsOf(jan, 'M-JAN');
    expect(f?.cells).toEqual(['M.2010.ytdPreviousMonth', 'M.2112.ytdPreviousMonth']);
    expect(f?.message).toContain('主营业务收入（2010） 5.00 万元'); // amounts with unit and 2 decimals
    expect(f?.message).toContain('abc'); // a text that is not a number, as typed
    expect(f?.messageEn).toContain('5.00');
    expect(keysOf(setCells(cleanMonthlyReport(1), [['M.2010.ytdPreviousMonth', '0']]), 'M-JAN')).toEqual([]);
    expect(keysOf(march(), 'M-JAN')).toEqual([]);
  });
});

describe('M-PARTS', () => {
  it('fires per relation and column', () => {
    const r = march([
      ['M.20212.ytd', '300.01'],
      ['M.20225.ytd', '135.01'],
      ['M.20212.ytdPreviousMonth', '200.01'],
    ]);
    expect(keysOf(r, 'M-PARTS')).toEqual([
      'M-PARTS@M.20212.ytd',
      'M-PARTS@M.20212.ytdPreviousMonth',
      'M-PARTS@M.20221.ytd',
    ]);
    expect(
      keysOf(
        march([
          ['M.20212.ytd', '300'],
          ['M.20225.ytd', '135'],
        ]),
        'M-PARTS',
      ),
    ).toEqual([]);
  });
});

describe('M-EMBEDDED', () => {
  it('flags embedded rows when embedded = 否', () => {
    const [f] = findingsOf(march([['T1.B13.value', '否']]), 'M-EMBEDDED');
    expect(f?.key).toBe('M-EMBEDDED@M.2024.ytd');
    expect(f?.cells.at(-1)).toBe('T1.B13.value');
    const cleared = (['ytd', 'ytdLastYear', 'ytdPreviousMonth'] as const).flatMap((c) => [
      [`M.2024.${c}`, undefined] as const,
      [`M.2042.${c}`, '0'] as const,
    ]);
    expect(keysOf(march([...cleared, ['T1.B13.value', '否']]), 'M-EMBEDDED')).toEqual([]);
  });
});

describe('M-MAIN', () => {
  it('asks to verify software revenue above main revenue, per column', () => {
    expect(keysOf(march([['M.2010.ytd', '629.99']]), 'M-MAIN')).toEqual(['M-MAIN@M.2020.ytd']);
    expect(keysOf(march([['M.2010.ytd', '630']]), 'M-MAIN')).toEqual([]);
    expect(keysOf(march([['M.2010.ytdLastYear', '503.99']]), 'M-MAIN')).toEqual([
      'M-MAIN@M.2020.ytdLastYear',
    ]);
  });
});

describe('M-DECREASE', () => {
  it('fires when a year-to-date figure is below last month’s', () => {
    const [f] = findingsOf(march([['M.2110.ytdPreviousMonth', '105.01']]), 'M-DECREASE');
    expect(f?.key).toBe('M-DECREASE@M.2110.ytd');
    expect(f?.cells).toEqual(['M.2110.ytd', 'M.2110.ytdPreviousMonth']);
    expect(f?.message).toContain('少 0.01 万元');
    expect(keysOf(march([['M.2110.ytdPreviousMonth', '105']]), 'M-DECREASE')).toEqual([]);
    expect(keysOf(march([['M.2043.ytd', undefined]]), 'M-DECREASE')).toEqual(['M-DECREASE@M.2043.ytd']);
  });

  it('does not run on a month nobody has started (no 本年本期累计 at all)', () => {
    const fresh = emptyReport({ edition: '2020', kind: 'monthly', period: '2021-03' });
    const started = setCells(fresh, previousMonthFill(fresh, cleanMonthlyReport(2)));
    expect(keysOf(started, 'M-DECREASE')).toEqual([]);
    expect(keysOf(setCells(started, [['M.2010.ytd', '1']]), 'M-DECREASE').length).toBeGreaterThan(0);
  });

  it('leaves a required row not filled in yet to F-REQ (a new month is not a column of 待说明)', () => {
    const blank = march([['M.2010.ytd', undefined]]);
    expect(keysOf(blank, 'M-DECREASE')).toEqual([]);
    expect(keysOf(blank, 'F-REQ')).toEqual(['F-REQ@M.2010.ytd']);
    expect(keysOf(march([['M.2010.ytd', '0']]), 'M-DECREASE')).toEqual(['M-DECREASE@M.2010.ytd']);
  });
});

describe('M-YOY', () => {
  it('fires on a change above yoyMaxPercent against 上年同期累计', () => {
    expect(keysOf(march([['M.2010.ytdLastYear', '499.99']]), 'M-YOY')).toEqual(['M-YOY@M.2010.ytd']);
    expect(keysOf(march([['M.2010.ytdLastYear', '500']]), 'M-YOY')).toEqual([]);
    expect(keysOf(march([['M.2021.ytdLastYear', '1000']]), 'M-YOY')).toEqual(['M-YOY@M.2020.ytd']);
    expect(keysOf(march([['M.2010.ytdLastYear', undefined]]), 'M-YOY')).toEqual([]);
  });
});

describe('M-WAGE', () => {
  it('annualises the year-to-date wage per head by the months of the column', () => {
    expect(keysOf(march([['M.2111.ytd', '54.99']]), 'M-WAGE')).toEqual(['M-WAGE@M.2111.ytd']);
    expect(keysOf(march([['M.2111.ytd', '55']]), 'M-WAGE')).toEqual([]);
    expect(keysOf(march([['M.2111.ytdPreviousMonth', '36.66']]), 'M-WAGE')).toEqual([
      'M-WAGE@M.2111.ytdPreviousMonth',
    ]);
    expect(keysOf(march([['M.2111.ytdPreviousMonth', '36.67']]), 'M-WAGE')).toEqual([]);
    expect(keysOf(march([['M.2111.ytd', '5500.01']]), 'M-WAGE')).toEqual(['M-WAGE@M.2111.ytd']);
    const [f] = findingsOf(march([['M.2111.ytd', '54.99']]), 'M-WAGE');
    expect(f?.message).toContain('× 12 ÷ 3 个月 = 折合年人均 2.00 万元');
  });
});

describe('M-EXPORT', () => {
  it('uses the rate of the column’s year: 6.45 for 2021, 6.90 for 上年同期 (2020)', () => {
    expect(keysOf(march([['M.2041.ytd', '88.68']]), 'M-EXPORT')).toEqual(['M-EXPORT@M.2040.ytd']);
    expect(keysOf(march([['M.2041.ytd', '88.67']]), 'M-EXPORT')).toEqual([]);
    expect(keysOf(march([['M.2041.ytdLastYear', '65.85']]), 'M-EXPORT')).toEqual([
      'M-EXPORT@M.2040.ytdLastYear',
    ]);
    expect(keysOf(march([['M.2041.ytdLastYear', '65.84']]), 'M-EXPORT')).toEqual([]);
  });
});

describe('M-STAFF-JUMP', () => {
  const previousMonth = cleanMonthlyReport(2);
  it('fires when the average staff changed by more than jumpMaxPercent since last month', () => {
    expect(keysOf(march([['M.2112.ytd', '133']]), 'M-STAFF-JUMP', { previousMonth })).toEqual([
      'M-STAFF-JUMP@M.2112.ytd',
    ]);
    expect(keysOf(march([['M.2112.ytd', '87']]), 'M-STAFF-JUMP', { previousMonth })).toEqual([
      'M-STAFF-JUMP@M.2112.ytd',
    ]);
    expect(keysOf(march([['M.2112.ytd', '132']]), 'M-STAFF-JUMP', { previousMonth })).toEqual([]);
    expect(keysOf(march([['M.2112.ytd', '88']]), 'M-STAFF-JUMP', { previousMonth })).toEqual([]);
    // Not typed yet: F-REQ reports it, not a fall of 100 %.
    expect(keysOf(march([['M.2112.ytd', undefined]]), 'M-STAFF-JUMP', { previousMonth })).toEqual([]);
  });

  it('runs only with the previous month’s return', () => {
    expect(keysOf(march([['M.2112.ytd', '200']]), 'M-STAFF-JUMP')).toEqual([]);
    const wrong = cleanMonthlyReport(1);
    expect(keysOf(march([['M.2112.ytd', '200']]), 'M-STAFF-JUMP', { previousMonth: wrong })).toEqual([]);
  });
});
