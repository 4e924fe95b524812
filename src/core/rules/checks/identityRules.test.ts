import { describe, expect, it } from 'vitest';
import { setCells } from '../../index';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';
import { cleanMonthlyReport } from '../testing/sampleReports';

describe('code-list rules', () => {
  const cases = [
    ['B-REGION', 'B05', '500999', '500112'],
    ['B-UNIT', 'B06', '500999', 'CQ-LJXQ'],
    ['B-REGTYPE', 'B07', '999', '159'],
    ['B-CONTROL', 'B08', '7', '9'],
    ['B-INDUSTRY', 'B09', '651', '6520'],
  ] as const;
  for (const [rule, code, bad, good] of cases) {
    it(`${rule}: ${code} must be a code of its list`, () => {
      const [f, ...rest] = findingsOf(annualWith([[`T1.${code}.value`, bad]]), rule);
      expect(rest).toEqual([]);
      expect(f?.key).toBe(`${rule}@T1.${code}.value`);
      expect(f?.message).toContain(`“${bad}”不是有效代码`);
      expect(keysOf(annualWith([[`T1.${code}.value`, good]]), rule)).toEqual([]);
      expect(keysOf(annualWith([[`T1.${code}.value`, undefined]]), rule)).toEqual([]);
    });
  }

  it('B-REGION and B-UNIT also run on monthly returns', () => {
    const m = setCells(cleanMonthlyReport(3), [
      ['T1.B05.value', '123456'],
      ['T1.B06.value', 'X'],
    ]);
    expect(keysOf(m, 'B-REGION')).toEqual(['B-REGION@T1.B05.value']);
    expect(keysOf(m, 'B-UNIT')).toEqual(['B-UNIT@T1.B06.value']);
  });
});

describe('B-UNIT-MISMATCH', () => {
  it('asks to verify a district unit that is not the district of B05', () => {
    const [f] = findingsOf(annualWith([['T1.B06.value', '500112']]), 'B-UNIT-MISMATCH');
    expect(f?.key).toBe('B-UNIT-MISMATCH@T1.B06.value');
    expect(f?.cells).toEqual(['T1.B06.value', 'T1.B05.value']);
    expect(f?.message).toContain('管理单元（B06）渝北区与区划代码（B05）500103 渝中区不一致');
  });

  it('exempts the functional zones and skips invalid codes', () => {
    expect(keysOf(annualWith([['T1.B06.value', 'CQ-GXQ']]), 'B-UNIT-MISMATCH')).toEqual([]);
    expect(keysOf(annualWith([['T1.B06.value', '500103']]), 'B-UNIT-MISMATCH')).toEqual([]);
    expect(
      keysOf(
        annualWith([
          ['T1.B05.value', '500999'],
          ['T1.B06.value', '500112'],
        ]),
        'B-UNIT-MISMATCH',
      ),
    ).toEqual([]);
  });
});

describe('B-INDUSTRY-MIX', () => {
  // Clean: F11 = 2,800.00, Y01 = 2,500.00, Y09 = 0; half of F11 is 1,400.00.
  it('division 65 (not 6520) with software revenue below half of main revenue', () => {
    const low = annualWith([['T3.Y02.thisYear', '99.99']]); // Y01 = 1,399.99
    const [f] = findingsOf(low, 'B-INDUSTRY-MIX');
    expect(f?.cells).toEqual(['T1.B09.value', 'T3.Y01.thisYear', 'T2.F11.thisYear']);
    expect(f?.message).toContain('软件业务收入合计（Y01）本年 1,399.99 万元低于主营业务收入的 50%');
    expect(keysOf(annualWith([['T3.Y02.thisYear', '100']]), 'B-INDUSTRY-MIX')).toEqual([]);
  });

  it('6520 with IC design revenue below half of main revenue', () => {
    const ic = [['T1.B09.value', '6520']] as const;
    expect(keysOf(annualWith(ic), 'B-INDUSTRY-MIX')).toEqual(['B-INDUSTRY-MIX@T1.B09.value']);
    const enough = annualWith([...ic, ['T3.Y09.thisYear', '1400']]);
    expect(keysOf(enough, 'B-INDUSTRY-MIX')).toEqual([]);
  });

  it('outside divisions 64–65 with software revenue at least half of main revenue', () => {
    expect(keysOf(annualWith([['T1.B09.value', '6311']]), 'B-INDUSTRY-MIX')).toEqual([
      'B-INDUSTRY-MIX@T1.B09.value',
    ]);
    expect(
      keysOf(
        annualWith([
          ['T1.B09.value', '6311'],
          ['T3.Y02.thisYear', '99.99'],
        ]),
        'B-INDUSTRY-MIX',
      ),
    ).toEqual([]);
    expect(keysOf(annualWith([['T1.B09.value', '6421']]), 'B-INDUSTRY-MIX')).toEqual([]);
  });

  it('does not run without main revenue or with an invalid code', () => {
    expect(
      keysOf(
        annualWith([
          ['T1.B09.value', '6311'],
          ['T2.F11.thisYear', '0'],
        ]),
        'B-INDUSTRY-MIX',
      ),
    ).toEqual([]);
    expect(keysOf(annualWith([['T1.B09.value', '9999']]), 'B-INDUSTRY-MIX')).toEqual([]);
  });
});
