// Builds a SheetJS worksheet cell by cell. Text is ALWAYS a string cell (t: 's'), never a formula:
// the writer sets no `f` anywhere, so a name like `=HYPERLINK(...)` stays text in Excel (no
// formula injection). Numbers are numeric cells with an explicit number format.
import type { CellObject, ColInfo, Range, WorkSheet } from '@e965/xlsx';
import { utils } from '@e965/xlsx';

export class SheetBuilder {
  private readonly sheet: WorkSheet = {};
  private lastRow = 0;
  private lastCol = 0;

  /** A text cell at 0-based (row, col). Blank text writes nothing. */
  text(row: number, col: number, value: string | undefined): this {
    if (value === undefined || value === '') return this;
    return this.put(row, col, { t: 's', v: value });
  }

  /** A numeric cell with a number format. */
  number(row: number, col: number, value: number, format: string): this {
    return this.put(row, col, { t: 'n', v: value, z: format });
  }

  /** Texts across a row from a column. */
  row(row: number, values: readonly (string | undefined)[], fromCol = 0): this {
    values.forEach((v, i) => this.text(row, fromCol + i, v));
    return this;
  }

  private put(row: number, col: number, cell: CellObject): this {
    this.sheet[utils.encode_cell({ r: row, c: col })] = cell;
    this.lastRow = Math.max(this.lastRow, row);
    this.lastCol = Math.max(this.lastCol, col);
    return this;
  }

  /** The finished worksheet with its range, column widths and merges. */
  build(options: { widths?: number[]; merges?: Range[]; minCols?: number } = {}): WorkSheet {
    const lastCol = Math.max(this.lastCol, (options.minCols ?? 1) - 1);
    this.sheet['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: this.lastRow, c: lastCol } });
    if (options.widths) this.sheet['!cols'] = options.widths.map((wch): ColInfo => ({ wch }));
    if (options.merges) this.sheet['!merges'] = options.merges;
    // Inches; narrow enough for the table, wide enough for every printer. Page size, orientation
    // and fit-to-width are added to the XML afterwards (pageSetup.ts): SheetJS does not write them.
    this.sheet['!margins'] = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
    return this.sheet;
  }
}
