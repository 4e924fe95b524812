// Report → XLSX bytes (exchange.md, "XLSX form"): 封面, one sheet per table, 审核说明, and the very
// hidden `_data` sheet holding the JSON form, so the file both prints well and imports losslessly.
import type { WorkBook, WorkSheet } from '@e965/xlsx';
import { utils, write } from '@e965/xlsx';
import type { Finding, Report } from '../core';
import { getEdition, nowInShanghai, serializeReport, validateReport } from '../core';
import { COVER_SHEET, DATA_CHUNK_CHARS, DATA_SHEET, FINDINGS_SHEET, HEADER_ROW, sheetTables } from './layout';
import { addPageSetup } from './pageSetup';
import { SheetBuilder } from './sheetBuilder';
import { writeCoverSheet, writeFindingsSheet } from './writeInfoSheets';
import { writeTableSheet } from './writeTableSheet';

export interface WriteOptions {
  /** Export time, ISO 8601 with offset; defaults to now in Asia/Shanghai. */
  exportedAt?: string;
}

/** The `_data` sheet: the JSON form in A1, continued down column A past Excel's cell limit. */
function dataSheet(json: string): WorkSheet {
  const b = new SheetBuilder();
  for (let i = 0; i * DATA_CHUNK_CHARS < json.length; i++) {
    b.text(i, 0, json.slice(i * DATA_CHUNK_CHARS, (i + 1) * DATA_CHUNK_CHARS));
  }
  return b.build();
}

/**
 * The XLSX workbook of a return, as bytes. `findings` are those shown on the cover and in 审核说明
 * and stored in `_data`; when omitted they are computed here (without context), so the cover can
 * never call a return with errors 可上报. Pure apart from the default export time.
 */
export function writeWorkbook(report: Report, findings?: Finding[], options: WriteOptions = {}): Uint8Array {
  const edition = getEdition(report.edition);
  const found = findings ?? validateReport(report);
  const exportedAt = options.exportedAt ?? nowInShanghai();
  const wb: WorkBook = utils.book_new();
  utils.book_append_sheet(wb, writeCoverSheet(report, edition, found, exportedAt), COVER_SHEET);
  const tables = sheetTables(report);
  for (const table of tables) {
    utils.book_append_sheet(wb, writeTableSheet(report, edition, table), table.formNo);
  }
  utils.book_append_sheet(wb, writeFindingsSheet(report, found), FINDINGS_SHEET);
  // The JSON form without indentation: the checksum is over the canonical form, so it still holds.
  const json = JSON.stringify(JSON.parse(serializeReport(report, found, { exportedAt })));
  utils.book_append_sheet(wb, dataSheet(json), DATA_SHEET);

  const dataIndex = wb.SheetNames.length - 1;
  wb.Workbook = {
    Sheets: wb.SheetNames.map((_, i) => ({ Hidden: i === dataIndex ? 2 : 0 })),
    // Rows 1–4 (title, details, header) repeat on every printed page of a table.
    Names: tables.map((t, i) => ({
      Name: '_xlnm.Print_Titles',
      Sheet: i + 1,
      Ref: `'${t.formNo}'!$1:$${HEADER_ROW}`,
    })),
  };
  const bytes = write(wb, {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
    compression: true,
  }) as ArrayBuffer;
  return addPageSetup(new Uint8Array(bytes), [
    ...tables.map((_, i) => ({ sheet: i + 2, frozenRows: HEADER_ROW })),
    { sheet: tables.length + 2, frozenRows: 1 },
  ]);
}
