// The typed message protocol of the import worker (architecture.md §10), shared by both sides.
// Messages are named 'area/verb'. Everything in them is plain data (structured-clonable): the file
// bytes go in as an ArrayBuffer (transferred, not copied), a Report with its findings comes out.
import type { Finding, Message, Report, ValidationContext } from '../core';

/**
 * What parsing one file produced: the return with its findings (validateReport, with the given
 * context), the reader's notes and the cells edited in Excel after export; or problems. Notes and
 * problems are Messages (Chinese and English), plain objects that structured clone keeps.
 */
export type ParseResult =
  | {
      ok: true;
      format: 'xlsx' | 'json';
      report: Report;
      notes: Message[];
      /**
       * Cells edited in Excel after export (see readExchangeFile). Always set by handleImport;
       * optional so that outcomes made elsewhere (tests, stored batch items) need not carry it.
       */
      editedCells?: string[];
      /** The file's own export time, when the file is as exported (see restoreReport). */
      exportedAt?: string;
      findings: Finding[];
    }
  | { ok: false; problems: Message[] };

/** The name the UI and the district intake know the result by. */
export type ImportOutcome = ParseResult;

/** Page → worker: parse this file. */
export interface ImportRequest {
  type: 'import/parse';
  /** Matches the response to its request. */
  id: number;
  fileName: string;
  bytes: ArrayBuffer;
  /** Other returns of the enterprise, for the rules that compare with them. */
  context?: ValidationContext;
}

/** Worker → page: the result of one request. */
export interface ImportResponse {
  type: 'import/result';
  id: number;
  result: ParseResult;
}

export type ToImportWorker = ImportRequest;
export type FromImportWorker = ImportResponse;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** True when a message to the worker is a well-formed request. */
export function isImportRequest(data: unknown): data is ImportRequest {
  return (
    isRecord(data) &&
    data.type === 'import/parse' &&
    typeof data.id === 'number' &&
    typeof data.fileName === 'string' &&
    data.bytes instanceof ArrayBuffer &&
    (data.context === undefined || isRecord(data.context))
  );
}

/** True when a message from the worker is a well-formed response. */
export function isImportResponse(data: unknown): data is ImportResponse {
  return (
    isRecord(data) &&
    data.type === 'import/result' &&
    typeof data.id === 'number' &&
    isRecord(data.result) &&
    typeof data.result.ok === 'boolean'
  );
}
