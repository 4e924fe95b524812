import { describe, expect, it } from 'vitest';
import type { Finding } from '../index';
import {
  emptyReport,
  getEdition,
  isReady,
  layoutOf,
  returnStatus,
  setCells,
  setExplanation,
  validateReport,
} from '../index';
import { allFindings } from './testing/ruleCases';
import {
  CLEAN_ANNUAL_TODAY,
  cleanAnnualReport,
  cleanMonthlyReport,
  cleanMonthlyToday,
} from './testing/sampleReports';

const edition = getEdition('2020');

describe('clean samples', () => {
  it('the clean annual return has no finding', () => {
    expect(validateReport(cleanAnnualReport(), { today: CLEAN_ANNUAL_TODAY })).toEqual([]);
  });

  it('the clean monthly return of every month has no finding', () => {
    for (let month = 1; month <= 12; month++)
      expect(
        validateReport(cleanMonthlyReport(month), { today: cleanMonthlyToday(month) }),
        `month ${month}`,
      ).toEqual([]);
  });

  it('no finding with the matching context returns either', () => {
    const previousMonth = cleanMonthlyReport(5);
    expect(validateReport(cleanMonthlyReport(6), { today: cleanMonthlyToday(6), previousMonth })).toEqual([]);
  });
});

/** A return with findings in every table, of several rules on the same cells. */
function messy() {
  return setCells(cleanAnnualReport(), [
    ['T1.B05.value', '999999'],
    ['T1.B23.value', '123'],
    ['T2.F01.thisYear', '1'],
    ['T2.F02.lastYear', '99999'],
    ['T2.F14.thisYear', 'abc'],
    ['T3.Y02.thisYear', '9999'],
    ['T3.Y19.thisYear', '0'],
    ['T4.C11.lastYear', '1'],
    ['T5.A08.thisYear', '99'],
    ['T1.B14.value', '否'],
  ]);
}

describe('validateReport', () => {
  it('leaves out what relations find about a cell whose text is not a number, until it is one', () => {
    const rules = (cells: [string, string][]) =>
      validateReport(setCells(cleanAnnualReport(), cells), { today: CLEAN_ANNUAL_TODAY }).map(
        (f) => f.ruleId,
      );
    // 资产总计 as text: F-NUM says so; no unbalanced balance sheet built on a 0 that is not there.
    expect(rules([['T2.F01.thisYear', '五千']])).toEqual(['F-NUM']);
    // The same figure as a wrong number is checked as usual.
    expect(rules([['T2.F01.thisYear', '4000']])).toContain('T2-BALANCE');
    // A part that is text, and the sum over it (Y01 over Y02), are not compared either: with a
    // tiny Y02 these relations fire, with a text Y02 only its F-NUM does.
    const related = ['B-INDUSTRY-MIX', 'T3-PARTS', 'X-T4-T3'];
    expect(rules([['T3.Y02.thisYear', '1']])).toEqual(expect.arrayContaining(related));
    expect(rules([['T3.Y02.thisYear', '约一千']])).toEqual(['F-NUM']);
  });

  it('orders findings by table, then catalog order of the first cell, then rule order', () => {
    const findings = validateReport(messy(), { today: '2021-05-01' });
    const layout = layoutOf(edition, 'annual');
    const ruleIndex = (f: Finding) => edition.rules.findIndex((r) => r.id === f.ruleId);
    const position = (f: Finding) =>
      f.cells[0] === undefined ? -1 : (layout.byRef.get(f.cells[0])?.order ?? -2);
    expect(findings.length).toBeGreaterThan(15);
    expect(findings[0]?.ruleId).toBe('A-LATE'); // report-level first
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1] as Finding;
      const b = findings[i] as Finding;
      expect(position(b)).toBeGreaterThanOrEqual(-1);
      expect(position(a) < position(b) || (position(a) === position(b) && ruleIndex(a) <= ruleIndex(b))).toBe(
        true,
      );
    }
    const tables = findings.flatMap((f) => (f.cells[0] ? [f.cells[0].split('.')[0]] : []));
    expect(tables).toEqual([...tables].sort());
  });

  it('is deterministic and pure: same input, same output, input unchanged', () => {
    const report = messy();
    const copy = structuredClone(report);
    const once = validateReport(report, { today: '2021-05-01' });
    expect(validateReport(copy, { today: '2021-05-01' })).toEqual(once);
    expect(validateReport(report, { today: '2021-05-01' })).toEqual(once);
    expect(report).toEqual(copy);
  });

  it('gives every finding a key of its rule and first cell, and unique keys', () => {
    const findings = allFindings(messy());
    for (const f of findings) expect(f.key).toBe(`${f.ruleId}@${f.cells[0] ?? ''}`);
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });

  it('runs on an empty return without throwing and asks for the required cells', () => {
    const empty = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });
    const findings = validateReport(empty, { today: CLEAN_ANNUAL_TODAY });
    expect(findings.some((f) => f.ruleId === 'F-REQ')).toBe(true);
    expect(findings.filter((f) => f.severity === 'error').every((f) => f.ruleId === 'F-REQ')).toBe(true);
  });

  it('a verify finding is ready once explained in 10 characters', () => {
    const r = setCells(cleanAnnualReport(), [['T3.Y20.thisYear', '1200.01']]);
    const findings = validateReport(r, { today: CLEAN_ANNUAL_TODAY });
    expect(findings.map((f) => f.key)).toEqual(['X-WAGE-PAYABLE@T3.Y20.thisYear']);
    expect(returnStatus(r, findings)).toBe('待说明');
    const explained = setExplanation(r, 'X-WAGE-PAYABLE@T3.Y20.thisYear', '含年终奖，由母公司代发放。');
    expect(isReady(explained, findings)).toBe(true);
  });

  it('validates a full annual return well under a millisecond once warm', () => {
    const report = messy();
    const clean = cleanAnnualReport();
    for (let i = 0; i < 200; i++) validateReport(clean, { today: CLEAN_ANNUAL_TODAY });
    const runs = 2000;
    const start = performance.now();
    for (let i = 0; i < runs; i++) validateReport(clean, { today: CLEAN_ANNUAL_TODAY });
    const perRun = (performance.now() - start) / runs;
    expect(perRun).toBeLessThan(1); // generous: the benchmark reports the real figure
    expect(validateReport(report, { today: CLEAN_ANNUAL_TODAY }).length).toBeGreaterThan(0);
  });
});
