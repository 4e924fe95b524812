import { describe, expect, it } from 'vitest';
import { dayOf, daysInMonth, isoDate, nextMonth, parseDate, parseMonth, shanghaiDateOf } from './dates';

describe('calendar dates', () => {
  it('parses only real dates and months', () => {
    expect(parseDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseDate('2021-02-29')).toBeUndefined();
    expect(parseDate('2021-04-31')).toBeUndefined();
    expect(parseDate('2021-4-1')).toBeUndefined();
    expect(parseMonth('2021-12')).toEqual({ year: 2021, month: 12 });
    expect(parseMonth('2021-00')).toBeUndefined();
  });

  it('counts days and months', () => {
    expect(dayOf('2021-03-01') - dayOf('2021-02-28')).toBe(1);
    expect(dayOf('2021-01-01') - dayOf('2020-12-31')).toBe(1);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(nextMonth(2021, 12)).toEqual({ year: 2022, month: 1 });
    expect(isoDate(2021, 3, 5)).toBe('2021-03-05');
  });

  it('takes the Asia/Shanghai date of an instant', () => {
    expect(shanghaiDateOf('2021-03-20T18:00:00+08:00')).toBe('2021-03-20');
    expect(shanghaiDateOf('2021-03-20T16:30:00Z')).toBe('2021-03-21');
    expect(() => shanghaiDateOf('soon')).toThrow(RangeError);
  });
});
