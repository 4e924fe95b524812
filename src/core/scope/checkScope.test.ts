import { describe, expect, it } from 'vitest';
import type { Edition, Report } from '../index';
import { checkScope, closestScopeCriterion, getEdition, scopeInputs, setCells } from '../index';
import { cleanAnnualReport, cleanMonthlyReport } from '../rules/testing/sampleReports';
import { scopeRuleSets } from './ruleSets';

const with_ = (entries: readonly (readonly [string, string | undefined])[]): Report =>
  setCells(cleanAnnualReport(), entries);

/** The scope test under a given rule set, whatever the report's edition says. */
const under = (set: '2020' | '2021', report: Report) => {
  const edition: Edition = { ...getEdition('2020'), scopeRuleSet: set };
  return checkScope(report, edition);
};

const holding = (r: { criteria: { id: string; holds: boolean }[] }) =>
  r.criteria.filter((c) => c.holds).map((c) => c.id);

describe('rule set 2020', () => {
  it('(a) division 65 and main revenue ≥ 500 万元, with the figures in the detail', () => {
    const result = checkScope(
      with_([
        ['T2.F11.thisYear', '500'],
        ['T2.F10.thisYear', '3000'],
      ]),
    );
    expect(result.inScope).toBe(true);
    expect(holding(result)).toEqual(['a']);
    expect(result.criteria[0]?.detail).toBe(
      '（a）行业代码（B09）属于 65 大类（现为 6513 应用软件开发），且 主营业务收入（F11）≥ 500.00 万元（现为 500.00 万元）：满足',
    );
    expect(result.criteria[0]?.detailEn).toBe(
      '(a) 行业代码 (B09, Industry code (GB/T 4754-2017)) is in division 65 (currently 6513 “应用软件开发”), and 主营业务收入 (F11, Main business revenue) ≥ 500.00 万元 (10k yuan) (currently 500.00 万元): met',
    );
    expect(checkScope(with_([['T2.F11.thisYear', '499.99']])).inScope).toBe(false);
  });

  it('(b) main revenue ≥ 1000 万元 and software revenue ≥ 30 % of it', () => {
    const outside65 = [['T1.B09.value', '6421']] as const;
    expect(holding(checkScope(with_([...outside65, ['T2.F11.thisYear', '1000']])))).toEqual(['b']);
    // Y01 = 2,500.00: 30 % of 8,333.33 is 2,499.999 ≤ 2,500; of 8,333.34 it is 2,500.002.
    expect(holding(checkScope(with_([...outside65, ['T2.F11.thisYear', '8333.33']])))).toEqual(['b']);
    expect(checkScope(with_([...outside65, ['T2.F11.thisYear', '8333.34']])).inScope).toBe(false);
  });

  it('(c) IC design (B15 = 是 or 6520) with IC revenue ≥ 60 % and main revenue ≥ 500', () => {
    const ic = [
      ['T1.B09.value', '6421'],
      ['T2.F11.thisYear', '900'],
      ['T3.Y09.thisYear', '540'],
    ] as const;
    expect(checkScope(with_(ic)).inScope).toBe(false);
    expect(holding(checkScope(with_([...ic, ['T1.B15.value', '是']])))).toEqual(['c']);
    expect(checkScope(with_([...ic, ['T1.B15.value', '是'], ['T3.Y09.thisYear', '539.99']])).inScope).toBe(
      false,
    );
    expect(holding(checkScope(with_([...ic, ['T1.B09.value', '6520']])))).toEqual(['a', 'c']);
  });
});

describe('rule set 2021', () => {
  it('(a) main revenue ≥ 2000 万元 and software revenue ≥ 30 %', () => {
    expect(holding(under('2021', with_([['T2.F11.thisYear', '2000']])))).toContain('a');
    expect(
      holding(
        under(
          '2021',
          with_([
            ['T2.F11.thisYear', '1999.99'],
            ['T1.B09.value', '6421'],
          ]),
        ),
      ),
    ).toEqual(['c']);
  });

  it('(b) is the IC design criterion', () => {
    const ic = [
      ['T1.B09.value', '6520'],
      ['T2.F11.thisYear', '900'],
      ['T3.Y09.thisYear', '540'],
      ['T3.Y03.thisYear', '0'],
      ['T3.Y10.thisYear', '0'],
      ['T4.C31.thisYear', '0'],
      ['T4.C32.thisYear', '0'],
    ] as const;
    expect(holding(under('2021', with_(ic)))).toEqual(['b']);
  });

  it('(c) 6511/6512, industrial software or security revenue, with main revenue ≥ 500', () => {
    const none = [
      ['T1.B09.value', '6513'],
      ['T2.F11.thisYear', '900'],
      ['T3.Y03.thisYear', '0'],
      ['T3.Y10.thisYear', '0'],
    ] as const;
    expect(under('2021', with_(none)).inScope).toBe(false);
    expect(holding(under('2021', with_([...none, ['T1.B09.value', '6512']])))).toEqual(['c']);
    expect(holding(under('2021', with_([...none, ['T3.Y03.thisYear', '0.01']])))).toEqual(['c']);
    expect(holding(under('2021', with_([...none, ['T3.Y10.thisYear', '0.01']])))).toEqual(['c']);
    expect(
      under('2021', with_([...none, ['T3.Y10.thisYear', '1'], ['T2.F11.thisYear', '499.99']])).inScope,
    ).toBe(false);
  });

  it('has three criteria in each rule set', () => {
    expect(scopeRuleSets['2020'].map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(scopeRuleSets['2021'].map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('English texts', () => {
  it('gives every detail in English with the same figures, flags and blanks included', () => {
    const r = with_([
      ['T1.B09.value', ''],
      ['T1.B15.value', '否'],
      ['T2.F11.thisYear', '900'],
    ]);
    const result = checkScope(r);
    expect(result.criteria.map((c) => c.detailEn)).toEqual([
      '(a) 行业代码 (B09, Industry code (GB/T 4754-2017)) is in division 65 (currently blank), and 主营业务收入 (F11, Main business revenue) ≥ 500.00 万元 (10k yuan) (currently 900.00 万元): not met',
      '(b) 主营业务收入 (F11, Main business revenue) ≥ 1,000.00 万元 (10k yuan) (currently 900.00 万元), and 软件业务收入合计 (Y01, Software business revenue, total) ≥ 30% of 主营业务收入 (F11, Main business revenue) (currently 2,500.00 万元, 277.8%): not met',
      expect.stringMatching(
        /^\(c\) \(是否集成电路设计企业 \(B15, Is an IC design enterprise\) is “是” \(yes; currently “否”\), or 行业代码 .*: not met$/,
      ),
    ]);
    const numbers = (s: string): string[] => s.match(/\d+(?:[.,]\d+)*/g) ?? [];
    for (const c of result.criteria)
      expect(numbers(c.detailEn)).toEqual(expect.arrayContaining(numbers(c.detail)));
  });

  it('glosses the unit once per text, also under rule set 2021', () => {
    for (const c of under('2021', with_([['T2.F11.thisYear', '900']])).criteria) {
      expect(c.detailEn.split('(10k yuan)').length).toBeLessThanOrEqual(2);
      expect(c.detailEn).not.toMatch(/[\uE000\uE001]/);
    }
  });
});

describe('closestScopeCriterion', () => {
  it('names the unmet terms of the criterion that came closest', () => {
    const r = with_([
      ['T1.B09.value', '6421'],
      ['T2.F11.thisYear', '900'],
    ]);
    const closest = closestScopeCriterion(r);
    expect(closest?.id).toBe('b');
    expect(closest?.closeness).toBeCloseTo(0.95);
    expect(closest?.unmet).toEqual(['主营业务收入（F11）≥ 1,000.00 万元（现为 900.00 万元）']);
    expect(closest?.unmetEn).toEqual([
      '主营业务收入 (F11, Main business revenue) ≥ 1,000.00 万元 (10k yuan) (currently 900.00 万元)',
    ]);
  });

  it('prefers the IC criterion when its shares are nearly met', () => {
    const r = with_([
      ['T1.B09.value', '6421'],
      ['T1.B15.value', '是'],
      ['T2.F11.thisYear', '600'],
      ['T3.Y09.thisYear', '350'],
    ]);
    const closest = closestScopeCriterion(r);
    expect(closest?.id).toBe('c');
    expect(closest?.unmet[0]).toContain(
      '集成电路设计收入（Y09）≥ 主营业务收入（F11）的 60%（现为 350.00 万元，占 58.3%）',
    );
    expect(closest?.unmetEn[0]).toBe(
      '集成电路设计收入 (Y09, Integrated-circuit design) ≥ 60% of 主营业务收入 (F11, Main business revenue) (currently 350.00 万元 (10k yuan), 58.3%)',
    );
    expect(closest?.unmetEn).toHaveLength(closest?.unmet.length ?? -1);
  });

  it('monthly returns carry no scope test', () => {
    expect(checkScope(cleanMonthlyReport(1))).toEqual({ inScope: true, criteria: [] });
    expect(closestScopeCriterion(cleanMonthlyReport(1))).toBeUndefined();
  });
});

describe('scopeInputs', () => {
  const base = cleanAnnualReport();
  const results = (r: Report) => JSON.stringify([checkScope(r), closestScopeCriterion(r)]);

  it('does not change with cells the scope test does not read', () => {
    const other = with_([
      ['T2.F01.thisYear', '123456'],
      ['T1.B03.value', '另一家企业'],
    ]);
    expect(scopeInputs(other)).toBe(scopeInputs(base));
    expect(results(other)).toBe(results(base));
  });

  it('changes with every input of every criterion of both rule sets', () => {
    const inputsOf = (set: '2020' | '2021'): Set<string> => {
      const inputs = new Set<string>();
      const visit = (t: (typeof scopeRuleSets)['2020'][number]['terms'][number]): void => {
        if (t.kind === 'division' || t.kind === 'industry') inputs.add('T1.B09.value');
        else if (t.kind === 'flag') inputs.add(`T1.${t.field}.value`);
        else if (t.kind === 'atLeast' || t.kind === 'positive') inputs.add(t.ref);
        else if (t.kind === 'share') inputs.add(t.part).add(t.whole);
        else t.terms.forEach(visit);
      };
      for (const c of scopeRuleSets[set]) c.terms.forEach(visit);
      return inputs;
    };
    for (const set of ['2020', '2021'] as const) {
      const edition: Edition = { ...getEdition('2020'), scopeRuleSet: set };
      const inputs = inputsOf(set);
      expect(inputs.size).toBeGreaterThan(3);
      for (const ref of inputs) {
        const flag = base.cells[ref]?.raw === '是' ? '否' : '是';
        const raw = ref.endsWith('B09.value') ? '6520' : ref.endsWith('B15.value') ? flag : '98765';
        let changed: Report;
        try {
          changed = with_([[ref, raw]]);
        } catch {
          continue; // a computed cell (a sum) cannot be typed; it changes through its parts
        }
        expect(scopeInputs(changed, edition), `${set} ${ref}`).not.toBe(scopeInputs(base, edition));
      }
    }
  });

  it('is empty for a monthly return', () => {
    expect(scopeInputs(cleanMonthlyReport(3))).toBe('');
  });
});
