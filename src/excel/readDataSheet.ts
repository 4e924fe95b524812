// The very hidden `_data` sheet: the JSON form this product wrote at export. It supplies status
// and explanations, and is the reference against which edits made in Excel are detected.
import type { WorkBook } from '@e965/xlsx';
import type { CellDef, Report } from '../core';
import { columnLabels, isBlank, isNumericKind, parseNumber, readBool, restoreReport } from '../core';
import { MAX_DATA_CHARS } from './limits';
import { DATA_SHEET } from './layout';
import { cellText } from './readCell';
import { rowsOf } from './readTableSheet';

export type DataSheetRead =
  { kind: 'absent' } | { kind: 'unreadable'; note: string } | { kind: 'ok'; report: Report; notes: string[] };

/** Reads `_data` (column A, concatenated) through core's restoreReport. */
export function readDataSheet(wb: WorkBook): DataSheetRead {
  const ws = wb.Sheets[DATA_SHEET];
  if (!Object.hasOwn(wb.Sheets, DATA_SHEET) || !ws) return { kind: 'absent' };
  let json = '';
  for (const row of rowsOf(ws)) {
    json += cellText(row?.[0]);
    if (json.length > MAX_DATA_CHARS) {
      return { kind: 'unreadable', note: `隐藏数据表“${DATA_SHEET}”过大，已忽略，按可见表格导入。` };
    }
  }
  if (json.trim() === '') return { kind: 'absent' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { kind: 'unreadable', note: `隐藏数据表“${DATA_SHEET}”内容已损坏，已忽略，按可见表格导入。` };
  }
  const restored = restoreReport(parsed);
  if (!restored.ok) {
    return {
      kind: 'unreadable',
      note: `隐藏数据表“${DATA_SHEET}”无法使用（${restored.problems.join(' ')}），已按可见表格导入。`,
    };
  }
  return { kind: 'ok', report: restored.report, notes: restored.notes.map((n) => `隐藏数据表：${n}`) };
}

/** True when two raw texts of a cell mean the same (numbers by value, 是/否 by meaning). */
export function sameCell(def: CellDef, a: string | undefined, b: string | undefined): boolean {
  const blankA = a === undefined || isBlank(a);
  const blankB = b === undefined || isBlank(b);
  if (blankA || blankB) return blankA === blankB;
  const kind = def.indicator.kind;
  if (isNumericKind(kind)) {
    const pa = parseNumber(a, kind);
    const pb = parseNumber(b, kind);
    if (pa.ok && pb.ok) return pa.value === pb.value;
  }
  if (kind === 'bool') return (readBool(a) ?? a) === (readBool(b) ?? b);
  return a === b;
}

/** One changed cell for a note: "T2.F01.thisYear（资产总计 本年）：100 → 120". */
export function describeChange(def: CellDef, before: string | undefined, after: string | undefined): string {
  const show = (t: string | undefined) =>
    t === undefined || isBlank(t) ? '（空）' : t.length > 30 ? `${t.slice(0, 30)}…` : t;
  return `${def.ref}（${def.indicator.name} ${columnLabels[def.column]}）：${show(before)} → ${show(after)}`;
}
