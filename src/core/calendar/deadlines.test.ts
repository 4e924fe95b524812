import { describe, expect, it } from 'vitest';
import type { Edition } from '../index';
import {
  annualDeadline,
  cityDeadline,
  deadlineStatus,
  getEdition,
  isEditionMonth,
  monthEnded,
  monthlyDeadline,
  reviewUnitDeadline,
} from '../index';
import { cleanAnnualReport, cleanMonthlyReport } from '../rules/testing/sampleReports';

const edition = getEdition('2020');

describe('deadlines of edition 2020', () => {
  it('come from the edition data', () => {
    expect(annualDeadline(edition)).toBe('2021-03-20T18:00:00+08:00');
    expect(reviewUnitDeadline(edition)).toBe('2021-03-15T18:00:00+08:00');
    expect(cityDeadline(edition)).toBe('2021-03-31T23:59:59+08:00');
  });

  it('monthly: the 15th of the following month, 23:59 Asia/Shanghai, across the year end', () => {
    expect(monthlyDeadline(edition, '2021-01')).toBe('2021-02-15T23:59:00+08:00');
    expect(monthlyDeadline(edition, '2021-12')).toBe('2022-01-15T23:59:00+08:00');
    const day31: Edition = { ...edition, deadlines: { ...edition.deadlines, monthlyDay: 31 } };
    expect(monthlyDeadline(day31, '2021-01')).toBe('2021-02-28T23:59:00+08:00');
    expect(() => monthlyDeadline(edition, '2021-13')).toThrow(RangeError);
  });
});

describe('deadlineStatus', () => {
  it('counts calendar days to the deadline day; late from the day after', () => {
    const annual = cleanAnnualReport();
    expect(deadlineStatus(annual, edition, '2021-03-01')).toEqual({
      deadline: '2021-03-20T18:00:00+08:00',
      daysLeft: 19,
      late: false,
    });
    expect(deadlineStatus(annual, edition, '2021-03-20')).toMatchObject({ daysLeft: 0, late: false });
    expect(deadlineStatus(annual, edition, '2021-03-21')).toMatchObject({ daysLeft: -1, late: true });
  });

  it('takes a return or just its kind and period', () => {
    expect(deadlineStatus(cleanMonthlyReport(2), edition, '2021-03-15')).toEqual({
      deadline: '2021-03-15T23:59:00+08:00',
      daysLeft: 0,
      late: false,
    });
    expect(deadlineStatus({ kind: 'monthly', period: '2021-12' }, edition, '2022-01-16').late).toBe(true);
    expect(deadlineStatus({ kind: 'monthly', period: '2021-02' }, edition, '2021-02-27').daysLeft).toBe(16);
  });

  it('reads a deadline with another offset in Asia/Shanghai time', () => {
    const utc: Edition = { ...edition, deadlines: { ...edition.deadlines, annual: '2021-03-20T17:00:00Z' } };
    expect(deadlineStatus(cleanAnnualReport(), utc, '2021-03-21')).toMatchObject({
      daysLeft: 0,
      late: false,
    });
  });

  it('refuses a malformed today', () => {
    expect(() => deadlineStatus(cleanAnnualReport(), edition, '2021-3-1')).toThrow(RangeError);
  });
});

describe('months of the edition', () => {
  it('knows the monthly year and when a month has ended', () => {
    expect(isEditionMonth(edition, '2021-07')).toBe(true);
    expect(isEditionMonth(edition, '2020-12')).toBe(false);
    expect(isEditionMonth(edition, '2021-13')).toBe(false);
    expect(monthEnded('2021-02', '2021-02-28')).toBe(false);
    expect(monthEnded('2021-02', '2021-03-01')).toBe(true);
    expect(monthEnded('2021-12', '2021-12-31')).toBe(false);
    expect(monthEnded('2021-12', '2022-01-01')).toBe(true);
  });
});
