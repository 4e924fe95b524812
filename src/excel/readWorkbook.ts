// XLSX bytes → Report (exchange.md, "Reading an XLSX"), whether this product wrote the file, Excel
// re-saved it, or another program made it from this layout. The visible cells are the truth (the
// user may have edited them in Excel); `_data`, when present, supplies status and explanations and
// shows which cells changed. Everything ends in core's restoreReport, like every other import.
import type { WorkBook } from '@e965/xlsx';
import type { CellDef, Edition, Message, Report, ReportKind, ReportStatus, TableDef } from '../core';
import { FORMAT, FORMAT_VERSION, getEdition, getCell, layoutOf, msg, readBool, restoreReport } from '../core';
import { identifyReturn } from './identifyReturn';
import { MAX_SHEET_ROWS } from './limits';
import { openWorkbook } from './openWorkbook';
import { describeChange, readDataSheet, sameCell } from './readDataSheet';
import { readExplanations } from './readExplanations';
import { longCells, readTableSheet, rowsOf, sheetOf, show } from './readTableSheet';
import { DATA_SHEET } from './layout';

/**
 * A return read from a workbook, with notes for the person importing it, and the references of
 * the cells edited in Excel after export (found by comparing the visible cells with `_data`;
 * empty when the workbook has no `_data`). Or the problems that stop the import.
 */
export type ReadResult =
  | { ok: true; report: Report; notes: Message[]; editedCells: string[]; exportedAt?: string }
  | { ok: false; problems: Message[] };

/** Most problems listed for one file: enough to see what is wrong, not a wall of text. */
const MAX_PROBLEMS = 30;

const capped = (problems: Message[]): Message[] =>
  problems.length <= MAX_PROBLEMS
    ? problems
    : [
        ...problems.slice(0, MAX_PROBLEMS),
        msg(
          `……另有 ${problems.length - MAX_PROBLEMS} 个问题未列出。`,
          `…and ${problems.length - MAX_PROBLEMS} more problems not listed.`,
        ),
      ];

/** "a、b、c 等 N 个" (English "a, b, c (N in all)") for long lists in notes. */
const list = (items: readonly Message[], max = 20): Message =>
  msg(
    items
      .slice(0, max)
      .map((i) => i.zh)
      .join('、') + (items.length > max ? ` 等 ${items.length} 个` : ''),
    items
      .slice(0, max)
      .map((i) => i.en)
      .join(', ') + (items.length > max ? ` (${items.length} in all)` : ''),
  );

/** The same text in both languages (references and codes). */
const same = (text: string): Message => msg(text, text);

/** Sheets longer than the limit (parsing stopped one row past it, so this is cheap). */
function longSheets(wb: WorkBook): Message[] {
  return wb.SheetNames.filter((n) => rowsOf(sheetOf(wb, n) ?? {}).length > MAX_SHEET_ROWS).map((n) =>
    msg(
      `工作表“${show(n)}”超过 ${MAX_SHEET_ROWS} 行，不像是报表工作表，未导入。请删除多余的行或工作表后再导入。`,
      `Sheet "${show(n)}" has more than ${MAX_SHEET_ROWS} rows, which is not like a return sheet; not imported. Please delete the extra rows or sheets, then import again.`,
    ),
  );
}

/**
 * Reads a return from XLSX bytes (exchange.md, "Reading an XLSX"). Never throws: a file that
 * cannot be read gives problems naming the sheet, row and code; stored data is not
 * touched here at all.
 */
export function readWorkbook(bytes: Uint8Array): ReadResult {
  try {
    const result = readOpened(bytes);
    return result.ok ? result : { ok: false, problems: capped(result.problems) };
  } catch (e) {
    // Only a bug gets here; still a value, so the page never sees an exception from a file.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        msg(`读取工作簿时出错：${detail}`, `An error occurred while reading the workbook: ${detail}`),
      ],
    };
  }
}

function readOpened(bytes: Uint8Array): ReadResult {
  const opened = openWorkbook(bytes);
  if (!opened.ok) return opened;
  const wb = opened.wb;
  const tooLong = longSheets(wb);
  if (tooLong.length > 0) return { ok: false, problems: tooLong };

  const notes: Message[] = [];
  const data = readDataSheet(wb);
  if (data.kind === 'unreadable') notes.push(data.note);
  let edition: Edition, kind: ReportKind, period: string;
  if (data.kind === 'ok') {
    ({ kind, period } = data.report);
    edition = getEdition(data.report.edition);
    notes.push(...data.notes);
  } else {
    const identity = identifyReturn(wb);
    if (!identity.ok) return identity;
    ({ edition, kind, period } = identity);
    notes.push(...identity.notes);
  }
  const before = data.kind === 'ok' ? data.report : undefined;
  const layout = layoutOf(edition, kind);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);

  const visible = new Map<string, string | undefined>();
  const computed = new Map<string, string>();
  const problems: Message[] = [];
  const missingSheets: TableDef[] = [];
  for (const table of layout.tables) {
    const ws = sheetOf(wb, table.formNo);
    if (!ws) {
      missingSheets.push(table);
      continue;
    }
    const read = readTableSheet(ws, table.formNo, table, date1904);
    problems.push(...read.problems);
    notes.push(...read.notes);
    read.values.forEach((v, ref) => visible.set(ref, v));
    read.computed.forEach((v, ref) => computed.set(ref, v));
    if (read.unknownCodes.length > 0) {
      const codes = list(
        read.unknownCodes.map(({ row, code }) => msg(`第 ${row} 行“${code}”`, `row ${row} "${code}"`)),
      );
      notes.push(
        msg(
          `工作表“${table.formNo}”中以下代码不属于本表式，已忽略：${codes.zh}。`,
          `These codes in sheet "${table.formNo}" are not part of this form and were ignored: ${codes.en}.`,
        ),
      );
    }
    if (read.missingCodes.length > 0 && !before) {
      const codes = list(read.missingCodes.map(same));
      notes.push(
        msg(
          `工作表“${table.formNo}”中没有以下代码的行，按未填写处理：${codes.zh}。`,
          `Sheet "${table.formNo}" has no rows with these codes; they are treated as not filled in: ${codes.en}.`,
        ),
      );
    }
  }
  // Every other sheet but `_data` (which has its own limit): no cell over the length limit either.
  const tableSheets = new Set(layout.tables.map((t) => t.formNo));
  for (const name of wb.SheetNames) {
    const ws = sheetOf(wb, name);
    if (ws && name !== DATA_SHEET && !tableSheets.has(name)) problems.push(...longCells(rowsOf(ws), name));
  }
  if (problems.length > 0) return { ok: false, problems };

  const cells: Record<string, string> = {};
  const changed: Message[] = [];
  const editedCells: string[] = [];
  const kept: string[] = [];
  for (const def of layout.cells) {
    if (def.indicator.formula) continue;
    const old = before?.cells[def.ref]?.raw;
    if (visible.has(def.ref)) {
      const now = visible.get(def.ref);
      if (now !== undefined) cells[def.ref] = now;
      if (before && !sameCell(def, old, now)) {
        changed.push(describeChange(def, old, now));
        editedCells.push(def.ref);
      }
    } else if (old !== undefined) {
      cells[def.ref] = old;
      if (!missingSheets.includes(def.table)) kept.push(def.ref);
    }
  }
  const ai = readBool(cells['T1.B14.value']) === '是';
  for (const table of missingSheets) {
    if (table.gate === 'B14' && !ai) continue;
    notes.push(
      before
        ? msg(
            `工作簿中没有工作表“${table.formNo}”，沿用隐藏数据中的数值。`,
            `The workbook has no sheet "${table.formNo}"; the values in the hidden data are kept.`,
          )
        : msg(
            `工作簿中没有工作表“${table.formNo}”，该表按未填写处理。`,
            `The workbook has no sheet "${table.formNo}"; that table is treated as not filled in.`,
          ),
    );
  }
  if (changed.length > 0) {
    const cells = list(changed, 30);
    notes.push(
      msg(
        `以下格子在导出后被修改过，以表格中的值为准：${cells.zh}。`,
        `These cells were changed after export; the values in the sheets are used: ${cells.en}.`,
      ),
    );
  }
  if (kept.length > 0) {
    const cells = list(kept.map(same));
    notes.push(
      msg(
        `以下格子在表格中找不到，沿用隐藏数据中的数值：${cells.zh}。`,
        `These cells were not found in the sheets; the values in the hidden data are kept: ${cells.en}.`,
      ),
    );
  }

  let status: ReportStatus = 'draft';
  if (before) status = changed.length > 0 ? 'draft' : before.status;
  if (before?.status === 'ready' && status === 'draft')
    notes.push(
      msg(
        '数据已修改，报表状态改为草稿，请重新审核。',
        'The data was changed, so the return is a draft again: please check it again.',
      ),
    );
  const explanations = before ? { ...before.explanations } : Object.fromEntries(readExplanations(wb));
  const form = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    edition: edition.id,
    kind,
    period,
    status,
    cells,
    explanations,
  };
  const restored = restoreReport(form, { checksum: 'ignore' });
  if (!restored.ok) return restored;
  const recomputed = [...computed].filter(([ref, raw]) => {
    const def = layout.byRef.get(ref) as CellDef;
    return !sameCell(def, raw, getCell(restored.report, ref));
  });
  if (recomputed.length > 0) {
    const cells = list(
      recomputed.map(([ref, raw]) => {
        const now = getCell(restored.report, ref);
        return msg(
          `${ref}（文件中为 ${show(raw)}，计算为 ${now ?? '空'}）`,
          `${ref} (file: "${show(raw)}", calculated: ${now ?? 'blank'})`,
        );
      }),
    );
    notes.push(
      msg(
        `以下自动计算的格子与文件中的值不同，已按各项之和重新计算：${cells.zh}。`,
        `These calculated cells differ from the values in the file and were recalculated as the sum of their items: ${cells.en}.`,
      ),
    );
  }
  // The export time dates the data only when nothing was changed in Excel after it.
  const exportedAt = data.kind === 'ok' && editedCells.length === 0 ? data.exportedAt : undefined;
  return {
    ok: true,
    report: restored.report,
    notes: [...notes, ...restored.notes],
    editedCells,
    ...(exportedAt === undefined ? {} : { exportedAt }),
  };
}
