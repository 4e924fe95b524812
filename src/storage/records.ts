// The shapes of the rows this app keeps in IndexedDB. Rows are plain JSON-able data: a backup is
// the rows as they are, and every return's `data` is core's stored JSON form (toStoredForm), so
// the one normaliser (restoreReport) reads it back.
import type { JsonForm, ReportKind } from '../core';

/** Enterprises of the real survey live in 'main'; 'training' keeps practice data apart. */
export type Workspace = 'main' | 'training';
export const WORKSPACES: readonly Workspace[] = ['main', 'training'];

export interface EnterpriseRecord {
  /** crypto.randomUUID(): never reused, so a deleted enterprise's id cannot be confused. */
  readonly id: string;
  readonly workspace: Workspace;
  readonly name: string;
  /** 统一社会信用代码 as typed (may be '' until known). */
  readonly uscc: string;
  /** Review unit (审核单位) id from the edition's list, when known. */
  readonly reviewUnit?: string;
  /** ISO 8601 instants (UTC, `…Z`): they sort as text, so the index orders them by time. */
  readonly createdAt: string;
  /** Last change of the enterprise or any of its returns. */
  readonly updatedAt: string;
}

export interface ReturnRow {
  /** `${enterpriseId}:${kind}:${period}`: at most one return per enterprise, kind and period. */
  readonly id: string;
  readonly enterpriseId: string;
  readonly kind: ReportKind;
  /** "YYYY" (annual) or "YYYY-MM" (monthly). */
  readonly period: string;
  /** The return as core's stored JSON form (typed cells only, raw text kept). */
  readonly data: JsonForm;
  /** 1 on creation, +1 on every write: lets a reader tell two states of the row apart. */
  readonly version: number;
  readonly updatedAt: string;
}

/** Why a revision was written. */
export type RevisionReason = 'edit' | 'import' | 'restore' | 'undo';
export const REVISION_REASONS: readonly RevisionReason[] = ['edit', 'import', 'restore', 'undo'];

/**
 * One saved state of a return: every write of a return's data also writes its result here, so the
 * newest revision of a return equals its current row and history is a list of real states.
 */
export interface RevisionRow {
  /** Auto-incremented by the table (`++id`): a row being added has none yet (NewRevision). */
  readonly id: number;
  readonly returnId: string;
  readonly savedAt: string;
  readonly reason: RevisionReason;
  readonly data: JsonForm;
  /**
   * On an import's revision: the enterprise's credit code and name just before it, which undoing
   * the import puts back (an import may have changed them through B01/B03). Not in backups.
   */
  readonly identityBefore?: { readonly uscc: string; readonly name: string };
}

/** A revision before the table has numbered it. */
export type NewRevision = Omit<RevisionRow, 'id'>;

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** The id of an enterprise's return of one kind and period. */
export const returnIdOf = (enterpriseId: string, kind: ReportKind, period: string): string =>
  `${enterpriseId}:${kind}:${period}`;
