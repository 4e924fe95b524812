// Cell references (exchange.md): every value of a return is addressed as `TABLE.CODE.COLUMN`.
// A layout lists every cell an edition defines for one kind of return, in table then catalog
// order, and is built once per edition and kind.
import type { ColumnId, Edition, Indicator, ReportKind, TableDef, TableId } from './types';

export interface CellDef {
  readonly ref: string;
  readonly table: TableDef;
  readonly indicator: Indicator;
  readonly column: ColumnId;
  /** Position in table-then-catalog order; findings sort by it. */
  readonly order: number;
}

export interface Layout {
  readonly edition: Edition;
  readonly kind: ReportKind;
  readonly tables: readonly TableDef[];
  /** Every cell, in order. */
  readonly cells: readonly CellDef[];
  readonly byRef: ReadonlyMap<string, CellDef>;
}

/** Column labels as printed in the header row (exchange.md). */
export const columnLabels: Readonly<Record<ColumnId, string>> = {
  value: '内容',
  thisYear: '本年',
  lastYear: '上年同期',
  ytd: '本年本期累计',
  ytdLastYear: '上年同期累计',
  ytdPreviousMonth: '本年上期累计',
};

/** The main column of a table: the one F-REQ and single-column rules look at. */
export function mainColumn(table: TableDef): ColumnId {
  const first = table.columns[0];
  if (first === undefined) throw new Error(`table ${table.id} has no columns`);
  return first;
}

/** Builds a reference from its parts. */
export const refOf = (table: TableId, code: string, column: ColumnId): string => `${table}.${code}.${column}`;

const cache = new WeakMap<Edition, Partial<Record<ReportKind, Layout>>>();

/** The layout of one kind of return of an edition (cached). */
export function layoutOf(edition: Edition, kind: ReportKind): Layout {
  let perKind = cache.get(edition);
  if (!perKind) cache.set(edition, (perKind = {}));
  const known = perKind[kind];
  if (known) return known;
  const tables = edition.tables[kind];
  const cells: CellDef[] = [];
  for (const table of tables) {
    for (const indicator of table.rows) {
      for (const column of table.columns) {
        cells.push({
          ref: refOf(table.id, indicator.code, column),
          table,
          indicator,
          column,
          order: cells.length,
        });
      }
    }
  }
  const layout: Layout = { edition, kind, tables, cells, byRef: new Map(cells.map((c) => [c.ref, c])) };
  perKind[kind] = layout;
  return layout;
}

/** The table of a layout by id, or undefined when this kind of return has no such table. */
export function tableOf(layout: Layout, id: TableId): TableDef | undefined {
  return layout.tables.find((t) => t.id === id);
}
