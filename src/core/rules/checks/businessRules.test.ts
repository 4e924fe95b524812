import { describe, expect, it } from 'vitest';
import { getEdition } from '../../index';
import { makeEnv } from '../context';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';
import { cleanAnnualReport } from '../testing/sampleReports';
import { checkWage } from './businessRules';

describe('T3-PARTS', () => {
  it('fires once per relation and column', () => {
    const r = annualWith([
      ['T3.Y03.thisYear', '1200.01'],
      ['T3.Y09.thisYear', '400.01'],
      ['T3.Y18.lastYear', '97'],
    ]);
    expect(keysOf(r, 'T3-PARTS')).toEqual([
      'T3-PARTS@T3.Y03.thisYear',
      'T3-PARTS@T3.Y06.thisYear',
      'T3-PARTS@T3.Y18.lastYear',
    ]);
    const services = findingsOf(r, 'T3-PARTS')[1];
    expect(services?.cells).toEqual([
      'T3.Y06.thisYear',
      'T3.Y07.thisYear',
      'T3.Y08.thisYear',
      'T3.Y09.thisYear',
      'T3.Y05.thisYear',
    ]);
    expect(services?.message).toContain(
      '本年 云服务收入（Y06）300.00 + 大数据服务收入（Y07）200.00 + 电子商务平台技术服务收入（Y08）100.00 + 集成电路设计收入（Y09）400.01 = 1,000.01 万元，大于 信息技术服务收入（Y05）本年 1,000.00 万元，多 0.01 万元',
    );
  });

  it('does not fire when the parts add up to the whole exactly', () => {
    const r = annualWith([
      ['T3.Y03.thisYear', '1200'],
      ['T3.Y09.thisYear', '400'],
      ['T3.Y18.lastYear', '96'],
    ]);
    expect(keysOf(r, 'T3-PARTS')).toEqual([]);
  });
});

describe('T3-EMBEDDED (gate B13)', () => {
  it('flags every embedded value in either column in one finding, the gate field last', () => {
    const [f, ...rest] = findingsOf(annualWith([['T1.B13.value', '否']]), 'T3-EMBEDDED');
    expect(rest).toEqual([]);
    expect(f?.key).toBe('T3-EMBEDDED@T3.Y12.thisYear');
    expect(f?.cells[0]).toBe('T3.Y12.thisYear');
    expect(f?.cells).toContain('T3.Y15.lastYear');
    expect(f?.cells).toContain('T4.C41.thisYear');
    expect(f?.cells.at(-1)).toBe('T1.B13.value');
    expect(f?.message).toContain('是否有嵌入式系统软件业务（B13）选择了“否”');
    expect(f?.message).toContain('嵌入式系统软件收入（Y12）本年 100.00 万元');
  });

  it('fires on a 上年同期 value alone and not when the gated rows are blank or 0', () => {
    const blank = [
      ['T3.Y12.thisYear', '0'],
      ['T3.Y15.thisYear', undefined],
      ['T3.Y15.lastYear', undefined],
      ['T4.C41.thisYear', undefined],
      ['T4.C43.thisYear', undefined],
      ['T4.C41.lastYear', undefined],
      ['T4.C43.lastYear', undefined],
      ['T3.Y12.lastYear', undefined],
      ['T1.B13.value', '否'],
    ] as const;
    expect(keysOf(annualWith(blank), 'T3-EMBEDDED')).toEqual([]);
    expect(keysOf(annualWith([...blank, ['T4.C49.lastYear', '0.01']]), 'T3-EMBEDDED')).toEqual([
      'T3-EMBEDDED@T4.C49.lastYear',
    ]);
  });
});

describe('T3-EMBEDDED-EMPTY', () => {
  it('asks to verify 是 with no embedded revenue', () => {
    const [f] = findingsOf(annualWith([['T3.Y12.thisYear', '0']]), 'T3-EMBEDDED-EMPTY');
    expect(f?.key).toBe('T3-EMBEDDED-EMPTY@T3.Y12.thisYear');
    expect(f?.severity).toBe('verify');
    expect(keysOf(annualWith([['T3.Y12.thisYear', '0.01']]), 'T3-EMBEDDED-EMPTY')).toEqual([]);
    expect(
      keysOf(
        annualWith([
          ['T3.Y12.thisYear', '0'],
          ['T1.B13.value', '否'],
        ]),
        'T3-EMBEDDED-EMPTY',
      ),
    ).toEqual([]);
  });
});

describe('T3-STAFF-ZERO', () => {
  it('fires when wages are paid and the average staff is 0, per column', () => {
    expect(keysOf(annualWith([['T3.Y19.thisYear', '0']]), 'T3-STAFF-ZERO')).toEqual([
      'T3-STAFF-ZERO@T3.Y19.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y19.lastYear', undefined]]), 'T3-STAFF-ZERO')).toEqual([
      'T3-STAFF-ZERO@T3.Y19.lastYear',
    ]);
    expect(
      keysOf(
        annualWith([
          ['T3.Y19.thisYear', '0'],
          ['T3.Y20.thisYear', '0'],
        ]),
        'T3-STAFF-ZERO',
      ),
    ).toEqual([]);
  });
});

describe('T3-WAGE', () => {
  it('fires outside [wageMin, wageMax] 万元 per head and not on the bounds', () => {
    expect(keysOf(annualWith([['T3.Y20.thisYear', '219.99']]), 'T3-WAGE')).toEqual([
      'T3-WAGE@T3.Y20.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y20.thisYear', '220']]), 'T3-WAGE')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y20.thisYear', '22000']]), 'T3-WAGE')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y20.thisYear', '22000.01']]), 'T3-WAGE')).toEqual([
      'T3-WAGE@T3.Y20.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y20.lastYear', '175.99']]), 'T3-WAGE')).toEqual([
      'T3-WAGE@T3.Y20.lastYear',
    ]);
    const [f] = findingsOf(annualWith([['T3.Y20.thisYear', '219.99']]), 'T3-WAGE');
    expect(f?.message).toContain(
      '从业人员工资总额（Y20）本年 219.99 万元 ÷ 从业人员平均人数（Y19）本年 110 人 = 人均 2.00 万元/年',
    );
  });

  it('reads its bounds and severity from the rule data', () => {
    const edition = getEdition('2020');
    const rule = edition.rules.find((r) => r.id === 'T3-WAGE');
    if (!rule) throw new Error('T3-WAGE missing');
    const env = makeEnv(cleanAnnualReport(), edition, {});
    expect(checkWage(env, rule)).toEqual([]);
    const stricter = { ...rule, severity: 'error' as const, params: { wageMin: 11, wageMax: 200 } };
    expect(checkWage(env, stricter).map((f) => [f.key, f.severity])).toEqual([
      ['T3-WAGE@T3.Y20.thisYear', 'error'],
      ['T3-WAGE@T3.Y20.lastYear', 'error'],
    ]);
    expect(() => checkWage(env, { ...rule, params: {} })).toThrow(RangeError);
  });
});

describe('T3-STAFF-AVG', () => {
  it('fires when the average is above ratioMax or below ratioMin times the year-end staff', () => {
    expect(
      keysOf(
        annualWith([
          ['T3.Y19.thisYear', '241'],
          ['T3.Y20.thisYear', '2410'],
        ]),
        'T3-STAFF-AVG',
      ),
    ).toEqual(['T3-STAFF-AVG@T3.Y19.thisYear']);
    expect(
      keysOf(
        annualWith([
          ['T3.Y19.thisYear', '240'],
          ['T3.Y20.thisYear', '2400'],
        ]),
        'T3-STAFF-AVG',
      ),
    ).toEqual([]);
    expect(keysOf(annualWith([['T3.Y19.thisYear', '59']]), 'T3-STAFF-AVG')).toEqual([
      'T3-STAFF-AVG@T3.Y19.thisYear',
    ]);
    expect(keysOf(annualWith([['T3.Y19.thisYear', '60']]), 'T3-STAFF-AVG')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y19.lastYear', '47']]), 'T3-STAFF-AVG')).toEqual([
      'T3-STAFF-AVG@T3.Y19.lastYear',
    ]);
  });
});
