import { describe, expect, it } from 'vitest';
import { cleanAnnualReport } from '../rules/testing/sampleReports';
import { setCell, setExplanation } from './cells';
import { restoreReport } from './restoreReport';
import { toStoredForm } from './jsonForm';
import { sameContent } from './sameContent';

describe('sameContent', () => {
  const base = cleanAnnualReport();

  it('holds for a copy restored from storage (new objects, the same return)', () => {
    const restored = restoreReport(JSON.parse(JSON.stringify(toStoredForm(base))));
    if (!restored.ok) throw new Error('not restored');
    expect(restored.report).not.toBe(base);
    expect(sameContent(restored.report, base)).toBe(true);
  });

  it('tells apart a changed, added or cleared cell, an explanation and the status', () => {
    expect(sameContent(setCell(base, 'T2.F01.thisYear', '5001'), base)).toBe(false);
    expect(sameContent(setCell(base, 'T2.F01.lastYear', '1'), base)).toBe(false);
    expect(sameContent(setCell(base, 'T2.F01.thisYear', undefined), base)).toBe(false);
    expect(sameContent(base, setCell(base, 'T2.F01.thisYear', undefined))).toBe(false);
    expect(sameContent(setExplanation(base, 'K@T2.F01.thisYear', '说明'), base)).toBe(false);
    expect(sameContent({ ...base, status: 'ready' }, { ...base, status: 'draft' })).toBe(false);
    expect(sameContent({ ...base, period: '2021' }, base)).toBe(false);
  });

  it('a retyped cell with the same text is the same return', () => {
    const raw = base.cells['T2.F01.thisYear']?.raw;
    expect(sameContent(setCell(base, 'T2.F01.thisYear', raw), { ...base, status: 'draft' })).toBe(true);
  });
});
