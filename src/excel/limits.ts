// Size limits for files coming from outside (exchange.md, "Bad input"). They are checked before or
// while parsing, so a huge or hostile file is refused before it can exhaust memory. This module
// imports nothing but a type, so the page may import it statically (e.g. to refuse a big File unread)
// without pulling SheetJS or core into a chunk.
import type { Message } from '../core/message';

/** Largest exchange file accepted (XLSX or JSON), in bytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Most rows a worksheet may have. A table sheet of this layout has well under 100. */
export const MAX_SHEET_ROWS = 2000;

/** Longest text accepted in one cell read from a table sheet: core's MAX_CELL_CHARS (a test checks). */
export const MAX_CELL_TEXT = 2000;

/** Sum of the uncompressed sizes a zip may declare: guards against zip bombs. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** Most entries a workbook zip may hold (a workbook of this layout has about 15). */
export const MAX_ZIP_ENTRIES = 2000;

/** Longest JSON text accepted from the hidden `_data` sheet. */
export const MAX_DATA_CHARS = 4 * 1024 * 1024;

/** Rows searched for the header row (the one with a `代码` cell). */
export const HEADER_SEARCH_ROWS = 10;

/** A byte count for people: "12.3 MB" (small counts in Chinese "字节", or English "bytes"). */
export function formatBytes(bytes: number, lang: 'zh' | 'en' = 'zh'): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return lang === 'zh' ? `${bytes} 字节` : `${bytes} bytes`;
}

/** The message for a file over MAX_FILE_BYTES, or undefined when the size is fine. */
export function fileTooLarge(size: number): Message | undefined {
  return size > MAX_FILE_BYTES
    ? {
        zh: `文件大小为 ${formatBytes(size)}，超过上限 ${formatBytes(MAX_FILE_BYTES)}，未导入。报表文件通常只有几十 KB，请确认选择的是本程序导出的报表文件。`,
        en: `The file is ${formatBytes(size, 'en')}, more than the limit of ${formatBytes(MAX_FILE_BYTES, 'en')}; not imported. A return file is usually only some tens of KB: please check that you picked a return file exported by this program.`,
      }
    : undefined;
}
