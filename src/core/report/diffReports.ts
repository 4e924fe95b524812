// What changed between two states of a return: typed cells (raw text) and explanations. Used by
// the history view and the import preview ("cell, old → new"), in catalog order.
import { layoutOfReport } from './valuesOf';
import type { Report } from './types';

export interface CellChange {
  readonly ref: string;
  /** Raw text before, undefined when blank. */
  readonly before: string | undefined;
  readonly after: string | undefined;
}

export interface ReportDiff {
  readonly cells: CellChange[];
  /** Finding keys whose 审核说明 was added, changed or removed. */
  readonly explanations: CellChange[];
  readonly statusChanged: boolean;
}

export function diffReports(before: Report, after: Report): ReportDiff {
  const cells: CellChange[] = [];
  for (const def of layoutOfReport(after).cells) {
    const a = before.cells[def.ref]?.raw;
    const b = after.cells[def.ref]?.raw;
    if (a !== b) cells.push({ ref: def.ref, before: a, after: b });
  }
  const explanations: CellChange[] = [];
  const keys = [...new Set([...Object.keys(before.explanations), ...Object.keys(after.explanations)])].sort();
  for (const key of keys) {
    const a = before.explanations[key];
    const b = after.explanations[key];
    if (a !== b) explanations.push({ ref: key, before: a, after: b });
  }
  return { cells, explanations, statusChanged: before.status !== after.status };
}
