// Helpers for rule tests: findings of one rule on a return derived from a clean sample, with a
// `today` on which the sample is on time unless the test says otherwise.
import { setCells } from '../../report/cells';
import type { Report } from '../../report/types';
import type { ValidationContext } from '../context';
import type { Finding } from '../finding';
import { validateReport } from '../validateReport';
import { CLEAN_ANNUAL_TODAY, cleanAnnualReport, cleanMonthlyToday } from './sampleReports';

/** The `today` on which a clean sample of this kind and period is on time. */
export function onTimeToday(report: Report): string {
  return report.kind === 'annual' ? CLEAN_ANNUAL_TODAY : cleanMonthlyToday(Number(report.period.slice(5, 7)));
}

/** Findings of one rule (default today: on time). */
export function findingsOf(report: Report, ruleId: string, context: ValidationContext = {}): Finding[] {
  return validateReport(report, { today: onTimeToday(report), ...context }).filter(
    (f) => f.ruleId === ruleId,
  );
}

/** Keys of one rule's findings. */
export function keysOf(report: Report, ruleId: string, context: ValidationContext = {}): string[] {
  return findingsOf(report, ruleId, context).map((f) => f.key);
}

/** The clean annual sample with some cells changed (undefined or '' clears a cell). */
export function annualWith(entries: readonly (readonly [string, string | undefined])[]): Report {
  return setCells(cleanAnnualReport(), entries);
}

/** All findings of every rule (default today: on time). */
export function allFindings(report: Report, context: ValidationContext = {}): Finding[] {
  return validateReport(report, { today: onTimeToday(report), ...context });
}
