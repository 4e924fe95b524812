import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport, getEdition, setCells } from '../index';
import { columnsToCheck, makeEnv } from './context';
import { sumText } from './messages';
import { cellsOf, param, relationColumns } from './relations';

const edition = getEdition('2020');
const annual = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });

describe('relationColumns', () => {
  it('agrees with columnsToCheck for any filling of the cells', () => {
    const codes = ['F01', 'F03', 'F04'];
    const filling = fc.array(fc.tuple(fc.constantFrom(...codes), fc.constantFrom('thisYear', 'lastYear')));
    fc.assert(
      fc.property(filling, (cells) => {
        const report = setCells(
          annual,
          cells.map(([code, column]) => [`T2.${code}.${column}`, '1'] as const),
        );
        const env = makeEnv(report, edition, {});
        expect(
          relationColumns(
            env,
            'T2',
            codes.map((c) => cellsOf('T2', c)),
          ),
        ).toEqual(columnsToCheck(env, 'T2', codes));
      }),
    );
  });
});

describe('sumText', () => {
  it('shows signs, brackets negatives and gives the total', () => {
    const report = setCells(annual, [
      ['T2.F20.thisYear', '-100'],
      ['T2.F21.thisYear', '10'],
      ['T2.F22.thisYear', '5.5'],
    ]);
    const env = makeEnv(report, edition, {});
    const text = sumText(env, [
      { ref: 'T2.F20.thisYear', sign: 1 },
      { ref: 'T2.F21.thisYear', sign: 1 },
      { ref: 'T2.F22.thisYear', sign: -1 },
    ]);
    expect(text).toBe('营业利润（F20）(-100.00) + 营业外收入（F21）10.00 − 营业外支出（F22）5.50 = -95.50');
  });
});

describe('param', () => {
  it('reads a rule parameter and throws on a missing one (a bug in the edition data)', () => {
    const rule = edition.rules.find((r) => r.id === 'Y-YOY');
    if (!rule) throw new Error('Y-YOY missing');
    expect(param(rule, 'yoyMaxPercent')).toBe(50);
    expect(() => param(rule, 'nope')).toThrow(RangeError);
  });
});
