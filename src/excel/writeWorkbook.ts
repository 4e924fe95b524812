// Report → XLSX bytes (exchange.md, "XLSX form"): 封面, one sheet per table, 审核说明, and the very
// hidden `_data` sheet holding the JSON form, so the file both prints well and imports losslessly.
import type { WorkBook, WorkSheet } from '@e965/xlsx';
import { utils, write } from '@e965/xlsx';
import type { Finding, Report } from '../core';
import { getEdition, isReady, nowInShanghai, serializeReport, validateReport } from '../core';
import { COVER_SHEET, DATA_CHUNK_CHARS, DATA_SHEET, FINDINGS_SHEET, HEADER_ROW, sheetTables } from './layout';
import { addPageSetup } from './pageSetup';
import { SheetBuilder } from './sheetBuilder';
import { writeCoverSheet, writeFindingsSheet } from './writeInfoSheets';
import { writeTableSheet } from './writeTableSheet';

export interface WriteOptions {
  /**
   * The findings shown on the cover and in 审核说明 and stored in `_data`. When omitted they are
   * computed here (without context), so a return with errors can never be called 可上报.
   */
  findings?: Finding[];
  /** The enterprise's name, printed where the return's own 单位详细名称 (B03) is blank. */
  enterpriseName?: string;
  /** Exported from the training mode: the cover says 练习数据, never to be submitted. */
  practice?: boolean;
  /** Export time; defaults to the current time. Written in Asia/Shanghai (+08:00). */
  now?: Date;
  /** Export time as ISO 8601 with offset; takes precedence over `now`. */
  exportedAt?: string;
}

/**
 * The JSON form cut into cells of at most `size` UTF-16 units, never between the two halves of a
 * character outside the BMP (𠮷 and other rarer hanzi of names): a half alone in a cell is not
 * valid text and would come back as U+FFFD.
 */
export function dataChunks(json: string, size = DATA_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + size, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate: keep the pair
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The `_data` sheet: the JSON form in A1, continued down column A past Excel's cell limit. */
function dataSheet(json: string): WorkSheet {
  const b = new SheetBuilder();
  dataChunks(json).forEach((chunk, i) => b.text(i, 0, chunk));
  return b.build();
}

/**
 * The XLSX workbook of a return, as bytes (exchange.md): 封面, one sheet per table named by its form
 * number, 审核说明 and the very hidden `_data` with the JSON form. Amounts are numeric cells
 * (`#,##0.00`, people `#,##0`), every text is a text cell (never a formula), tables print on A4
 * portrait with the header frozen. A return whose findings include an error, or an unexplained
 * `verify`, is exported as a draft: the cover says so and `_data` carries status `draft`.
 * Accepts the findings as second argument (core-api.md) or inside the options. Pure apart from
 * the default export time.
 */
export function writeWorkbook(report: Report, findings?: Finding[], options?: WriteOptions): Uint8Array;
export function writeWorkbook(report: Report, options?: WriteOptions): Uint8Array;
export function writeWorkbook(
  report: Report,
  findingsOrOptions?: Finding[] | WriteOptions,
  maybeOptions: WriteOptions = {},
): Uint8Array {
  const options = Array.isArray(findingsOrOptions)
    ? { ...maybeOptions, findings: findingsOrOptions }
    : { ...maybeOptions, ...findingsOrOptions };
  const edition = getEdition(report.edition);
  const found = options.findings ?? validateReport(report);
  const exportedAt = options.exportedAt ?? nowInShanghai(options.now);
  const name = options.enterpriseName?.trim() || undefined;
  // "ready only when the return had no error and every verify was explained at export".
  const status = report.status === 'ready' && isReady(report, found) ? 'ready' : 'draft';
  const exported: Report = status === report.status ? report : { ...report, status };

  const wb: WorkBook = utils.book_new();
  utils.book_append_sheet(
    wb,
    writeCoverSheet(exported, edition, found, exportedAt, name, options.practice === true),
    COVER_SHEET,
  );
  const tables = sheetTables(exported);
  for (const table of tables) {
    utils.book_append_sheet(wb, writeTableSheet(exported, edition, table, name), table.formNo);
  }
  utils.book_append_sheet(wb, writeFindingsSheet(exported, found), FINDINGS_SHEET);
  // The JSON form without indentation: the checksum is over the canonical form, so it still holds.
  const json = JSON.stringify(JSON.parse(serializeReport(exported, found, { exportedAt })));
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
