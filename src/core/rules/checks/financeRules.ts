// 财务 (T2) rules (rules.md T2-*): parts within totals, the balance sheet and the profit chain.
// Every relation runs on 本年 always and on 上年同期 when one of its cells is filled there.
import type { Check } from '../context';
import type { Finding } from '../finding';
import { checkEquality, checkExceeds, cellsOfTable, EXPLAIN, EXPLAIN_EN, minus, plus } from '../relations';

const T2 = cellsOfTable('T2', [
  'F01',
  'F02',
  'F03',
  'F04',
  'F10',
  'F11',
  'F12',
  'F13',
  'F20',
  'F21',
  'F22',
  'F23',
  'F24',
  'F25',
]);

/** "其中" pairs of T2-PARTS: [part, whole]. */
const PARTS = [
  [T2.F02, T2.F01],
  [T2.F11, T2.F10],
  [T2.F13, T2.F12],
] as const;

export const checkT2Parts: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const [part, whole] of PARTS)
    checkExceeds(
      env,
      rule,
      'T2',
      [part],
      whole,
      {
        zh: '“其中”项不能大于总数，请核对这两项。',
        en: 'An “of which” item cannot exceed its total: check these two items.',
      },
      out,
    );
  return out;
};

export const checkBalance: Check = (env, rule) => {
  const out: Finding[] = [];
  checkEquality(
    env,
    rule,
    'T2',
    T2.F01,
    [plus(T2.F03), plus(T2.F04)],
    {
      zh: '资产总计应等于负债合计加所有者权益合计，请按资产负债表核对这三项。',
      en: "Total assets must equal total liabilities plus owners' equity: check these three items against the balance sheet.",
    },
    out,
  );
  return out;
};

export const checkProfit: Check = (env, rule) => {
  const out: Finding[] = [];
  checkEquality(
    env,
    rule,
    'T2',
    T2.F23,
    [plus(T2.F20), plus(T2.F21), minus(T2.F22)],
    {
      zh: '利润总额应等于营业利润加营业外收入减营业外支出，请按利润表核对；亏损请填负数。',
      en: 'Total profit must equal operating profit plus non-operating income minus non-operating expenses: check against the income statement, and enter a loss as a negative number.',
    },
    out,
  );
  return out;
};

export const checkNet: Check = (env, rule) => {
  const out: Finding[] = [];
  checkEquality(
    env,
    rule,
    'T2',
    T2.F25,
    [plus(T2.F23), minus(T2.F24)],
    {
      zh: '净利润应等于利润总额减所得税费用，请按利润表核对；亏损请填负数。',
      en: 'Net profit must equal total profit minus income tax expenses: check against the income statement, and enter a loss as a negative number.',
    },
    out,
  );
  return out;
};

export const checkInsolvent: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(
    env,
    rule,
    'T2',
    [T2.F03],
    T2.F01,
    {
      zh: `负债合计大于资产总计，即所有者权益为负（资不抵债）。请核对资产负债表；${EXPLAIN}`,
      en: `Total liabilities exceed total assets, i.e. owners' equity is negative (insolvent). Check the balance sheet. ${EXPLAIN_EN}`,
    },
    out,
  );
  return out;
};
