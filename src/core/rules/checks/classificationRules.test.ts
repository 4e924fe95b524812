import { describe, expect, it } from 'vitest';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';

describe('X-T4-T3', () => {
  it('fires once per pair that differs, naming the T4 side first', () => {
    const r = annualWith([
      ['T4.C131.thisYear', '500.01'],
      ['T3.Y09.thisYear', '1'],
    ]);
    expect(keysOf(r, 'X-T4-T3')).toEqual(['X-T4-T3@T4.C1.thisYear', 'X-T4-T3@T4.C26.thisYear']);
    const [products] = findingsOf(r, 'X-T4-T3');
    expect(products?.cells).toEqual(['T4.C1.thisYear', 'T3.Y02.thisYear']);
    expect(products?.message).toContain(
      '软件产品收入（C1）本年 1,200.01 万元 ≠ 软件产品收入（Y02）1,200.00，相差 0.01 万元',
    );
  });

  it('covers every pair of rules.md', () => {
    const pairs = [
      ['C11', 'C1'],
      ['C21', 'C2'],
      ['C31', 'C3'],
      ['C41', 'C4'],
      ['C133', 'C133'],
      ['C251', 'C251'],
      ['C252', 'C252'],
      ['C26', 'C26'],
      ['C27', 'C27'],
    ];
    for (const [leaf, total] of pairs) {
      const keys = keysOf(annualWith([[`T4.${leaf}.thisYear`, '999']]), 'X-T4-T3');
      expect(keys).toContain(`X-T4-T3@T4.${total}.thisYear`);
    }
  });

  it('checks 上年同期 and holds when the two tables agree', () => {
    expect(keysOf(annualWith([['T3.Y10.lastYear', '160.01']]), 'X-T4-T3')).toEqual([
      'X-T4-T3@T4.C3.lastYear',
    ]);
    expect(
      keysOf(
        annualWith([
          ['T4.C31.thisYear', '121'],
          ['T4.C32.thisYear', '79'],
        ]),
        'X-T4-T3',
      ),
    ).toEqual([]);
  });
});
