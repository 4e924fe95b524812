// Reading and writing cells by reference (core-api.md). setCell is a pure transition: it returns a
// new report, so the UI can keep the old one for undo and Solid sees a new value.
import type { CellDef } from '../catalog/layout';
import { formatGrouped, toDisplayNumber, toPlainDecimal } from '../numbers/formatNumber';
import { normaliseUscc } from '../uscc/verifyUscc';
import { isBlank, isNumericKind, makeCell } from './cellParsing';
import { enterpriseSize } from './enterpriseSize';
import type { Cell, Report } from './types';
import { layoutOfReport, valuesOf } from './valuesOf';

function cellDef(report: Report, ref: string): CellDef {
  const def = layoutOfReport(report).byRef.get(ref);
  if (!def)
    throw new RangeError(`${ref} is not a cell of a ${report.kind} return of edition ${report.edition}`);
  return def;
}

/** The text of a computed cell (B02, B12, or a sum as plain decimal), or undefined while blank. */
function computedText(report: Report, def: CellDef): string | undefined {
  const formula = def.indicator.formula;
  if (!formula) return undefined;
  if (formula.kind === 'orgCode') {
    const b01 = report.cells['T1.B01.value']?.raw;
    const code = b01 === undefined ? '' : normaliseUscc(b01);
    return code.length === 18 ? code.slice(8, 17) : undefined;
  }
  if (formula.kind === 'size') return enterpriseSize(report) ?? undefined;
  const v = valuesOf(report);
  if (!v.filled(def.ref) || !isNumericKind(def.indicator.kind)) return undefined;
  return toPlainDecimal(v.num(def.ref), def.indicator.kind);
}

/**
 * The text of one cell: what the user typed, or for a computed cell its current value.
 * Undefined when blank. Throws a RangeError for a reference the report's edition does not define.
 */
export function getCell(report: Report, ref: string): string | undefined {
  const def = cellDef(report, ref);
  return def.indicator.formula ? computedText(report, def) : report.cells[ref]?.raw;
}

/** True when the cell is computed (derived, never typed). */
export function isComputed(report: Report, ref: string): boolean {
  return cellDef(report, ref).indicator.formula !== undefined;
}

/**
 * Sets one cell to the raw text the user typed (blank or undefined clears it) and returns a new
 * report. Editing makes the return a draft again. A reference the edition does not define, or a
 * computed cell, throws a RangeError: that is a bug in the caller.
 */
export function setCell(report: Report, ref: string, raw: string | undefined): Report {
  const def = cellDef(report, ref);
  if (def.indicator.formula) throw new RangeError(`${ref} is computed and cannot be set`);
  const cells: Record<string, Cell> = { ...report.cells };
  if (raw === undefined || isBlank(raw)) delete cells[ref];
  else cells[ref] = makeCell(def.indicator, raw);
  return { ...report, status: 'draft', cells };
}

/** Sets many cells at once (paste, import): one new report, the same checks as setCell. */
export function setCells(report: Report, entries: Iterable<readonly [string, string | undefined]>): Report {
  let next = report;
  for (const [ref, raw] of entries) next = setCell(next, ref, raw);
  return next;
}

/** Sets or clears (blank) the 审核说明 of a finding key. */
export function setExplanation(report: Report, key: string, text: string): Report {
  const explanations: Record<string, string> = { ...report.explanations };
  if (isBlank(text)) delete explanations[key];
  else explanations[key] = text;
  return { ...report, explanations };
}

/** The value of a numeric cell in display units (万元, 人 …), or null when blank or not a valid number. */
export function cellValue(report: Report, ref: string): number | null {
  const def = cellDef(report, ref);
  if (!isNumericKind(def.indicator.kind)) return null;
  const v = valuesOf(report);
  return v.filled(ref) ? toDisplayNumber(v.num(ref), def.indicator.kind) : null;
}

/** A numeric cell's value with thousands separators (千分位) and fixed decimals, or undefined. */
export function formattedCell(report: Report, ref: string): string | undefined {
  const def = cellDef(report, ref);
  if (!isNumericKind(def.indicator.kind)) return getCell(report, ref);
  const v = valuesOf(report);
  return v.filled(ref) ? formatGrouped(v.num(ref), def.indicator.kind) : undefined;
}
