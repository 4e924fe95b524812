// Property tests of the equality rules (rules.md T2-BALANCE, T2-PROFIT, T2-NET, X-T4-T3): a return
// whose parts add up has no equality finding, and changing any single part by any non-zero amount
// gives exactly the findings of the relations that part belongs to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../index';
import { emptyReport, getEdition, setCell, setCells, toPlainDecimal, validateReport } from '../index';

const EQUALITIES = new Set(['T2-BALANCE', 'T2-PROFIT', 'T2-NET', 'X-T4-T3']);
const T4 = getEdition('2020').tables.annual.find((t) => t.id === 'T4');
if (!T4) throw new Error('T4 missing');
const LEAVES = T4.rows.filter((r) => !r.formula).map((r) => r.code);
const parentOf = new Map(T4.rows.flatMap((r) => (r.parent ? [[r.code, r.parent] as const] : [])));

/** T4 code → its T3 twin (rules.md X-T4-T3). */
const TIES: Readonly<Record<string, string>> = {
  C1: 'Y02',
  C2: 'Y05',
  C3: 'Y10',
  C4: 'Y12',
  C133: 'Y03',
  C251: 'Y06',
  C252: 'Y07',
  C26: 'Y09',
  C27: 'Y08',
};
const T3_TO_T4 = Object.fromEntries(Object.entries(TIES).map(([c, y]) => [y, c]));

/** Which equality findings a change of `code` in `column` must give. */
function expectedKeys(code: string, column: string): string[] {
  const key = (rule: string, ref: string) => `${rule}@${ref}.${column}`;
  switch (code) {
    case 'F01':
    case 'F03':
    case 'F04':
      return [key('T2-BALANCE', 'T2.F01')];
    case 'F20':
    case 'F21':
    case 'F22':
      return [key('T2-PROFIT', 'T2.F23')];
    case 'F23':
      return [key('T2-PROFIT', 'T2.F23'), key('T2-NET', 'T2.F25')];
    case 'F24':
    case 'F25':
      return [key('T2-NET', 'T2.F25')];
  }
  const twin = T3_TO_T4[code];
  if (twin) return [key('X-T4-T3', `T4.${twin}`)];
  const keys: string[] = [];
  for (let c: string | undefined = code; c !== undefined; c = parentOf.get(c))
    if (TIES[c]) keys.push(key('X-T4-T3', `T4.${c}`));
  return keys;
}

const amount = (max: number) => fc.integer({ min: 0, max });
const signed = (max: number) => fc.integer({ min: -max, max });
const text = (v: number) => toPlainDecimal(v, 'amount');

/** One column of a return whose parts add up, as [code, stored value] pairs (undefined = blank). */
const balancedColumn = fc
  .record({
    f03: amount(1e9),
    f04: signed(1e8),
    f20: signed(1e8),
    f21: amount(1e7),
    f22: amount(1e7),
    f24: signed(1e7),
    leaves: fc.array(fc.option(amount(1e8), { nil: undefined }), {
      minLength: LEAVES.length,
      maxLength: LEAVES.length,
    }),
  })
  .map((g) => {
    const values = new Map<string, number | undefined>();
    values
      .set('F03', g.f03)
      .set('F04', Math.max(g.f04, -g.f03))
      .set('F01', g.f03 + Math.max(g.f04, -g.f03));
    values
      .set('F20', g.f20)
      .set('F21', g.f21)
      .set('F22', g.f22)
      .set('F23', g.f20 + g.f21 - g.f22);
    values.set('F24', g.f24).set('F25', g.f20 + g.f21 - g.f22 - g.f24);
    const t4 = new Map<string, number>();
    LEAVES.forEach((code, i) => {
      const v = g.leaves[i];
      values.set(code, v);
      for (let c: string | undefined = code; c !== undefined; c = parentOf.get(c))
        t4.set(c, (t4.get(c) ?? 0) + (v ?? 0));
    });
    for (const [c, y] of Object.entries(TIES)) values.set(y, t4.get(c) ?? 0);
    return values;
  });

const tableOf = (code: string) => (code.startsWith('F') ? 'T2' : code.startsWith('Y') ? 'T3' : 'T4');

function build(columns: { column: string; values: Map<string, number | undefined> }[]): Report {
  const entries: [string, string | undefined][] = [];
  for (const { column, values } of columns)
    for (const [code, v] of values)
      entries.push([`${tableOf(code)}.${code}.${column}`, v === undefined ? undefined : text(v)]);
  return setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), entries);
}

const equalityKeys = (r: Report) =>
  validateReport(r, { today: '2021-03-01' })
    .filter((f) => EQUALITIES.has(f.ruleId))
    .map((f) => f.key)
    .sort();

const PARTS = [
  ...['F01', 'F03', 'F04', 'F20', 'F21', 'F22', 'F23', 'F24', 'F25'],
  ...LEAVES,
  ...Object.values(TIES),
];

const returns = fc.record({
  thisYear: balancedColumn,
  lastYear: fc.option(balancedColumn, { nil: undefined }),
});

describe('equality rules (properties)', () => {
  it('a return whose parts add up has no equality finding', () => {
    fc.assert(
      fc.property(returns, ({ thisYear, lastYear }) => {
        const columns = [{ column: 'thisYear', values: thisYear }];
        if (lastYear) columns.push({ column: 'lastYear', values: lastYear });
        expect(equalityKeys(build(columns))).toEqual([]);
      }),
    );
  });

  it('changing any single part by any non-zero amount gives exactly that relation’s finding', () => {
    const change = fc.record({
      part: fc.constantFrom(...PARTS),
      column: fc.constantFrom('thisYear', 'lastYear'),
      // One cent is the smallest change; large ones too.
      delta: fc
        .oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -1e8, max: 1e8 }))
        .filter((d) => d !== 0),
    });
    fc.assert(
      fc.property(returns, change, ({ thisYear, lastYear }, { part, column, delta }) => {
        const columns = [{ column: 'thisYear', values: thisYear }];
        if (lastYear) columns.push({ column: 'lastYear', values: lastYear });
        const report = build(columns);
        const ref = `${tableOf(part)}.${part}.${column}`;
        const before = (column === 'thisYear' ? thisYear : lastYear)?.get(part) ?? 0;
        const changed = setCell(report, ref, text(before + delta));
        expect(equalityKeys(changed)).toEqual(expectedKeys(part, column).sort());
      }),
    );
  });
});
