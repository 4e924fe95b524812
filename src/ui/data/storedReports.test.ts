import { describe, expect, it } from 'vitest';
import {
  contextFromReturns,
  emptyReport,
  previousMonthFill,
  setCell,
  setCells,
  toStoredForm,
  validateReport,
} from '../../core';
import { cleanMonthlyReport, cleanMonthlyToday } from '../../core/rules/testing/sampleReports';
import type { ReturnRow } from '../../storage';
import { checkReturn, reportsOf } from './storedReports';

const rowOf = (raw: string, version: number): ReturnRow => ({
  id: 'e1:annual:2020',
  enterpriseId: 'e1',
  kind: 'annual',
  period: '2020',
  data: toStoredForm(
    setCell(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), 'T2.F01.thisYear', raw),
  ),
  version,
  updatedAt: '2026-11-29T00:00:00.000Z',
});

describe('reportsOf', () => {
  it('reuses the report of an unchanged row and re-reads a row written again', () => {
    const [first] = reportsOf([rowOf('100', 1)]);
    const [again] = reportsOf([rowOf('100', 1)]);
    expect(again).toBe(first);
    const [written] = reportsOf([rowOf('200', 2)]);
    expect(written).not.toBe(first);
    expect(written?.cells['T2.F01.thisYear']?.raw).toBe('200');
  });

  it('skips a row that cannot be read', () => {
    const bad = { ...rowOf('1', 9), data: { nonsense: true } } as unknown as ReturnRow;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(reportsOf([bad])).toEqual([]);
    } finally {
      console.warn = warn;
    }
  });
});

describe('checkReturn', () => {
  it('checks a monthly return with 本年上期累计 carried from the previous month, as the editor shows it', () => {
    const today = cleanMonthlyToday(3);
    const march = cleanMonthlyReport(3);
    // February corrected after March was last saved: its 本年本期累计 of 2010 is now far higher.
    const feb = setCell(cleanMonthlyReport(2), 'M.2010.ytd', '999999');
    const asStored = validateReport(march, contextFromReturns(march, [feb], today));
    const filled = setCells(march, previousMonthFill(march, feb));
    const asShown = validateReport(filled, contextFromReturns(filled, [feb], today));
    const keys = (fs: { key: string }[]) => fs.map((f) => f.key);
    expect(keys(asShown)).not.toEqual(keys(asStored)); // the fill matters for this case
    expect(keys(checkReturn(march, [feb], today).findings)).toEqual(keys(asShown));
  });
});
