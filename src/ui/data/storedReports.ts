// Stored rows → Reports, and the status a return shows wherever it is listed. The same context
// rules as the editor (core's contextFromReturns), so the list and the editor never disagree.
import type { Finding, Report, ReturnStatus } from '../../core';
import {
  contextFromReturns,
  previousMonthFill,
  restoreReport,
  returnStatus,
  setCells,
  todayInShanghai,
  validateReport,
} from '../../core';
import type { ReturnRow } from '../../storage';

// Storage emits every row of the enterprise after each save, but only the saved row changed. A row
// is the same state while its id, version and time are (every write bumps the version), so its
// restored report is reused: re-reading an enterprise's other returns after each autosave was the
// longest task while typing. Bounded, oldest dropped first.
const restored = new Map<string, Report>();
const RESTORED_MAX = 500;

function restoreRow(row: ReturnRow): Report | undefined {
  const key = `${row.id}@${row.version}@${row.updatedAt}`;
  const cached = restored.get(key);
  if (cached) return cached;
  const r = restoreReport(row.data, { checksum: 'ignore' });
  if (!r.ok) {
    console.warn('stored return unreadable', row.id, r.problems);
    return undefined;
  }
  if (restored.size >= RESTORED_MAX) restored.delete(restored.keys().next().value ?? '');
  restored.set(key, r.report);
  return r.report;
}

/** The reports of stored rows; a row that cannot be read is skipped (its problems are logged). */
export function reportsOf(rows: readonly ReturnRow[]): Report[] {
  return rows.flatMap((row) => restoreRow(row) ?? []);
}

export interface Checked {
  readonly findings: Finding[];
  readonly status: ReturnStatus;
}

/**
 * Validates a return in the context of the enterprise's other returns. A monthly return is checked
 * with its 本年上期累计 as the editor shows it: carried from the previous month (which may have
 * changed since this month was last opened and saved).
 */
export function checkReturn(report: Report, others: readonly Report[], today = todayInShanghai()): Checked {
  const context = contextFromReturns(report, others, today);
  const prev = context.previousMonth;
  const fill = prev ? previousMonthFill(report, prev) : [];
  const shown = fill.length > 0 ? setCells(report, fill) : report;
  const findings = validateReport(shown, context);
  return { findings, status: returnStatus(shown, findings) };
}
