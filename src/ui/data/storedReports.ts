// Stored rows → Reports, and the status a return shows wherever it is listed. The same context
// rules as the editor (core's contextFromReturns), so the list and the editor never disagree.
import type { Finding, Report, ReturnStatus } from '../../core';
import { contextFromReturns, restoreReport, returnStatus, todayInShanghai, validateReport } from '../../core';
import type { ReturnRow } from '../../storage';

/** The reports of stored rows; a row that cannot be read is skipped (its problems are logged). */
export function reportsOf(rows: readonly ReturnRow[]): Report[] {
  const reports: Report[] = [];
  for (const row of rows) {
    const restored = restoreReport(row.data, { checksum: 'ignore' });
    if (restored.ok) reports.push(restored.report);
    else console.warn('stored return unreadable', row.id, restored.problems);
  }
  return reports;
}

export interface Checked {
  readonly findings: Finding[];
  readonly status: ReturnStatus;
}

/** Validates a return in the context of the enterprise's other returns. */
export function checkReturn(report: Report, others: readonly Report[], today = todayInShanghai()): Checked {
  const findings = validateReport(report, contextFromReturns(report, others, today));
  return { findings, status: returnStatus(report, findings) };
}
