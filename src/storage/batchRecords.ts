// District mode's rows: a review batch (审核批次) for one review unit (or 全部) and period, and the
// returns collected into it from enterprises' files. Kept apart from the officer's own
// enterprises: a batch never touches the enterprises/returns tables.
import type { JsonForm, ReportKind, StoredMessage } from '../core';

/** An enterprise expected to report (from a roster file). */
export interface RosterEntry {
  readonly uscc: string;
  readonly name: string;
  readonly reviewUnit?: string;
}

export interface BatchRow {
  readonly id: string;
  readonly name: string;
  /** Review-unit id of the edition's list, or 'all' (全部). */
  readonly reviewUnit: string;
  readonly edition: string;
  readonly kind: ReportKind;
  readonly period: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly roster?: readonly RosterEntry[];
}

export type ReviewDecision = 'pending' | 'approved' | 'returned';

export interface BatchItemRow {
  readonly id: string;
  readonly batchId: string;
  /** 统一社会信用代码 of the return (normalised), '' when the file could not be read. */
  readonly uscc: string;
  readonly fileName: string;
  readonly importedAt: string;
  /** 'failed': a broken file or one of another period/edition; `problems` says why. */
  readonly status: 'ok' | 'failed';
  /** Messages; Chinese text only in items stored by older versions. */
  readonly problems?: readonly StoredMessage[];
  readonly notes?: readonly StoredMessage[];
  /** The return (core's stored form) when status is 'ok'. */
  readonly data?: JsonForm;
  /** When the enterprise exported the file (from the file), to tell newer from older duplicates. */
  readonly exportedAt?: string;
  readonly review: { readonly decision: ReviewDecision; readonly note: string; readonly at?: string };
}

/**
 * A batch item with its fields in one fixed order, whoever builds it (an intake, a backup
 * restore): IndexedDB keeps key order, and a backup round trip must be byte-for-byte.
 */
export function batchItemRow(i: BatchItemRow): BatchItemRow {
  return {
    id: i.id,
    batchId: i.batchId,
    uscc: i.uscc,
    fileName: i.fileName,
    importedAt: i.importedAt,
    status: i.status,
    ...(i.problems !== undefined && { problems: [...i.problems] }),
    ...(i.notes !== undefined && { notes: [...i.notes] }),
    ...(i.data !== undefined && { data: i.data }),
    ...(i.exportedAt !== undefined && { exportedAt: i.exportedAt }),
    review: {
      decision: i.review.decision,
      note: i.review.note,
      ...(i.review.at !== undefined && { at: i.review.at }),
    },
  };
}
