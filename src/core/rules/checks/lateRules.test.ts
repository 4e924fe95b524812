import { describe, expect, it } from 'vitest';
import { setCell } from '../../report/cells';
import { findingsOf, keysOf } from '../testing/ruleCases';
import { cleanAnnualReport, cleanMonthlyReport } from '../testing/sampleReports';

describe('A-LATE', () => {
  it('is a hint from the day after the annual deadline day', () => {
    expect(keysOf(cleanAnnualReport(), 'A-LATE', { today: '2021-03-20' })).toEqual([]);
    const [f] = findingsOf(cleanAnnualReport(), 'A-LATE', { today: '2021-03-22' });
    expect(f?.key).toBe('A-LATE@');
    expect(f?.severity).toBe('hint');
    expect(f?.message).toContain('2021-03-20 18:00');
    expect(f?.message).toContain('已逾期 2 天');
  });
});

describe('M-LATE', () => {
  it('is a hint from the day after the 15th of the following month', () => {
    expect(keysOf(cleanMonthlyReport(3), 'M-LATE', { today: '2021-04-15' })).toEqual([]);
    expect(keysOf(cleanMonthlyReport(3), 'M-LATE', { today: '2021-04-16' })).toEqual(['M-LATE@']);
    expect(keysOf(cleanMonthlyReport(12), 'M-LATE', { today: '2022-01-15' })).toEqual([]);
    const [f] = findingsOf(cleanMonthlyReport(12), 'M-LATE', { today: '2022-01-16' });
    expect(f?.message).toContain('2021-12 月报应在 2022-01-15 23:59 前报送');
  });

  it('stays silent for a period the edition does not govern (M-PERIOD reports it)', () => {
    expect(
      keysOf({ ...cleanMonthlyReport(3), period: '2019-03' }, 'M-LATE', { today: '2021-01-01' }),
    ).toEqual([]);
  });
});

describe('deadline findings are worked out once per period and day', () => {
  it('gives the same findings for another return of the same period, new ones for another day', () => {
    const a = findingsOf(cleanAnnualReport(), 'A-LATE', { today: '2021-03-22' });
    const b = findingsOf(setCell(cleanAnnualReport(), 'T2.F01.thisYear', '1'), 'A-LATE', {
      today: '2021-03-22',
    });
    expect(b[0]).toBe(a[0]);
    const later = findingsOf(cleanAnnualReport(), 'A-LATE', { today: '2021-03-25' });
    expect(later[0]?.message).toContain('已逾期 5 天');
    expect(
      findingsOf({ ...cleanAnnualReport(), period: '2021' }, 'A-LATE', { today: '2021-03-22' }),
    ).not.toEqual(a);
  });
});
