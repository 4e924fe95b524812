import { describe, expect, it } from 'vitest';
import { emptyReport, setCells } from '../../index';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';

describe('T2-PARTS', () => {
  it('fires once per pair and column where the part exceeds the whole', () => {
    const r = annualWith([
      ['T2.F02.thisYear', '5000.01'],
      ['T2.F11.thisYear', '3000.01'],
      ['T2.F13.lastYear', '1440.01'],
    ]);
    expect(keysOf(r, 'T2-PARTS')).toEqual([
      'T2-PARTS@T2.F02.thisYear',
      'T2-PARTS@T2.F11.thisYear',
      'T2-PARTS@T2.F13.lastYear',
    ]);
    const [f] = findingsOf(r, 'T2-PARTS');
    expect(f?.cells).toEqual(['T2.F02.thisYear', 'T2.F01.thisYear']);
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      '流动资产合计（F02）本年 5,000.01 万元 大于 资产总计（F01）本年 5,000.00 万元，多 0.01 万元。“其中”项不能大于总数，请核对这两项。',
    );
  });

  it('does not fire when the part equals the whole', () => {
    expect(
      keysOf(
        annualWith([
          ['T2.F02.thisYear', '5000'],
          ['T2.F13.lastYear', '1440'],
        ]),
        'T2-PARTS',
      ),
    ).toEqual([]);
  });

  it('checks 上年同期 only when one of its cells is filled there (blank = 0)', () => {
    const base = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });
    expect(keysOf(setCells(base, [['T2.F02.thisYear', '1']]), 'T2-PARTS')).toEqual([
      'T2-PARTS@T2.F02.thisYear',
    ]);
    expect(keysOf(setCells(base, [['T2.F02.lastYear', '1']]), 'T2-PARTS')).toEqual([
      'T2-PARTS@T2.F02.lastYear',
    ]);
    expect(keysOf(setCells(base, [['T2.F01.lastYear', '1']]), 'T2-PARTS')).toEqual([]);
  });
});

describe('T2-BALANCE', () => {
  it('gives both sides and the difference', () => {
    const r = annualWith([
      ['T2.F01.thisYear', '12345'],
      ['T2.F02.thisYear', '0'],
      ['T2.F03.thisYear', '6000'],
      ['T2.F04.thisYear', '6000'],
    ]);
    const [f, ...rest] = findingsOf(r, 'T2-BALANCE');
    expect(rest).toEqual([]);
    expect(f?.key).toBe('T2-BALANCE@T2.F01.thisYear');
    expect(f?.cells).toEqual(['T2.F01.thisYear', 'T2.F03.thisYear', 'T2.F04.thisYear']);
    expect(f?.message).toMatch(
      /^资产总计（F01）本年 12,345\.00 万元 ≠ 负债合计（F03）6,000\.00 \+ 所有者权益合计（F04）6,000\.00 = 12,000\.00，相差 345\.00 万元。/,
    );
  });

  it('is exact to the cent, shows negative equity in brackets and holds when the sides agree', () => {
    expect(keysOf(annualWith([['T2.F01.lastYear', '4000.01']]), 'T2-BALANCE')).toEqual([
      'T2-BALANCE@T2.F01.lastYear',
    ]);
    const negative = annualWith([
      ['T2.F04.thisYear', '-500'],
      ['T2.F03.thisYear', '5500'],
    ]);
    expect(keysOf(negative, 'T2-BALANCE')).toEqual([]);
    const off = annualWith([['T2.F04.thisYear', '-500']]);
    expect(findingsOf(off, 'T2-BALANCE')[0]?.message).toContain(
      '+ 所有者权益合计（F04）(-500.00) = 1,500.00',
    );
  });
});

describe('T2-PROFIT and T2-NET', () => {
  it('T2-PROFIT fires when 利润总额 ≠ 营业利润 + 营业外收入 − 营业外支出', () => {
    const r = annualWith([['T2.F22.thisYear', '6']]);
    const [f] = findingsOf(r, 'T2-PROFIT');
    expect(f?.key).toBe('T2-PROFIT@T2.F23.thisYear');
    expect(f?.message).toContain(
      '利润总额（F23）本年 375.00 万元 ≠ 营业利润（F20）370.00 + 营业外收入（F21）10.00 − 营业外支出（F22）6.00 = 374.00，相差 1.00 万元',
    );
    expect(keysOf(annualWith([['T2.F21.lastYear', '9']]), 'T2-PROFIT')).toEqual([
      'T2-PROFIT@T2.F23.lastYear',
    ]);
  });

  it('T2-PROFIT holds for a loss typed as a negative number', () => {
    const r = annualWith([
      ['T2.F20.thisYear', '-100'],
      ['T2.F23.thisYear', '-95'],
      ['T2.F25.thisYear', '-145'],
    ]);
    expect(keysOf(r, 'T2-PROFIT')).toEqual([]);
    expect(keysOf(r, 'T2-NET')).toEqual([]);
  });

  it('T2-NET fires when 净利润 ≠ 利润总额 − 所得税费用, in either column', () => {
    expect(keysOf(annualWith([['T2.F25.thisYear', '325.01']]), 'T2-NET')).toEqual(['T2-NET@T2.F25.thisYear']);
    expect(keysOf(annualWith([['T2.F24.lastYear', '0']]), 'T2-NET')).toEqual(['T2-NET@T2.F25.lastYear']);
    expect(
      keysOf(
        annualWith([
          ['T2.F24.thisYear', '-10'],
          ['T2.F25.thisYear', '385'],
        ]),
        'T2-NET',
      ),
    ).toEqual([]);
  });
});

describe('T2-INSOLVENT', () => {
  it('asks to verify when liabilities exceed assets', () => {
    const r = annualWith([
      ['T2.F03.thisYear', '6000'],
      ['T2.F04.thisYear', '-1000'],
    ]);
    const [f, ...rest] = findingsOf(r, 'T2-INSOLVENT');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('verify');
    expect(f?.key).toBe('T2-INSOLVENT@T2.F03.thisYear');
    expect(f?.message).toContain('审核说明');
    expect(keysOf(r, 'T2-BALANCE')).toEqual([]);
  });

  it('does not fire when liabilities equal assets; checks 上年同期 too', () => {
    expect(
      keysOf(
        annualWith([
          ['T2.F03.thisYear', '5000'],
          ['T2.F04.thisYear', '0'],
        ]),
        'T2-INSOLVENT',
      ),
    ).toEqual([]);
    expect(keysOf(annualWith([['T2.F03.lastYear', '4000.01']]), 'T2-INSOLVENT')).toEqual([
      'T2-INSOLVENT@T2.F03.lastYear',
    ]);
  });
});
