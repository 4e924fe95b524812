// The work of one import, shared by the worker and the in-page fallback: read the exchange file
// (XLSX or JSON) and validate the return. Pure (no worker or DOM API), so vitest covers it fully;
// the worker file only wires it to `onmessage`. It never throws: this is the top of the call
// chain, so an unexpected error is caught here and becomes a problem (architecture.md §9).
import { msg, validateReport } from '../core';
import type { ValidationContext } from '../core';
import { readExchangeFile } from '../excel';
import type { ImportResponse, ParseResult } from './protocol';
import { isImportRequest } from './protocol';

/** Reads and validates one file. */
export function handleImport(input: {
  fileName: string;
  bytes: ArrayBuffer | Uint8Array;
  context?: ValidationContext | undefined;
}): ParseResult {
  try {
    const bytes = input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(input.bytes);
    const read = readExchangeFile(bytes, input.fileName);
    if (!read.ok) return read;
    const findings = validateReport(read.report, input.context ?? {});
    return { ...read, findings };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [msg(`导入时出错：${detail}`, `An error occurred during the import: ${detail}`)],
    };
  }
}

/**
 * The worker's message handler: a well-formed request gives its response; anything else gives
 * undefined (ignored: only this app's page talks to the worker, so that is a bug, not a file).
 */
export function handleMessage(data: unknown): ImportResponse | undefined {
  if (!isImportRequest(data)) return undefined;
  return { type: 'import/result', id: data.id, result: handleImport(data) };
}
