// The Report model (core-api.md): plain, serialisable data. A return is its typed cells by
// reference; computed cells, findings and the ready status are derived, never stored as truth.
import type { ReportKind } from '../catalog/types';

/** Why a numeric cell's text could not be taken as a value. */
export type NumberProblem = 'notNumber' | 'tooManyDecimals' | 'notInteger' | 'tooLarge';

/**
 * One typed cell: the raw text exactly as the user typed it, next to its parsed exact value.
 * `value` is an integer in the kind's smallest unit (0.01 万元, 1 人, 0.1 %) and present only for
 * numeric cells that parsed; `problem` is present only for numeric cells that did not.
 */
export interface Cell {
  readonly raw: string;
  readonly value?: number;
  readonly problem?: NumberProblem;
}

export type ReportStatus = 'draft' | 'ready';

export interface Report {
  readonly edition: string;
  readonly kind: ReportKind;
  /** "YYYY" (annual) or "YYYY-MM" (monthly). */
  readonly period: string;
  readonly status: ReportStatus;
  /** Non-blank typed cells by reference `TABLE.CODE.COLUMN`. Only references the edition defines. */
  readonly cells: Readonly<Record<string, Cell>>;
  /** 审核说明 by finding key (`RULE@REF`). */
  readonly explanations: Readonly<Record<string, string>>;
}
