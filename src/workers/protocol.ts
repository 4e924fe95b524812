// The typed message protocol of the import worker (architecture.md §10), shared by both sides.
// Messages are named 'area/verb'. Everything in them is plain data (structured-clonable): the file
// bytes go in (transferred, not copied), a Report with its findings comes out.
import type { Finding, Report, ValidationContext } from '../core';

/** What an import produced: the return with its findings and notes, or problems in Chinese. */
export type ImportOutcome =
  | { ok: true; format: 'xlsx' | 'json'; report: Report; notes: string[]; findings: Finding[] }
  | { ok: false; problems: string[] };

/** Page → worker: parse this file. */
export interface ImportParseRequest {
  type: 'import/parse';
  /** Matches the result to its request. */
  id: number;
  name: string;
  bytes: Uint8Array;
  /** Other returns of the enterprise, for the rules that compare with them. */
  context?: ValidationContext;
}

/** Worker → page: the outcome of one parse. */
export interface ImportResultMessage {
  type: 'import/result';
  id: number;
  outcome: ImportOutcome;
}

export type ToImportWorker = ImportParseRequest;
export type FromImportWorker = ImportResultMessage;

/** True when a message from the worker is a well-formed result. */
export function isImportResult(data: unknown): data is ImportResultMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'import/result' &&
    typeof (data as { id?: unknown }).id === 'number'
  );
}
