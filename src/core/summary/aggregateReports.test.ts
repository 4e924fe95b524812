import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEdition } from '../catalog/editions';
import { setCells } from '../report/cells';
import type { Report } from '../report/types';
import { cleanAnnualReport, cleanMonthlyReport } from '../rules/testing/sampleReports';
import type { Aggregate } from './aggregateReports';
import { aggregateReports } from './aggregateReports';

const edition = getEdition('2020');
const units = edition.lists.reviewUnits.slice(0, 4).map((u) => u.id);
const industries = edition.lists.industries.slice(0, 40).map((i) => i.code);
const base = cleanAnnualReport();

/** A generated annual return: random amounts in a few typed cells, random unit and industry. */
const arbReport: fc.Arbitrary<Report> = fc
  .record({
    unit: fc.constantFrom(...units, ''),
    industry: fc.constantFrom(...industries, ''),
    f01: fc.integer({ min: 0, max: 10_000_000 }),
    y02: fc.integer({ min: -50_000, max: 500_000 }),
    y17: fc.integer({ min: 0, max: 5000 }),
    clearY05: fc.boolean(),
  })
  .map((r) =>
    setCells(base, [
      ['T1.B06.value', r.unit],
      ['T1.B09.value', r.industry],
      ['T2.F01.thisYear', (r.f01 / 100).toFixed(2)],
      ['T3.Y02.thisYear', (r.y02 / 100).toFixed(2)],
      ['T3.Y17.thisYear', String(r.y17)],
      ['T3.Y05.thisYear', r.clearY05 ? undefined : '1000'],
    ]),
  );

/** Adds the exact sums and counts of groups, cell by cell. */
function addUp(aggregates: readonly Aggregate[]) {
  const sums: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const a of aggregates)
    for (const g of a.groups) {
      for (const [ref, v] of Object.entries(g.sums)) sums[ref] = (sums[ref] ?? 0) + v;
      for (const [ref, v] of Object.entries(g.counts)) counts[ref] = (counts[ref] ?? 0) + v;
    }
  return { sums, counts };
}

describe('aggregateReports', () => {
  it('sums exactly, counts reporters and gives growth (example)', () => {
    const a = setCells(base, [
      ['T2.F10.thisYear', '0.1'],
      ['T2.F10.lastYear', '0.05'],
    ]);
    const b = setCells(base, [
      ['T2.F10.thisYear', '0.2'],
      ['T2.F10.lastYear', '0.05'],
      ['T2.F13.thisYear', ''],
    ]);
    const [total] = aggregateReports([a, b], 'total').groups;
    expect(total?.values['T2.F10.thisYear']).toBe(0.3); // no 0.30000000000000004
    expect(total?.sums['T2.F10.thisYear']).toBe(30);
    expect(total?.growth['T2.F10.thisYear']).toBe(200);
    expect(total?.counts['T2.F13.thisYear']).toBe(1);
    expect(total?.values['T3.Y01.thisYear']).toBe(5000); // computed cells aggregate their values
    expect(total?.enterprises).toBe(2);
  });

  it('aggregates monthly returns on M and refuses mixed kinds', () => {
    const [g] = aggregateReports([cleanMonthlyReport(3), cleanMonthlyReport(3)], 'total').groups;
    expect(g?.values['M.2010.ytd']).toBe(1500);
    expect(Object.keys(g?.values ?? {}).every((ref) => ref.startsWith('M.'))).toBe(true);
    expect(() => aggregateReports([cleanMonthlyReport(3), base], 'total')).toThrow(RangeError);
  });

  it('property: by-unit and by-industry groups add up to the total, cell by cell', () => {
    fc.assert(
      fc.property(fc.array(arbReport, { minLength: 1, maxLength: 12 }), (reports) => {
        const total = addUp([aggregateReports(reports, 'total')]);
        expect(addUp([aggregateReports(reports, 'reviewUnit')])).toEqual(total);
        expect(addUp([aggregateReports(reports, 'industry')])).toEqual(total);
      }),
      { numRuns: 40 },
    );
  });

  it('property: the aggregate of a union equals the sum of the aggregates', () => {
    fc.assert(
      fc.property(fc.array(arbReport, { maxLength: 8 }), fc.array(arbReport, { maxLength: 8 }), (a, b) => {
        const parts = [aggregateReports(a, 'total'), aggregateReports(b, 'total')];
        expect(addUp([aggregateReports([...a, ...b], 'total')])).toEqual(addUp(parts));
      }),
      { numRuns: 40 },
    );
  });
});

describe('aggregateReports by industry', () => {
  it('names each group by its GB/T 4754 group name', () => {
    const r = setCells(cleanAnnualReport(), [['T1.B09.value', '6513']]);
    const [g] = aggregateReports([r], 'industry').groups;
    expect(g).toMatchObject({ key: '651', label: '软件开发' });
  });
});
