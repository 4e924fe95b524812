// Bytes → SheetJS workbook, refusing everything that is not a plain .xlsx before SheetJS parses
// it, and turning SheetJS's (English) exceptions into Chinese messages.
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { CFB, read } from '@e965/xlsx';
import { checkZipDirectory, containerOf } from './container';
import { fileTooLarge, MAX_SHEET_ROWS } from './limits';

/**
 * How SheetJS reads an exchange file. SheetJS has no formula engine, so nothing is ever
 * evaluated; the options only decide what it keeps:
 * - dense: rows as arrays, iterated without building an address per cell;
 * - cellFormula + sheetStubs: a formula cell keeps its formula text `f` only so that a formula saved
 *   without a cached value is recognisable (a stub with `f`) and reported instead of read as blank;
 * - sheetRows: parsing stops one row past the limit, so an oversized sheet costs no more memory
 *   than an allowed one, and the extra row tells us it is too long;
 * - cellDates off: dates stay serial numbers, converted only for date fields (readCell.ts);
 * - cellHTML, cellText, cellStyles off: no HTML, formatted text or styles are built (not needed);
 * - bookVBA off: macros are never extracted; WTF off: unsupported features are skipped, not thrown.
 */
const READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellFormula: true,
  sheetStubs: true,
  sheetRows: MAX_SHEET_ROWS + 1,
  cellDates: false,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  cellNF: true,
  bookVBA: false,
  WTF: false,
};

const ENCRYPTED =
  '工作簿受密码保护（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并另存为 .xlsx 后再导入。';

export type Opened = { ok: true; wb: WorkBook } | { ok: false; problems: string[] };

/** An OLE2 file: an encrypted .xlsx, or a legacy .xls (refused: the exchange format is .xlsx). */
function describeOle(bytes: Uint8Array): string {
  try {
    const cfb = CFB.read(bytes, { type: 'buffer' }) as unknown;
    const find = (name: string) => (CFB.find(cfb, name) as unknown) != null;
    if (find('EncryptionInfo') || find('EncryptedPackage')) return ENCRYPTED;
  } catch {
    return '文件已损坏，无法读取（不是完整的 Office 文件）。';
  }
  return '这是旧版 Excel 97-2003（.xls）或其他 Office 文件，不是 .xlsx 工作簿。请在 Excel 中“另存为” Excel 工作簿（*.xlsx）后再导入。';
}

/** SheetJS's exception → a Chinese message. */
function describeError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(text)) return ENCRYPTED;
  if (/size|compress|zip|end of|inflate|corrupt|invalid/i.test(text)) {
    return `文件已损坏或不完整，无法读取（${text.slice(0, 80)}）。请重新导出或重新下载后再导入。`;
  }
  return `无法读取工作簿（${text.slice(0, 80)}）。请确认文件是本程序或 Excel 保存的 .xlsx 报表文件。`;
}

/** Opens an .xlsx after checking its size and container. Never throws. */
export function openWorkbook(bytes: Uint8Array): Opened {
  const tooLarge = fileTooLarge(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const container = containerOf(bytes);
  if (container === 'ole') return { ok: false, problems: [describeOle(bytes)] };
  if (container !== 'zip') {
    return {
      ok: false,
      problems: ['文件不是 xlsx 工作簿（文件开头不是 xlsx 压缩包的标志），可能是其他格式的文件或已损坏。'],
    };
  }
  const zip = checkZipDirectory(bytes);
  if (!zip.ok) return zip;
  if (!zip.names.includes('xl/workbook.xml')) {
    return {
      ok: false,
      problems: [
        '文件是 zip 压缩包，但不是 xlsx 工作簿（例如 .docx、.ods、.xlsb 或普通压缩包）。请在 Excel 中另存为 .xlsx 后再导入。',
      ],
    };
  }
  try {
    return { ok: true, wb: read(bytes, READ_OPTIONS) };
  } catch (e) {
    return { ok: false, problems: [describeError(e)] };
  }
}
