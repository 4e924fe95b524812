// Survey scope criteria as data (rules.md, X-SCOPE): an enterprise is in scope when at least one
// criterion holds; a criterion holds when all its terms hold. An edition picks a rule set by id
// (`edition.scopeRuleSet`); changing a threshold is a change here, never in checkScope.

/** One condition on the annual return. Amounts are in 万元; refs name `thisYear` cells. */
export type ScopeTerm =
  /** 行业代码 B09 is a class of one of these GB/T 4754 divisions (2 digits). */
  | { readonly kind: 'division'; readonly divisions: readonly string[] }
  /** 行业代码 B09 is one of these classes (4 digits). */
  | { readonly kind: 'industry'; readonly codes: readonly string[] }
  /** A T1 yes/no field is 是. */
  | { readonly kind: 'flag'; readonly field: 'B15' }
  /** An amount is at least `amount` 万元. */
  | { readonly kind: 'atLeast'; readonly ref: string; readonly amount: number }
  /** `part` is at least `percent` % of `whole`. */
  | { readonly kind: 'share'; readonly part: string; readonly whole: string; readonly percent: number }
  /** An amount is above 0. */
  | { readonly kind: 'positive'; readonly ref: string }
  /** At least one of the terms holds. */
  | { readonly kind: 'anyOf'; readonly terms: readonly ScopeTerm[] };

export interface ScopeCriterion {
  /** 'a', 'b', 'c' as in rules.md. */
  readonly id: string;
  /** All must hold. */
  readonly terms: readonly ScopeTerm[];
}

export type ScopeRuleSetId = '2020' | '2021';

const F11 = 'T2.F11.thisYear';
const Y01 = 'T3.Y01.thisYear';
const Y03 = 'T3.Y03.thisYear';
const Y09 = 'T3.Y09.thisYear';
const Y10 = 'T3.Y10.thisYear';

/** IC design: B15 = 是 or B09 = 6520, Y09 ≥ 60 % of F11 and F11 ≥ 500 (both rule sets). */
const icDesign = (id: string): ScopeCriterion => ({
  id,
  terms: [
    {
      kind: 'anyOf',
      terms: [
        { kind: 'flag', field: 'B15' },
        { kind: 'industry', codes: ['6520'] },
      ],
    },
    { kind: 'share', part: Y09, whole: F11, percent: 60 },
    { kind: 'atLeast', ref: F11, amount: 500 },
  ],
});

/** The scope criteria of each rule set, by id ('2020' for edition 2020, '2021' for later editions). */
export const scopeRuleSets: Readonly<Record<ScopeRuleSetId, readonly ScopeCriterion[]>> = {
  '2020': [
    {
      id: 'a',
      terms: [
        { kind: 'division', divisions: ['65'] },
        { kind: 'atLeast', ref: F11, amount: 500 },
      ],
    },
    {
      id: 'b',
      terms: [
        { kind: 'atLeast', ref: F11, amount: 1000 },
        { kind: 'share', part: Y01, whole: F11, percent: 30 },
      ],
    },
    icDesign('c'),
  ],
  '2021': [
    {
      id: 'a',
      terms: [
        { kind: 'atLeast', ref: F11, amount: 2000 },
        { kind: 'share', part: Y01, whole: F11, percent: 30 },
      ],
    },
    icDesign('b'),
    {
      id: 'c',
      terms: [
        {
          kind: 'anyOf',
          terms: [
            { kind: 'industry', codes: ['6511', '6512'] },
            { kind: 'positive', ref: Y03 },
            { kind: 'positive', ref: Y10 },
          ],
        },
        { kind: 'atLeast', ref: F11, amount: 500 },
      ],
    },
  ],
};
