import { describe, expect, it } from 'vitest';
import { timesRateExceeds, usdRateFor } from '../exportRelation';
import { makeEnv } from '../context';
import { getEdition } from '../../index';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';
import { cleanAnnualReport } from '../testing/sampleReports';

describe('X-T3-T2-TOTAL and X-T3-T2-MAIN', () => {
  it('TOTAL fires when software revenue exceeds operating revenue, and MAIN then stays silent', () => {
    const r = annualWith([['T3.Y02.thisYear', '1700.01']]);
    expect(keysOf(r, 'X-T3-T2-TOTAL')).toEqual(['X-T3-T2-TOTAL@T3.Y01.thisYear']);
    expect(keysOf(r, 'X-T3-T2-MAIN')).toEqual([]);
  });

  it('MAIN asks to verify software revenue between main and operating revenue', () => {
    const r = annualWith([['T3.Y02.thisYear', '1700']]);
    expect(keysOf(r, 'X-T3-T2-TOTAL')).toEqual([]);
    const [f] = findingsOf(r, 'X-T3-T2-MAIN');
    expect(f?.key).toBe('X-T3-T2-MAIN@T3.Y01.thisYear');
    expect(f?.cells).toEqual(['T3.Y01.thisYear', 'T2.F11.thisYear']);
    expect(f?.severity).toBe('verify');
    expect(keysOf(annualWith([['T3.Y02.thisYear', '1500']]), 'X-T3-T2-MAIN')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y02.thisYear', '1500.01']]), 'X-T3-T2-MAIN')).toEqual([
      'X-T3-T2-MAIN@T3.Y01.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y02.lastYear', '1200.01']]), 'X-T3-T2-MAIN')).toEqual([
      'X-T3-T2-MAIN@T3.Y01.lastYear',
    ]);
    expect(keysOf(annualWith([['T2.F10.lastYear', '1999.99']]), 'X-T3-T2-TOTAL')).toEqual([
      'X-T3-T2-TOTAL@T3.Y01.lastYear',
    ]);
  });
});

describe('X-HWCOST', () => {
  it('fires when hardware cost exceeds main business cost', () => {
    expect(keysOf(annualWith([['T3.Y21.thisYear', '1600.01']]), 'X-HWCOST')).toEqual([
      'X-HWCOST@T3.Y21.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y21.thisYear', '1600']]), 'X-HWCOST')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y21.lastYear', '1280.01']]), 'X-HWCOST')).toEqual([
      'X-HWCOST@T3.Y21.lastYear',
    ]);
  });
});

describe('X-EXPORT and X-EXPORT-EMBEDDED', () => {
  it('converts exports at the edition rate for the year and compares exactly', () => {
    // Y13 = Y14 + 10 + 20; Y01 = 2,500.00 万元; rate 6.90.
    expect(keysOf(annualWith([['T3.Y14.thisYear', '332.32']]), 'X-EXPORT')).toEqual([
      'X-EXPORT@T3.Y13.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y14.thisYear', '332.31']]), 'X-EXPORT')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y14.lastYear', '265.86']]), 'X-EXPORT')).toEqual([
      'X-EXPORT@T3.Y13.lastYear',
    ]);
    expect(keysOf(annualWith([['T3.Y14.lastYear', '265.85']]), 'X-EXPORT')).toEqual([]);
  });

  it('names the rate and the converted amount', () => {
    const [f] = findingsOf(annualWith([['T3.Y15.thisYear', '14.5']]), 'X-EXPORT-EMBEDDED');
    expect(f?.cells).toEqual(['T3.Y15.thisYear', 'T3.Y12.thisYear']);
    expect(f?.message).toContain(
      '嵌入式系统软件出口（Y15）本年 14.50 万美元 × 汇率 6.90 = 折合 100.05 万元，大于 嵌入式系统软件收入（Y12）本年 100.00 万元',
    );
    expect(keysOf(annualWith([['T3.Y15.thisYear', '14.49']]), 'X-EXPORT-EMBEDDED')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y15.lastYear', '11.6']]), 'X-EXPORT-EMBEDDED')).toEqual([
      'X-EXPORT-EMBEDDED@T3.Y15.lastYear',
    ]);
    expect(keysOf(annualWith([['T3.Y15.lastYear', '11.59']]), 'X-EXPORT-EMBEDDED')).toEqual([]);
  });

  it('uses the rate of the column year, falling back to the period year', () => {
    const env = makeEnv(cleanAnnualReport(), getEdition('2020'), {});
    expect(usdRateFor(env, 'thisYear')).toBe(6.9);
    expect(usdRateFor(env, 'lastYear')).toBe(6.9); // no 2019 rate in edition 2020
  });

  it('is exact, also beyond the safe integer range', () => {
    expect(timesRateExceeds(300, 6.45, 1935)).toBe(false);
    expect(timesRateExceeds(300, 6.45, 1934)).toBe(true);
    expect(timesRateExceeds(10_000, 6.9, 69_000)).toBe(false);
    expect(timesRateExceeds(999_999_999_999_999, 6.9, 6_899_999_999_999_993)).toBe(true);
    expect(timesRateExceeds(999_999_999_999_999, 6.9, 6_900_000_000_000_000)).toBe(false);
  });
});

describe('X-WAGE-PAYABLE', () => {
  it('asks to verify wages above the payroll credits', () => {
    expect(keysOf(annualWith([['T3.Y20.thisYear', '1200.01']]), 'X-WAGE-PAYABLE')).toEqual([
      'X-WAGE-PAYABLE@T3.Y20.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y20.thisYear', '1200']]), 'X-WAGE-PAYABLE')).toEqual([]);
    expect(keysOf(annualWith([['T2.F27.lastYear', '879.99']]), 'X-WAGE-PAYABLE')).toEqual([
      'X-WAGE-PAYABLE@T3.Y20.lastYear',
    ]);
  });
});

describe('X-SCOPE', () => {
  it('fires when no criterion holds and names the closest one', () => {
    const out = annualWith([
      ['T1.B09.value', '6421'],
      ['T2.F11.thisYear', '900'],
    ]);
    const [f] = findingsOf(out, 'X-SCOPE');
    expect(f?.key).toBe('X-SCOPE@T2.F11.thisYear');
    expect(f?.severity).toBe('verify');
    expect(f?.message).toContain('最接近的是条件（b）');
    expect(f?.message).toContain('主营业务收入（F11）≥ 1,000.00 万元（现为 900.00 万元）');
  });

  it('does not fire when one criterion just holds', () => {
    const edge = annualWith([
      ['T1.B09.value', '6421'],
      ['T2.F11.thisYear', '1000'],
    ]);
    expect(keysOf(edge, 'X-SCOPE')).toEqual([]);
  });
});
