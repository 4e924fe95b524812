// One table of a return as a worksheet (exchange.md, "Layout of a table sheet"): title, the two
// rows of form and enterprise details, the header on row 4, then one row per indicator in catalog
// order. Amounts are numeric cells formatted `#,##0.00`; text that is not a valid number is kept
// as the text typed, so the problem survives the round trip.
import type { WorkSheet } from '@e965/xlsx';
import type { Edition, NumericKind, Report, TableDef } from '../core';
import { cellValue, cellsForFile, getCell, isNumericKind, refOf } from '../core';
import {
  AMOUNT_FORMAT,
  COUNT_FORMAT,
  firstValueColumn,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerLabels,
  IDENTITY_ROW,
  identityColumns,
  INFO_ROW,
  infoColumns,
  LABEL,
  PERCENT_FORMAT,
  periodLabel,
  rowName,
  TITLE_ROW,
  columnWidths,
} from './layout';
import { SheetBuilder } from './sheetBuilder';

const FORMATS: Readonly<Record<NumericKind, string>> = {
  amount: AMOUNT_FORMAT,
  count: COUNT_FORMAT,
  percent: PERCENT_FORMAT,
};

/** The worksheet of one table of a return; `enterpriseName` fills 单位详细名称 when B03 is blank. */
export function writeTableSheet(
  report: Report,
  edition: Edition,
  table: TableDef,
  enterpriseName?: string,
): WorkSheet {
  const b = new SheetBuilder();
  const labels = headerLabels(table);
  b.text(TITLE_ROW - 1, 0, table.title);
  const info = [
    `${LABEL.formNo}${table.formNo}`,
    `${LABEL.issuer}${edition.issuer}`,
    `${LABEL.approver}${edition.approver}`,
    `${LABEL.approvalNo}${edition.approvalNo}`,
  ];
  infoColumns(table).forEach((col, i) => b.text(INFO_ROW - 1, col, info[i]));
  const texts = cellsForFile(report);
  const identity = [
    `${LABEL.uscc}${texts['T1.B01.value'] ?? ''}`,
    `${LABEL.name}${getCell(report, 'T1.B03.value') ?? enterpriseName ?? ''}`,
    `${LABEL.period}${periodLabel(report)}`,
  ];
  identityColumns(table).forEach((col, i) => b.text(IDENTITY_ROW - 1, col, identity[i]));
  b.row(HEADER_ROW - 1, labels);

  const valueCol = firstValueColumn(table);
  table.rows.forEach((indicator, i) => {
    const row = FIRST_DATA_ROW - 1 + i;
    b.text(row, 0, rowName(indicator)).text(row, 1, indicator.code);
    if (table.id !== 'T1') b.text(row, 2, indicator.unit);
    table.columns.forEach((column, j) => {
      const ref = refOf(table.id, indicator.code, column);
      const col = valueCol + j;
      const kind = indicator.kind;
      if (isNumericKind(kind)) {
        const value = cellValue(report, ref);
        if (value !== null) b.number(row, col, value, FORMATS[kind]);
        else b.text(row, col, report.cells[ref]?.raw); // not a valid number: the text as typed
      } else {
        b.text(row, col, texts[ref]); // as in the JSON form: yes/no as 是/否
      }
    });
  });
  return b.build({
    widths: columnWidths(table),
    minCols: labels.length,
    merges: [{ s: { r: TITLE_ROW - 1, c: 0 }, e: { r: TITLE_ROW - 1, c: labels.length - 1 } }],
  });
}
