// The work of one import, shared by the worker and the in-page fallback: read the exchange file
// (XLSX or JSON) and validate the return. It never throws: this is the top of the call chain, so
// an unexpected error is caught here and becomes a problem (architecture.md §9).
import { validateReport } from '../core';
import type { ValidationContext } from '../core';
import { readExchangeFile } from '../excel';
import type { ImportOutcome } from './protocol';

/** Reads and validates one file. */
export function handleImport(input: {
  name: string;
  bytes: Uint8Array;
  context?: ValidationContext;
}): ImportOutcome {
  try {
    const read = readExchangeFile(input.name, input.bytes);
    if (!read.ok) return read;
    const findings = validateReport(read.report, input.context ?? {});
    return { ok: true, format: read.format, report: read.report, notes: read.notes, findings };
  } catch (e) {
    return { ok: false, problems: [`导入时出错：${e instanceof Error ? e.message : String(e)}`] };
  }
}
