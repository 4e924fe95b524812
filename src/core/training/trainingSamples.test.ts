import { describe, expect, it } from 'vitest';
import { contextFromReturns } from '../rules/contextFromReturns';
import { validateReport } from '../rules/validateReport';
import { CLEAN_ANNUAL_TODAY, cleanMonthlyToday } from '../rules/testing/sampleReports';
import { trainingSamples } from './trainingSamples';

const todayOf = (kind: string, period: string) =>
  kind === 'annual' ? CLEAN_ANNUAL_TODAY : cleanMonthlyToday(Number(period.slice(5)));

describe('training samples', () => {
  const samples = trainingSamples();

  it('has 3–5 enterprises with distinct ids and names, one of them clean', () => {
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.length).toBeLessThanOrEqual(5);
    expect(new Set(samples.map((s) => s.id)).size).toBe(samples.length);
    expect(new Set(samples.map((s) => s.name)).size).toBe(samples.length);
    expect(samples.filter((s) => s.mistakes.length === 0)).toHaveLength(1);
  });

  for (const sample of samples) {
    it(`${sample.id}: the only findings are the planted mistakes`, () => {
      const found = new Set<string>();
      for (const report of sample.reports) {
        const context = contextFromReturns(report, sample.reports, todayOf(report.kind, report.period));
        for (const f of validateReport(report, context)) found.add(f.ruleId);
      }
      expect([...found].sort()).toEqual([...sample.mistakes].sort());
    });
  }
});
