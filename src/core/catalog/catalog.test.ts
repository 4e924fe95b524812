// Catalog integrity: the edition data is consistent with itself and with tables.md.
import { describe, expect, it } from 'vitest';
import { editionIds, getEdition } from './editions';
import { layoutOf } from './layout';
import type { ScopeTerm } from '../scope/ruleSets';
import { scopeRuleSets } from '../scope/ruleSets';
import type { TableDef } from './types';

const edition = getEdition('2020');
const annual = edition.tables.annual;
const table = (id: string): TableDef => {
  const t = [...annual, ...edition.tables.monthly].find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};
const codes = (id: string) => table(id).rows.map((r) => r.code);
const flagged = (id: string, flag: 'required' | 'signed') =>
  table(id)
    .rows.filter((r) => r[flag])
    .map((r) => r.code);

describe('edition registry', () => {
  it('knows edition 2020 and refuses unknown ids', () => {
    expect(editionIds).toContain('2020');
    expect(() => getEdition('1999')).toThrow(RangeError);
  });
});

describe('edition 2020 catalog', () => {
  it('has the five annual tables and the monthly table with their form numbers', () => {
    expect(annual.map((t) => [t.id, t.formNo])).toEqual([
      ['T1', '软统企1表'],
      ['T2', '软统企2表'],
      ['T3', '软统企3表'],
      ['T4', '软统企4表'],
      ['T5', '软统企5表'],
    ]);
    expect(edition.tables.monthly.map((t) => t.id)).toEqual(['T1', 'M']);
  });

  it('has the column sets of exchange.md', () => {
    expect(table('T1').columns).toEqual(['value']);
    for (const id of ['T2', 'T3', 'T4', 'T5']) expect(table(id).columns).toEqual(['thisYear', 'lastYear']);
    expect(table('M').columns).toEqual(['ytd', 'ytdLastYear', 'ytdPreviousMonth']);
  });

  it('has unique codes per table and unique references per kind', () => {
    for (const t of [...annual, ...edition.tables.monthly]) {
      expect(new Set(t.rows.map((r) => r.code)).size).toBe(t.rows.length);
    }
    for (const kind of ['annual', 'monthly'] as const) {
      const refs = layoutOf(edition, kind).cells.map((c) => c.ref);
      expect(new Set(refs).size).toBe(refs.length);
    }
  });

  it('lists every indicator of tables.md in order', () => {
    expect(codes('T1')).toEqual([
      ...['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13'],
      ...['B14', 'B15', 'B16', 'B20', 'B21', 'B22', 'B23', 'B24', 'B25', 'B26'],
    ]);
    expect(codes('T2')).toEqual([
      ...['F01', 'F02', 'F03', 'F04', 'F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18', 'F19'],
      ...['F20', 'F21', 'F22', 'F23', 'F24', 'F25', 'F26', 'F27', 'F28'],
    ]);
    expect(codes('T3')).toEqual([
      ...['Y01', 'Y02', 'Y03', 'Y05', 'Y06', 'Y07', 'Y08', 'Y09', 'Y10', 'Y12', 'Y13', 'Y14', 'Y15', 'Y16'],
      ...['Y17', 'Y18', 'Y19', 'Y20', 'Y21'],
    ]);
    expect(codes('T4')).toEqual([
      ...['C1', 'C11', 'C12', 'C13', 'C131', 'C132', 'C133', 'C14'],
      ...['C2', 'C21', 'C22', 'C23', 'C24', 'C25', 'C251', 'C252', 'C259', 'C26', 'C27', 'C28', 'C29'],
      ...['C3', 'C31', 'C32', 'C4', 'C41', 'C42', 'C43', 'C44', 'C45', 'C46', 'C49', 'C0'],
    ]);
    expect(codes('T5')).toEqual(['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09']);
    expect(codes('M')).toEqual([
      ...['2010', '2020', '2021', '20212', '2022', '20221', '20222', '20224', '20225', '2023', '2024'],
      ...['2040', '2041', '2042', '2043', '2090', '2110', '2111', '2112'],
    ]);
    expect(table('T1').rows.length).toBe(23);
  });

  it('every parent and formula operand exists in the same table, and parents come first', () => {
    for (const t of [...annual, ...edition.tables.monthly]) {
      const seen = new Set<string>();
      for (const row of t.rows) {
        if (row.parent !== undefined) expect(seen.has(row.parent), `${t.id}.${row.code} parent`).toBe(true);
        if (row.formula?.kind === 'sum') {
          for (const op of row.formula.of)
            expect(
              t.rows.map((r) => r.code),
              `${t.id}.${row.code} uses ${op}`,
            ).toContain(op);
        }
        seen.add(row.code);
      }
    }
  });

  it('T4 is a tree whose non-leaves are exactly the sums of their children', () => {
    const rows = table('T4').rows;
    for (const row of rows) {
      const children = rows.filter((r) => r.parent === row.code).map((r) => r.code);
      if (row.code === 'C0') continue;
      if (children.length === 0) expect(row.formula, row.code).toBeUndefined();
      else expect(row.formula).toEqual({ kind: 'sum', of: children });
    }
    expect(rows.find((r) => r.code === 'C0')?.formula).toEqual({ kind: 'sum', of: ['C1', 'C2', 'C3', 'C4'] });
  });

  it('has the computed formulas of tables.md', () => {
    const formula = (t: string, code: string) => table(t).rows.find((r) => r.code === code)?.formula;
    expect(formula('T3', 'Y01')).toEqual({ kind: 'sum', of: ['Y02', 'Y05', 'Y10', 'Y12'] });
    expect(formula('T3', 'Y13')).toEqual({ kind: 'sum', of: ['Y14', 'Y15', 'Y16'] });
    expect(formula('T5', 'A01')).toEqual({ kind: 'sum', of: ['A02', 'A03', 'A04'] });
    expect(formula('M', '2020')).toEqual({ kind: 'sum', of: ['2021', '2022', '2023', '2024'] });
    expect(formula('M', '2040')).toEqual({ kind: 'sum', of: ['2041', '2042', '2043'] });
    expect(formula('T1', 'B02')).toEqual({ kind: 'orgCode' });
    expect(formula('T1', 'B12')).toEqual({ kind: 'size' });
  });

  it('has the required flags of tables.md', () => {
    expect(flagged('T1', 'required')).toEqual([
      ...['B01', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B13', 'B14', 'B15'],
      ...['B20', 'B21', 'B22', 'B23', 'B26'],
    ]);
    expect(flagged('T2', 'required')).toEqual([
      'F01',
      'F03',
      'F04',
      'F10',
      'F11',
      'F12',
      'F20',
      'F23',
      'F25',
      'F27',
    ]);
    expect(flagged('T3', 'required')).toEqual(['Y02', 'Y05', 'Y10', 'Y17', 'Y19', 'Y20']);
    expect(flagged('T4', 'required')).toEqual([]);
    expect(flagged('M', 'required')).toEqual(['2010', '2021', '2022', '2023', '2090', '2111', '2112']);
  });

  it('has the signed flags of tables.md', () => {
    expect(flagged('T2', 'signed')).toEqual(['F04', 'F18', 'F20', 'F23', 'F24', 'F25', 'F26']);
    expect(flagged('M', 'signed')).toEqual(['2090']);
    expect(flagged('T3', 'signed')).toEqual([]);
  });

  it('gates embedded rows on B13 and table T5 on B14', () => {
    const gated = (t: string) =>
      table(t)
        .rows.filter((r) => r.gate === 'B13')
        .map((r) => r.code);
    expect(gated('T3')).toEqual(['Y12', 'Y15']);
    expect(gated('T4')).toEqual(['C4', 'C41', 'C42', 'C43', 'C44', 'C45', 'C46', 'C49']);
    expect(gated('M')).toEqual(['2024', '2042']);
    expect(table('T5').gate).toBe('B14');
  });

  it('has units and kinds as tables.md says', () => {
    const unit = (t: string, code: string) => table(t).rows.find((r) => r.code === code)?.unit;
    expect(['Y13', 'Y14', 'Y15', 'Y16'].map((c) => unit('T3', c))).toEqual([
      '万美元',
      '万美元',
      '万美元',
      '万美元',
    ]);
    expect(['Y17', 'Y18', 'Y19'].map((c) => unit('T3', c))).toEqual(['人', '人', '人']);
    expect(unit('T5', 'A09')).toBe('件');
    expect(unit('T5', 'A05')).toBe('万美元');
    expect(unit('M', '2112')).toBe('人');
    expect(unit('M', '2040')).toBe('万美元');
    for (const t of ['T2', 'T4']) for (const r of table(t).rows) expect(r.unit, r.code).toBe('万元');
  });

  it('gives every indicator a Chinese help text of 1–3 sentences and an English gloss', () => {
    for (const t of [...annual, ...edition.tables.monthly]) {
      for (const row of t.rows) {
        expect(row.help, `${t.id}.${row.code}`).toMatch(/[\u4e00-\u9fff]/);
        const sentences = row.help.split(/[。！？]/).filter((s) => s.trim() !== '').length;
        expect(sentences, `${t.id}.${row.code}`).toBeGreaterThanOrEqual(1);
        expect(sentences, `${t.id}.${row.code}`).toBeLessThanOrEqual(3);
        expect(row.nameEn.length, `${t.id}.${row.code}`).toBeGreaterThan(2);
      }
    }
  });

  it('marks reconstructed content, and only the official monthly codes as not reconstructed', () => {
    for (const t of annual) expect(t.reconstructed).toBe(true);
    const official = table('M')
      .rows.filter((r) => !r.reconstructed)
      .map((r) => r.code);
    expect(official).toEqual([
      ...['2020', '2021', '20212', '2022', '20221', '20222', '20224', '20225', '2023', '2024'],
      ...['2040', '2041', '2042', '2043', '2111', '2112'],
    ]);
  });

  it('indents 其中 rows by their parent chain', () => {
    const level = (t: string, code: string) => table(t).rows.find((r) => r.code === code)?.level;
    expect(level('T2', 'F01')).toBe(0);
    expect(level('T2', 'F02')).toBe(1);
    expect(level('T3', 'Y03')).toBe(2);
    expect(level('T4', 'C131')).toBe(2);
  });

  it('copies the code lists from shared/data', () => {
    expect(edition.lists.regions).toHaveLength(38);
    expect(edition.lists.reviewUnits).toHaveLength(41);
    expect(edition.lists.industries).toHaveLength(1381);
    expect(edition.lists.controlTypes.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '9']);
    expect(edition.lists.registrationTypes.every((c) => /^\d{3}$/.test(c.code))).toBe(true);
  });
});

describe('edition 2020 rules for the rules page', () => {
  const rule = (id: string) => {
    const r = edition.rules.find((x) => x.id === id);
    if (!r) throw new Error(id);
    return r;
  };
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** `text` contains `value` as a whole number ("50" is not found in "500" or "1.50"). */
  const mentions = (text: string, value: number) =>
    [String(value), value.toLocaleString('en-US')].some((s) =>
      new RegExp(`(?<![\\d.,])${escape(s)}(?![\\d]|[.,]\\d)`).test(text),
    );
  const names = new Map<string, string>();
  for (const t of [...annual, ...edition.tables.monthly]) for (const r of t.rows) names.set(r.code, r.name);

  it('gives every rule a Chinese title, check and example', () => {
    for (const r of edition.rules) {
      for (const text of [r.title, r.check, r.example]) {
        expect(text.trim(), r.id).not.toBe('');
        expect(text, r.id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(r.example, r.id).toMatch(/\d/);
      expect(r.example, r.id).not.toBe(r.check);
    }
  });

  it('writes every parameter value into the check text', () => {
    for (const r of edition.rules)
      for (const [name, value] of Object.entries(r.params ?? {}))
        expect(mentions(r.check, value), `${r.id} ${name} = ${value} in “${r.check}”`).toBe(true);
  });

  it('names indicators by their catalog name before the code', () => {
    for (const r of edition.rules)
      for (const text of [r.check, r.example])
        for (const m of text.matchAll(/（([A-Z]\d{1,3}|\d{4,5})[），]/g)) {
          const code = m[1] ?? '';
          const name = names.get(code);
          expect(name, `${r.id}: unknown code ${code}`).toBeDefined();
          expect(text.slice(0, m.index).endsWith(name ?? ''), `${r.id}: ${name}（${code}）`).toBe(true);
        }
  });

  it('writes edition data into the texts as the edition says', () => {
    const rate = (year: string) => String(edition.usdRate[year]);
    expect(rule('X-EXPORT').example).toContain(`汇率 ${rate(edition.annualPeriod)} `);
    expect(rule('X-EXPORT-EMBEDDED').example).toContain(`汇率 ${rate(edition.annualPeriod)} `);
    expect(rule('M-EXPORT').example).toContain(`汇率 ${rate(edition.monthlyYear)} `);
    expect(rule('M-PERIOD').check).toContain(`${edition.monthlyYear} 年`);
    expect(rule('M-LATE').check).toContain(`次月的 ${edition.deadlines.monthlyDay} 日`);
    const annualDue = edition.deadlines.annual;
    expect(rule('A-LATE').example).toContain(`${annualDue.slice(0, 10)} ${annualDue.slice(11, 16)}`);
    const signed = [...annual, ...edition.tables.monthly].flatMap((t) =>
      t.rows.filter((r) => r.signed).map((r) => r.code),
    );
    for (const code of signed) expect(rule('F-NEG').check).toContain(`（${code}）`);
  });

  it('writes the survey scope thresholds into X-SCOPE', () => {
    const check = rule('X-SCOPE').check;
    const criteria = scopeRuleSets[edition.scopeRuleSet];
    const numbers = (terms: readonly ScopeTerm[]): number[] =>
      terms.flatMap((term) => {
        if (term.kind === 'atLeast') return [term.amount];
        if (term.kind === 'share') return [term.percent];
        if (term.kind === 'anyOf') return numbers(term.terms);
        return [];
      });
    for (const c of criteria) {
      expect(check).toContain(`（${c.id}）`);
      for (const n of numbers(c.terms)) expect(mentions(check, n), `${c.id}: ${n}`).toBe(true);
    }
  });

  it('marks no rule reconstructed unless rules.md does (it marks none)', () => {
    expect(edition.rules.filter((r) => r.reconstructed).map((r) => r.id)).toEqual([]);
  });
});
