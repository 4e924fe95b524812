// Reads one table sheet by meaning, not by position: the header row is the one with a `代码` cell
// in the first 10 rows, value columns are found by their header text and rows by their code, so
// row order, blank rows and extra columns do not matter. Codes only ever select indicators of
// the table through a Map: `__proto__` or `constructor` in a file is just an unknown code.
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { utils } from '@e965/xlsx';
import type { Indicator, Message, TableDef } from '../core';
import { columnLabels, msg, refOf } from '../core';
import { HEADER_SEARCH_ROWS, MAX_CELL_TEXT } from './limits';
import { CODE_HEADER, squash } from './layout';
import { cellText, readValueCell } from './readCell';

export type Rows = readonly (readonly (CellObject | undefined)[] | undefined)[];

export interface TableSheetRead {
  /** Raw text (undefined when blank) of every cell the sheet has a row and a column for. */
  values: Map<string, string | undefined>;
  /** Texts found in computed rows; they are recomputed, never imported. */
  computed: Map<string, string>;
  /** Rows (1-based) and codes of the rows whose code the table does not define. */
  unknownCodes: { row: number; code: string }[];
  /** Codes of typed rows the sheet does not have. */
  missingCodes: string[];
  problems: Message[];
  notes: Message[];
}

/** The rows of a dense worksheet. */
export const rowsOf = (ws: WorkSheet): Rows => (ws['!data'] as Rows | undefined) ?? [];

/**
 * A sheet by name, only if the workbook really has it: a sheet named `constructor` or `__proto__`
 * must not resolve to something inherited from Object.prototype.
 */
export const sheetOf = (wb: WorkBook, name: string): WorkSheet | undefined =>
  Object.hasOwn(wb.Sheets, name) ? wb.Sheets[name] : undefined;

/** "D6": the A1 address of a 0-based cell, for messages. */
export const addressOf = (row: number, col: number): string => utils.encode_cell({ r: row, c: col });

/** Length of a cell's text, 0 for numbers and blanks. */
const textLength = (cell: CellObject | undefined): number =>
  typeof cell?.v === 'string' ? cell.v.length : 0;

/**
 * Problems for the cells of a sheet longer than MAX_CELL_TEXT, except those `skip` accepts (the
 * caller reports them more precisely). `rowCode` adds what the row is (its code) to a message.
 */
export function longCells(
  rows: Rows,
  name: string,
  rowCode: (row: number) => string | undefined = () => undefined,
  skip: (row: number, col: number) => boolean = () => false,
): Message[] {
  const problems: Message[] = [];
  rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      const length = textLength(cell);
      if (length <= MAX_CELL_TEXT || skip(r, c)) return;
      const code = rowCode(r);
      problems.push(
        msg(
          `工作表“${show(name)}”单元格 ${addressOf(r, c)}（第 ${r + 1} 行${code === undefined ? '' : `，代码 ${code}`}）的内容有 ${length} 个字符，超过上限 ${MAX_CELL_TEXT}。`,
          `Sheet "${show(name)}", cell ${addressOf(r, c)} (row ${r + 1}${code === undefined ? '' : `, code ${code}`}) holds ${length} characters, more than the limit of ${MAX_CELL_TEXT}.`,
        ),
      );
    }),
  );
  return problems;
}

/** Untrusted text shortened for a message. */
export const show = (text: string): string => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** Header text without spaces and a trailing unit in brackets: "本年（万元）" → "本年". */
const headerKey = (text: string): string => squash(text).replace(/[（(][^）)]*[）)]$/, '');

/** Row and column (0-based) of the `代码` header cell within the first rows, if any. */
export function findHeader(rows: Rows): { row: number; codeCol: number } | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (headerKey(cellText(row[c])) === CODE_HEADER) return { row: r, codeCol: c };
    }
  }
  return undefined;
}

/** The text after `label` (e.g. "报告期：") in the rows above the header, or in the next cell. */
export function findLabelled(rows: Rows, beforeRow: number, label: string): string | undefined {
  const key = squash(label).replace(/[:：]$/, '');
  for (let r = 0; r < beforeRow; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = squash(cellText(row[c]));
      const after = text.slice(key.length);
      if (!text.startsWith(key) || !/^(?:[:：]|$)/.test(after)) continue;
      const rest = after.slice(1);
      if (rest !== '') return rest;
      for (let n = c + 1; n < row.length; n++) {
        const next = squash(cellText(row[n]));
        if (next !== '') return next;
      }
    }
  }
  return undefined;
}

/** Normalised code text: full-width to ASCII, no spaces, upper case; a number as its digits. */
const codeOf = (cell: CellObject | undefined): string => squash(cellText(cell)).toUpperCase();

/** Reads the cells of one table from its sheet (`name` is used in messages). */
export function readTableSheet(
  ws: WorkSheet,
  name: string,
  table: TableDef,
  date1904: boolean,
): TableSheetRead {
  const out: TableSheetRead = {
    values: new Map(),
    computed: new Map(),
    unknownCodes: [],
    missingCodes: [],
    problems: [],
    notes: [],
  };
  const rows = rowsOf(ws);
  const header = findHeader(rows);
  if (!header) {
    out.problems.push(
      msg(
        `工作表“${name}”的前 ${HEADER_SEARCH_ROWS} 行中没有“${CODE_HEADER}”表头，不是本程序的报表格式（可能是其他模板的工作簿）。`,
        `Sheet "${name}" has no "${CODE_HEADER}" header in its first ${HEADER_SEARCH_ROWS} rows; it is not in this program's return format (it may be a workbook of another template).`,
      ),
    );
    return out;
  }
  const headerRow = rows[header.row] ?? [];
  const columns = table.columns.flatMap((column) => {
    const col = headerRow.findIndex((cell) => headerKey(cellText(cell)) === columnLabels[column]);
    if (col >= 0) return [{ column, col }];
    const zh = `工作表“${name}”第 ${header.row + 1} 行的表头缺少“${columnLabels[column]}”列`;
    const en = `The header in row ${header.row + 1} of sheet "${name}" has no "${columnLabels[column]}" column`;
    if (column === table.columns[0]) {
      out.problems.push(msg(`${zh}，无法读取本表数据。`, `${en}, so the data of this table cannot be read.`));
    } else
      out.notes.push(msg(`${zh}，该列按未填写处理。`, `${en}; that column is treated as not filled in.`));
    return [];
  });
  if (out.problems.length > 0) return out;

  const byCode = new Map<string, Indicator>(table.rows.map((i) => [i.code, i]));
  const seen = new Map<string, { row: number; texts: string }>();
  /** "row:col" of the cells already reported as too long, with their indicator and column. */
  const reported = new Set<string>();
  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const code = codeOf(row[header.codeCol]);
    if (code === '') continue;
    const indicator = byCode.get(code);
    if (!indicator) {
      out.unknownCodes.push({ row: r + 1, code: show(code) });
      continue;
    }
    const where = (label: string, col: number) =>
      msg(
        `工作表“${name}”第 ${r + 1} 行（代码 ${code}，${indicator.name}）“${label}”列（${addressOf(r, col)}）`,
        `Sheet "${name}", row ${r + 1} (code ${code}, ${indicator.name}), column "${label}" (${addressOf(r, col)})`,
      );
    const texts: (string | undefined)[] = [];
    for (const { column, col } of columns) {
      const ref = refOf(table.id, code, column);
      const read = readValueCell(row[col], indicator, date1904);
      const raw = read.kind === 'text' ? read.raw : undefined;
      texts.push(raw);
      if (read.kind === 'tooLong') {
        reported.add(`${r}:${col}`);
        const at = where(columnLabels[column], col);
        out.problems.push(
          msg(
            `${at.zh}的内容有 ${read.length} 个字符，超过上限 ${MAX_CELL_TEXT}。`,
            `${at.en} holds ${read.length} characters, more than the limit of ${MAX_CELL_TEXT}.`,
          ),
        );
      } else if (indicator.formula) {
        if (raw !== undefined) out.computed.set(ref, raw);
      } else if (read.kind === 'uncachedFormula') {
        const at = where(columnLabels[column], col);
        out.problems.push(
          msg(
            `${at.zh}：公式未计算，请在 Excel 中保存后再导入。`,
            `${at.en}: the formula has not been calculated. Please save the file in Excel, then import it.`,
          ),
        );
      } else if (!seen.has(code)) {
        out.values.set(ref, raw);
      }
    }
    const previous = seen.get(code);
    const joined = JSON.stringify(texts);
    if (!previous) seen.set(code, { row: r + 1, texts: joined });
    else if (previous.texts !== joined && !indicator.formula) {
      out.problems.push(
        msg(
          `工作表“${name}”第 ${previous.row} 行和第 ${r + 1} 行的代码都是 ${code}（${indicator.name}），数值却不同；请删除其中一行后再导入。`,
          `Rows ${previous.row} and ${r + 1} of sheet "${name}" both have code ${code} (${indicator.name}) but different values; please delete one of them, then import again.`,
        ),
      );
    }
  }
  // Any other cell of the sheet (names, units, extra columns, rows above the header) too.
  const rowCode = (r: number) => {
    const code = r > header.row ? codeOf(rows[r]?.[header.codeCol]) : '';
    return code === '' || code.length > 20 ? undefined : code;
  };
  out.problems.push(...longCells(rows, name, rowCode, (r, c) => reported.has(`${r}:${c}`)));
  out.missingCodes = table.rows.filter((i) => !i.formula && !seen.has(i.code)).map((i) => i.code);
  return out;
}
