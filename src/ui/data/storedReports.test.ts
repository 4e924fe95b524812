import { describe, expect, it } from 'vitest';
import { emptyReport, setCell, toStoredForm } from '../../core';
import type { ReturnRow } from '../../storage';
import { reportsOf } from './storedReports';

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
