import { describe, expect, it } from 'vitest';
import { cellValue, formattedCell, getCell, isComputed, setCell, setCells, setExplanation } from './cells';
import { emptyReport } from './emptyReport';
import { enterpriseSize } from './enterpriseSize';

const annual = () => emptyReport({ edition: '2020', kind: 'annual', period: '2020' });

describe('setCell / getCell / cellValue', () => {
  it('keeps the raw text next to the exact parsed value', () => {
    const r = setCell(annual(), 'T2.F01.thisYear', ' １２,３４５.６ ');
    expect(getCell(r, 'T2.F01.thisYear')).toBe(' １２,３４５.６ ');
    expect(r.cells['T2.F01.thisYear']).toEqual({ raw: ' １２,３４５.６ ', value: 1234560 });
    expect(cellValue(r, 'T2.F01.thisYear')).toBe(12345.6);
    expect(formattedCell(r, 'T2.F01.thisYear')).toBe('12,345.60');
  });

  it('keeps text that is not a number, with its problem, and never drops it', () => {
    const r = setCell(annual(), 'T2.F01.thisYear', '约一万');
    expect(r.cells['T2.F01.thisYear']).toEqual({ raw: '约一万', problem: 'notNumber' });
    expect(cellValue(r, 'T2.F01.thisYear')).toBeNull();
  });

  it('is a pure transition: the old report is unchanged', () => {
    const before = annual();
    const after = setCell(before, 'T2.F01.thisYear', '1');
    expect(before.cells).toEqual({});
    expect(after).not.toBe(before);
  });

  it('clears a cell on blank or undefined', () => {
    const r = setCell(annual(), 'T2.F01.thisYear', '1');
    expect(setCell(r, 'T2.F01.thisYear', '  ').cells).toEqual({});
    expect(setCell(r, 'T2.F01.thisYear', undefined).cells).toEqual({});
  });

  it('refuses unknown and computed references with a RangeError', () => {
    expect(() => setCell(annual(), 'T9.X.thisYear', '1')).toThrow(RangeError);
    expect(() => setCell(annual(), 'M.2010.ytd', '1')).toThrow(RangeError);
    expect(() => setCell(annual(), 'T3.Y01.thisYear', '1')).toThrow(RangeError);
    expect(() => getCell(annual(), '__proto__')).toThrow(RangeError);
  });

  it('derives computed cells from their parts, per column, blanks as 0', () => {
    let r = setCells(annual(), [
      ['T3.Y02.thisYear', '100'],
      ['T3.Y05.thisYear', '50.25'],
      ['T3.Y10.lastYear', '7'],
    ]);
    expect(isComputed(r, 'T3.Y01.thisYear')).toBe(true);
    expect(getCell(r, 'T3.Y01.thisYear')).toBe('150.25');
    expect(cellValue(r, 'T3.Y01.lastYear')).toBe(7);
    expect(cellValue(r, 'T3.Y13.thisYear')).toBeNull();
    r = setCell(r, 'T3.Y05.thisYear', '0.75');
    expect(cellValue(r, 'T3.Y01.thisYear')).toBe(100.75);
  });

  it('sums nested T4 subtotals up to C0', () => {
    const r = setCells(annual(), [
      ['T4.C131.thisYear', '1'],
      ['T4.C133.thisYear', '2'],
      ['T4.C11.thisYear', '4'],
      ['T4.C251.thisYear', '8'],
      ['T4.C31.thisYear', '16'],
    ]);
    expect(cellValue(r, 'T4.C13.thisYear')).toBe(3);
    expect(cellValue(r, 'T4.C1.thisYear')).toBe(7);
    expect(cellValue(r, 'T4.C2.thisYear')).toBe(8);
    expect(cellValue(r, 'T4.C0.thisYear')).toBe(31);
  });

  it('derives B02 from the credit code and B12 from staff and revenue', () => {
    let r = setCell(annual(), 'T1.B01.value', '91500103-MA5U00000D');
    expect(getCell(r, 'T1.B02.value')).toBe('MA5U00000');
    expect(enterpriseSize(r)).toBeNull();
    r = setCells(r, [
      ['T3.Y17.thisYear', '300'],
      ['T2.F10.thisYear', '10000'],
    ]);
    expect(getCell(r, 'T1.B12.value')).toBe('大型');
    expect(enterpriseSize(setCell(r, 'T2.F10.thisYear', '9999.99'))).toBe('中型');
    expect(enterpriseSize(setCell(r, 'T3.Y17.thisYear', '9'))).toBe('微型');
    expect(
      enterpriseSize(
        setCells(r, [
          ['T3.Y17.thisYear', '10'],
          ['T2.F10.thisYear', '50'],
        ]),
      ),
    ).toBe('小型');
  });

  it('sets and clears explanations', () => {
    const r = setExplanation(annual(), 'T2-INSOLVENT@T2.F03.thisYear', '企业处于扩张期，负债较高。');
    expect(r.explanations).toEqual({ 'T2-INSOLVENT@T2.F03.thisYear': '企业处于扩张期，负债较高。' });
    expect(setExplanation(r, 'T2-INSOLVENT@T2.F03.thisYear', ' ').explanations).toEqual({});
  });

  it('monthly returns have the monthly table and the identity fields only', () => {
    const m = emptyReport({ edition: '2020', kind: 'monthly', period: '2021-03' });
    const r = setCells(m, [
      ['M.2021.ytd', '10'],
      ['M.2022.ytd', '5'],
      ['T1.B03.value', '某某软件有限公司'],
    ]);
    expect(cellValue(r, 'M.2020.ytd')).toBe(15);
    expect(() => setCell(m, 'T1.B04.value', 'x')).toThrow(RangeError);
    expect(() => setCell(m, 'T2.F01.thisYear', '1')).toThrow(RangeError);
  });
});
