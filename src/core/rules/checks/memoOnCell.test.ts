import { describe, expect, it } from 'vitest';
import { getEdition } from '../../catalog/editions';
import { setCell } from '../../report/cells';
import { makeEnv } from '../context';
import type { Check } from '../context';
import { cleanAnnualReport } from '../testing/sampleReports';
import { memoOnCell } from './memoOnCell';
import { finding } from '../finding';

const edition = getEdition('2020');
const rule = edition.rules.find((r) => r.id === 'B-PHONE');
if (!rule) throw new Error('no B-PHONE');

describe('memoOnCell', () => {
  let runs = 0;
  const check: Check = (env, r) => {
    runs++;
    const raw = env.report.cells['T1.B23.value']?.raw ?? '';
    return [finding(r.id, r.severity, ['T1.B23.value'], `${raw} ${env.report.period}`, raw)];
  };
  const memoised = memoOnCell('T1.B23.value', check);
  const run = (report = cleanAnnualReport(), today = '2021-03-01', r = rule) =>
    memoised(makeEnv(report, edition, { today }), r);

  it('reuses the findings while the cell object is the same, whatever else changed', () => {
    const base = setCell(cleanAnnualReport(), 'T1.B23.value', '023-1234567');
    runs = 0;
    const first = run(base);
    const elsewhere = setCell(base, 'T2.F01.thisYear', '1');
    expect(run(elsewhere)).toBe(first);
    expect(runs).toBe(1);
  });

  it('runs again for a new cell, another period, another day or other rule data', () => {
    const base = setCell(cleanAnnualReport(), 'T1.B23.value', '023-1234567');
    const first = run(base);
    runs = 0;
    const retyped = setCell(base, 'T1.B23.value', '023-7654321');
    expect(run(retyped)[0]?.messageEn).toBe('023-7654321');
    expect(run({ ...retyped, period: '2021' })[0]?.message).toBe('023-7654321 2021');
    run(retyped, '2021-03-02');
    run(retyped, '2021-03-02', { ...rule, severity: 'error' });
    expect(runs).toBe(4);
    expect(run(base)).toBe(first); // the old cell object still has its findings
  });

  it('a blank cell is checked every time (there is no object to remember on)', () => {
    const blank = setCell(cleanAnnualReport(), 'T1.B23.value', undefined);
    runs = 0;
    run(blank);
    run(blank);
    expect(runs).toBe(2);
  });
});
