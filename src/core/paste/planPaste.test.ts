import { describe, expect, it } from 'vitest';
import { getEdition } from '../catalog/editions';
import { layoutOf } from '../catalog/layout';
import { isBlockPaste, parseClipboard, planPaste } from './planPaste';

const annual = layoutOf(getEdition('2020'), 'annual');
const monthly = layoutOf(getEdition('2020'), 'monthly');

describe('planPaste', () => {
  it('fills a column of values down from the focused cell, in table order', () => {
    const plan = planPaste(annual, 'T2.F01.thisYear', '5000\r\n3000\r\n2000\r\n');
    expect(plan.shape).toBe('values');
    expect(plan.fills).toEqual([
      ['T2.F01.thisYear', '5000'],
      ['T2.F02.thisYear', '3000'],
      ['T2.F03.thisYear', '2000'],
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('fills a block across columns and skips computed cells and cells past the edge', () => {
    const plan = planPaste(annual, 'T3.Y01.thisYear', '9\t8\t7\n1,200\t960');
    expect(plan.fills).toEqual([
      ['T3.Y02.thisYear', '1,200'],
      ['T3.Y02.lastYear', '960'],
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['computed', 'computed', 'outside']);
  });

  it('matches rows by a code column (numeric codes, full-width digits) and reports unknown codes', () => {
    const text = ['２０１０\t500', '2021\t120', '9999\t1', '2112\t 35 '].join('\n');
    const plan = planPaste(monthly, 'M.2010.ytd', text);
    expect(plan.shape).toBe('codes');
    expect(plan.fills).toEqual([
      ['M.2010.ytd', '500'],
      ['M.2021.ytd', '120'],
      ['M.2112.ytd', '35'],
    ]);
    expect(plan.skipped).toEqual([{ line: 3, text: '9999 1', reason: 'unknownCode' }]);
  });

  it('takes figures that happen to equal a monthly code as values: one line, or half the lines coded', () => {
    const one = planPaste(monthly, 'M.2090.ytd', '2021\t1800\r\n');
    expect(one.shape).toBe('values');
    expect(one.fills).toEqual([
      ['M.2090.ytd', '2021'],
      ['M.2090.ytdLastYear', '1800'],
    ]);
    expect(planPaste(monthly, 'M.2090.ytd', '2043\t1800\r\n2500\t2300').shape).toBe('values');
    // Letter codes cannot be figures: one coded line of an annual table is still code + values.
    expect(planPaste(layoutOf(getEdition('2020'), 'annual'), 'T2.F01.thisYear', 'F03\t100').fills).toEqual([
      ['T2.F03.thisYear', '100'],
    ]);
  });

  it('keeps blank cells of the block from clearing the form', () => {
    expect(planPaste(annual, 'T2.F01.thisYear', '1\n\n3').fills).toEqual([
      ['T2.F01.thisYear', '1'],
      ['T2.F03.thisYear', '3'],
    ]);
  });

  it('tells a block from a single value and parses quoted cells', () => {
    expect(isBlockPaste('123')).toBe(false);
    expect(isBlockPaste('123\r\n')).toBe(false);
    expect(isBlockPaste('1\t2')).toBe(true);
    expect(parseClipboard('"a b"\t1\r\n2')).toEqual([['a b', '1'], ['2']]);
  });
});
