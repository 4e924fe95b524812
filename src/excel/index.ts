// The one entry point of the SheetJS layer (core-api.md): the exchange file as XLSX and JSON.
// This folder is the only one that imports SheetJS (@e965/xlsx). The UI must reach it only through
// a dynamic import or the import worker (src/workers), so SheetJS stays out of the initial bundle.
// (fileName.ts and limits.ts import no SheetJS and may be imported statically.)
export { writeWorkbook } from './writeWorkbook';
export type { WriteOptions } from './writeWorkbook';
export { readWorkbook } from './readWorkbook';
export type { ReadResult } from './readWorkbook';
export { readJsonFile } from './readJsonFile';
export { readExchangeFile } from './readExchangeFile';
export type { ExchangeReadResult } from './readExchangeFile';
export { exportFileName } from './fileName';
export type { ExchangeExt } from './fileName';
export { MAX_FILE_BYTES, MAX_SHEET_ROWS, MAX_CELL_TEXT, fileTooLarge } from './limits';
export { writeSummaryWorkbook, summaryFileName } from './summaryWorkbook';
