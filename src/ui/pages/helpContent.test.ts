// The pure parts of the help pages: families, the rules filter and the scope criteria in words.
import { describe, expect, it } from 'vitest';
import type { RuleDef } from '../../core';
import { getEdition, scopeRuleSets } from '../../core';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import type { Translate } from './helpContent';
import {
  familyOf,
  filterRules,
  groupByFamily,
  indicatorOf,
  reviewUnitFirst,
  scopeCriterionText,
} from './helpContent';

const edition = getEdition('2020');

/** t() without Solid: the dictionary's text with `{name}` placeholders filled. */
const translator =
  (dict: Readonly<Record<keyof typeof zh, string>>): Translate =>
  (key, params) =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );

const rule = (id: string, severity: RuleDef['severity'] = 'error', check = ''): RuleDef => ({
  id,
  severity,
  title: `title ${id}`,
  kinds: ['annual'],
  check,
  example: '',
});

describe('familyOf', () => {
  it('is the ID prefix before the first dash', () => {
    expect(familyOf('T2-BALANCE')).toBe('T2');
    expect(familyOf('X-AI-RD')).toBe('X');
    expect(familyOf('F-REQ')).toBe('F');
    expect(familyOf('M-STAFF-JUMP')).toBe('M');
    expect(familyOf('PLAIN')).toBe('PLAIN');
    expect(familyOf('-ODD')).toBe('-ODD');
  });
});

describe('groupByFamily', () => {
  it('keeps families in order of first appearance and rules in edition order', () => {
    const groups = groupByFamily([rule('F-A'), rule('X-A'), rule('F-B'), rule('T2-A'), rule('X-B')]);
    expect(groups.map((g) => [g.family, g.rules.map((r) => r.id)])).toEqual([
      ['F', ['F-A', 'F-B']],
      ['X', ['X-A', 'X-B']],
      ['T2', ['T2-A']],
    ]);
    expect(groupByFamily([])).toEqual([]);
  });

  it('puts every rule of edition 2020 in exactly one family', () => {
    const groups = groupByFamily(edition.rules);
    expect(groups.map((g) => g.family)).toEqual(['F', 'B', 'T2', 'T3', 'X', 'T5', 'Y', 'A', 'M']);
    expect(groups.flatMap((g) => g.rules).length).toBe(edition.rules.length);
  });
});

describe('filterRules', () => {
  const rules = [
    rule('F-REQ', 'error', '必填项'),
    rule('T3-WAGE', 'verify', '工资总额（Y20）'),
    rule('A-LATE', 'hint'),
  ];

  it('filters by severity', () => {
    expect(filterRules(rules, { severity: 'verify', query: '' }).map((r) => r.id)).toEqual(['T3-WAGE']);
    expect(filterRules(rules, { severity: 'all', query: '  ' })).toHaveLength(3);
  });

  it('searches ID, title and check text, in any case and width, every word', () => {
    expect(filterRules(rules, { severity: 'all', query: 't3-wage' }).map((r) => r.id)).toEqual(['T3-WAGE']);
    expect(filterRules(rules, { severity: 'all', query: 'Ｙ２０' }).map((r) => r.id)).toEqual(['T3-WAGE']);
    expect(filterRules(rules, { severity: 'all', query: '工资 Y20' }).map((r) => r.id)).toEqual(['T3-WAGE']);
    expect(filterRules(rules, { severity: 'all', query: '工资 F01' })).toEqual([]);
    expect(filterRules(rules, { severity: 'error', query: '工资' })).toEqual([]);
  });

  it('finds the edition rules that read an indicator code', () => {
    const ids = filterRules(edition.rules, { severity: 'all', query: 'F01' }).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['T2-PARTS', 'T2-BALANCE', 'T2-INSOLVENT']));
  });
});

describe('scope criteria in words', () => {
  it('names the indicators of the edition', () => {
    expect(indicatorOf(edition, 'T2.F11.thisYear')).toMatchObject({ code: 'F11', name: '主营业务收入' });
    expect(indicatorOf(edition, 'T1.B15')).toMatchObject({ code: 'B15', name: '是否集成电路设计企业' });
    expect(indicatorOf(edition, 'T9.Z99.thisYear')).toMatchObject({ code: 'Z99', name: 'Z99' });
  });

  it('writes rule set 2020 with its thresholds, in Chinese and in English', () => {
    const zhWriter = { edition, t: translator(zh), english: false };
    const [a, b, c] = scopeRuleSets['2020'].map((criterion) => scopeCriterionText(zhWriter, criterion));
    expect(a).toBe('行业代码（B09）属于 65 大类，且主营业务收入（F11）≥ 500 万元');
    expect(b).toBe('主营业务收入（F11）≥ 1000 万元，且软件业务收入合计（Y01）≥ 主营业务收入（F11）的 30%');
    expect(c).toBe(
      '（是否集成电路设计企业（B15）为“是” 或 行业代码（B09）为 6520），且集成电路设计收入（Y09）≥ 主营业务收入（F11）的 60%，且主营业务收入（F11）≥ 500 万元',
    );
    const enWriter = { edition, t: translator(en), english: true };
    const english = scopeCriterionText(enWriter, scopeRuleSets['2020'][1] ?? { id: '', terms: [] });
    expect(english).toMatch(/\(F11\) ≥ 1000 万元, and .+\(Y01\) ≥ 30% of .+\(F11\)/);
    expect(english).not.toContain('of which');
  });

  it('writes every term kind of rule set 2021', () => {
    const writer = { edition, t: translator(zh), english: false };
    const c = scopeCriterionText(writer, scopeRuleSets['2021'][2] ?? { id: '', terms: [] });
    expect(c).toBe(
      '（行业代码（B09）为 6511、6512 或 工业软件产品收入（Y03）> 0 或 信息安全收入（Y10）> 0），且主营业务收入（F11）≥ 500 万元',
    );
  });
});

describe('reviewUnitFirst', () => {
  it('is true for edition 2020, whose districts close before the enterprises (notice of 2021)', () => {
    expect(reviewUnitFirst(edition)).toBe(true);
    const later = {
      ...edition,
      deadlines: { ...edition.deadlines, reviewUnit: '2021-03-25T18:00:00+08:00' },
    };
    expect(reviewUnitFirst(later)).toBe(false);
  });
});
