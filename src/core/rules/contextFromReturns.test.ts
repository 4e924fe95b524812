import { describe, expect, it } from 'vitest';
import { setCell } from '../report/cells';
import { emptyReport } from '../report/emptyReport';
import { cleanAnnualReport, cleanMonthlyReport } from './testing/sampleReports';
import {
  contextFromReturns,
  hasYtdFigures,
  previousMonthFill,
  previousMonthPeriod,
} from './contextFromReturns';

describe('contextFromReturns', () => {
  it('gives an annual return last year’s annual and the same year’s December monthly', () => {
    const annual = cleanAnnualReport();
    const lastYear = { ...emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), period: '2019' };
    const december = { ...cleanMonthlyReport(12), period: `${annual.period}-12` };
    const other = { ...cleanMonthlyReport(11), period: `${annual.period}-11` };
    const ctx = contextFromReturns(annual, [other, december, lastYear], '2021-03-01');
    expect(ctx.lastYearAnnual).toBe(lastYear);
    expect(ctx.decemberMonthly).toBe(december);
    expect(ctx.previousMonth).toBeUndefined();
    expect(ctx.today).toBe('2021-03-01');
  });

  it('gives a monthly return its previous month only, and January none', () => {
    const march = cleanMonthlyReport(3);
    const feb = cleanMonthlyReport(2);
    const jan = cleanMonthlyReport(1);
    expect(contextFromReturns(march, [jan, feb]).previousMonth).toBe(feb);
    expect(contextFromReturns(jan, [feb, march]).previousMonth).toBeUndefined();
    expect(contextFromReturns(march, [jan])).toEqual({});
  });

  it('takes no previous month that has no 本年本期累计 yet (opening a month stores it empty)', () => {
    const march = cleanMonthlyReport(3);
    const openedFeb = emptyReport({ edition: '2020', kind: 'monthly', period: '2021-02' });
    expect(hasYtdFigures(openedFeb)).toBe(false);
    expect(contextFromReturns(march, [openedFeb]).previousMonth).toBeUndefined();
    const started = setCell(openedFeb, 'M.2010.ytd', '100');
    expect(hasYtdFigures(started)).toBe(true);
    expect(contextFromReturns(march, [started]).previousMonth).toBe(started);
  });

  it('names the previous month period', () => {
    expect(previousMonthPeriod('2021-10')).toBe('2021-09');
    expect(previousMonthPeriod('2021-01')).toBeUndefined();
    expect(previousMonthPeriod('2021')).toBeUndefined();
  });
});

describe('previousMonthFill', () => {
  it('copies the previous month’s 本年本期累计 into 本年上期累计 and clears stale cells', () => {
    const feb = cleanMonthlyReport(2);
    let march = emptyReport({ edition: feb.edition, kind: 'monthly', period: '2021-03' });
    march = setCell(march, 'M.2111.ytdPreviousMonth', '999');
    const fill = new Map(previousMonthFill(march, feb));
    expect(fill.get('M.2010.ytdPreviousMonth')).toBe(feb.cells['M.2010.ytd']?.raw);
    const febHas2111 = feb.cells['M.2111.ytd']?.raw;
    expect(fill.get('M.2111.ytdPreviousMonth')).toBe(febHas2111);
    for (const [ref] of fill) expect(ref.startsWith('M.') && ref.endsWith('.ytdPreviousMonth')).toBe(true);
  });

  it('is empty once applied', () => {
    const feb = cleanMonthlyReport(2);
    let march = emptyReport({ edition: feb.edition, kind: 'monthly', period: '2021-03' });
    for (const [ref, raw] of previousMonthFill(march, feb)) march = setCell(march, ref, raw);
    expect(previousMonthFill(march, feb)).toEqual([]);
  });
});
