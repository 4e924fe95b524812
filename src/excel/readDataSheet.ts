// The very hidden `_data` sheet: the JSON form this product wrote at export. It supplies status
// and explanations, and is the reference against which edits made in Excel are detected.
import type { WorkBook } from '@e965/xlsx';
import type { CellDef, Message, Report } from '../core';
import { columnLabels, isBlank, isNumericKind, msg, parseNumber, readBool, restoreReport } from '../core';
import { MAX_DATA_CHARS } from './limits';
import { DATA_SHEET } from './layout';
import { cellText } from './readCell';
import { rowsOf } from './readTableSheet';

export type DataSheetRead =
  | { kind: 'absent' }
  | { kind: 'unreadable'; note: Message }
  | { kind: 'ok'; report: Report; notes: Message[]; exportedAt?: string };

/** Reads `_data` (column A, concatenated) through core's restoreReport. */
export function readDataSheet(wb: WorkBook): DataSheetRead {
  const ws = wb.Sheets[DATA_SHEET];
  if (!Object.hasOwn(wb.Sheets, DATA_SHEET) || !ws) return { kind: 'absent' };
  let json = '';
  for (const row of rowsOf(ws)) {
    json += cellText(row?.[0]);
    if (json.length > MAX_DATA_CHARS) {
      return {
        kind: 'unreadable',
        note: msg(
          `隐藏数据表“${DATA_SHEET}”过大，已忽略，按可见表格导入。`,
          `The hidden sheet "${DATA_SHEET}" is too large and was ignored; the visible sheets were imported.`,
        ),
      };
    }
  }
  if (json.trim() === '') return { kind: 'absent' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {
      kind: 'unreadable',
      note: msg(
        `隐藏数据表“${DATA_SHEET}”内容已损坏，已忽略，按可见表格导入。`,
        `The content of the hidden sheet "${DATA_SHEET}" is damaged and was ignored; the visible sheets were imported.`,
      ),
    };
  }
  const restored = restoreReport(parsed);
  if (!restored.ok) {
    return {
      kind: 'unreadable',
      note: msg(
        `隐藏数据表“${DATA_SHEET}”无法使用（${restored.problems.map((p) => p.zh).join(' ')}），已按可见表格导入。`,
        `The hidden sheet "${DATA_SHEET}" cannot be used (${restored.problems.map((p) => p.en).join(' ')}); the visible sheets were imported.`,
      ),
    };
  }
  return {
    kind: 'ok',
    report: restored.report,
    notes: restored.notes.map((n) => msg(`隐藏数据表：${n.zh}`, `Hidden sheet "${DATA_SHEET}": ${n.en}`)),
    ...(restored.exportedAt === undefined ? {} : { exportedAt: restored.exportedAt }),
  };
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
export function describeChange(def: CellDef, before: string | undefined, after: string | undefined): Message {
  const short = (t: string) => (t.length > 30 ? `${t.slice(0, 30)}…` : t);
  const show = (t: string | undefined) => (t === undefined || isBlank(t) ? '（空）' : short(t));
  const showEn = (t: string | undefined) => (t === undefined || isBlank(t) ? '(blank)' : `"${short(t)}"`);
  return msg(
    `${def.ref}（${def.indicator.name} ${columnLabels[def.column]}）：${show(before)} → ${show(after)}`,
    `${def.ref} (${def.indicator.name} "${columnLabels[def.column]}"): ${showEn(before)} → ${showEn(after)}`,
  );
}
