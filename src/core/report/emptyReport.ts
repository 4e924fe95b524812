import type { ReportKind } from '../catalog/types';
import type { Report } from './types';

/** A new return with no cells: the starting point of every return the user creates. */
export function emptyReport(a: { edition: string; kind: ReportKind; period: string }): Report {
  return { edition: a.edition, kind: a.kind, period: a.period, status: 'draft', cells: {}, explanations: {} };
}
