// Paste from Excel: what a block of clipboard text (tab-separated rows) fills in a table.
// Two shapes are understood:
// - values only: a column (or block) of values fills down from the focused cell, row by row in
//   the table's order, and right across its value columns;
// - code + values: when the first column holds codes of the table's rows, each line fills the row
//   with that code, its values going into the focused column and the ones to its right.
// Computed cells, unknown codes and cells past the table's edge are skipped and reported.
import type { Layout } from '../catalog/layout';
import { normaliseNumberText } from '../numbers/parseNumber';

export interface PasteSkip {
  /** 1-based line of the pasted text. */
  readonly line: number;
  readonly text: string;
  readonly reason: 'computed' | 'unknownCode' | 'outside';
  /** The cell it was aimed at, when there is one. */
  readonly ref?: string;
}

export interface PastePlan {
  readonly fills: [ref: string, raw: string][];
  readonly skipped: PasteSkip[];
  readonly shape: 'values' | 'codes';
}

/** Splits clipboard text into rows of cells (Excel: tabs between cells, CRLF between rows). */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((l) => l.split('\t').map((c) => c.replace(/^"(.*)"$/s, '$1').trim()));
}

/** True when the text is more than one cell (a plain paste into one cell is left to the input). */
export const isBlockPaste = (text: string): boolean => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

/** A code as Excel may give it: numbers as numbers ("2010"), full-width digits, spaces. */
const codeText = (s: string): string => normaliseNumberText(s).replace(/\s+/g, '').toUpperCase();

export function planPaste(layout: Layout, startRef: string, text: string): PastePlan {
  const start = layout.byRef.get(startRef);
  if (!start) throw new RangeError(`unknown cell ${startRef}`);
  const table = start.table;
  const rows = parseClipboard(text);
  const rowIndex = table.rows.findIndex((r) => r.code === start.indicator.code);
  const colIndex = table.columns.indexOf(start.column);
  const codes = new Map(table.rows.map((r, i) => [codeText(r.code), i]));
  const nonEmpty = rows.filter((r) => r.some((c) => c !== ''));
  const coded = nonEmpty.filter((r) => codes.has(codeText(r[0] ?? ''))).length;
  // Codes that are numbers (the monthly table's 2010 … 2112) can be values too: a column of
  // figures such as 2021 would read as a code. There only a block of two or more lines, most of
  // them starting with a code, is taken as code + values; letter codes (F01, Y02) cannot be figures.
  const numericCodes = table.rows.every((r) => /^\d+$/.test(r.code));
  const byCode =
    nonEmpty.length > 0 &&
    nonEmpty.every((r) => r.length >= 2) &&
    (numericCodes
      ? nonEmpty.length >= 2 && coded > nonEmpty.length / 2
      : coded >= Math.ceil(nonEmpty.length / 2));

  const fills: [string, string][] = [];
  const skipped: PasteSkip[] = [];
  const place = (line: number, tableRow: number, values: string[]) => {
    values.forEach((value, j) => {
      const column = table.columns[colIndex + j];
      const indicator = table.rows[tableRow];
      if (value === '') return; // a blank cell in the block leaves the form's cell alone
      if (!column || !indicator) {
        skipped.push({ line, text: value, reason: 'outside' });
        return;
      }
      const ref = `${table.id}.${indicator.code}.${column}`;
      if (indicator.formula) skipped.push({ line, text: value, reason: 'computed', ref });
      else fills.push([ref, value]);
    });
  };

  rows.forEach((cells, i) => {
    const line = i + 1;
    if (!byCode) return place(line, rowIndex + i, cells);
    if (cells.every((c) => c === '')) return;
    const target = codes.get(codeText(cells[0] ?? ''));
    if (target === undefined) skipped.push({ line, text: cells.join(' '), reason: 'unknownCode' });
    else place(line, target, cells.slice(1));
  });
  return { fills, skipped, shape: byCode ? 'codes' : 'values' };
}
