// Bytes → SheetJS workbook, refusing everything that is not a plain .xlsx before SheetJS parses
// it, and turning SheetJS's exceptions into messages in Chinese and English. The zip is unpacked and
// checked by unzip.ts; SheetJS reads only a stored copy of the XML parts.
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { read } from '@e965/xlsx';
import type { Message } from '../core';
import { msg } from '../core';
import { containerOf, oleIsEncrypted } from './container';
import { fileTooLarge, MAX_SHEET_ROWS } from './limits';
import { ENCRYPTED, storedZip, unzip } from './unzip';

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
 * - bookVBA off: macros are never extracted (their part is not even unpacked); WTF off:
 *   unsupported features are skipped, not thrown.
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

export type Opened = { ok: true; wb: WorkBook } | { ok: false; problems: Message[] };

/** The parts of an .xlsx SheetJS reads: XML and relationships. Media, printer settings, macros
 * and embedded objects are never unpacked. */
const isXmlPart = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

/** SheetJS's exception → a message. */
function describeError(e: unknown): Message {
  const text = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(text)) return ENCRYPTED;
  return msg(
    `无法读取工作簿（${text.slice(0, 80)}）。请确认文件是本程序或 Excel 保存的 .xlsx 报表文件。`,
    `The workbook cannot be read (${text.slice(0, 80)}). Please check that the file is an .xlsx return file saved by this program or by Excel.`,
  );
}

/** Opens an .xlsx after checking its size, container and zip. Never throws. */
export function openWorkbook(bytes: Uint8Array): Opened {
  const tooLarge = fileTooLarge(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const container = containerOf(bytes);
  if (container === 'ole') {
    return {
      ok: false,
      problems: [
        oleIsEncrypted(bytes)
          ? ENCRYPTED
          : msg(
              '这是旧版 Excel 97-2003（.xls）或其他 Office 文件，不是 .xlsx 工作簿。请在 Excel 中“另存为” Excel 工作簿（*.xlsx）后再导入。',
              'This is an old Excel 97-2003 file (.xls) or another Office file, not an .xlsx workbook. In Excel, use "Save As" Excel Workbook (*.xlsx), then import it.',
            ),
      ],
    };
  }
  if (container !== 'zip') {
    return {
      ok: false,
      problems: [
        msg(
          '文件不是 xlsx 工作簿（文件开头不是 xlsx 压缩包的标志），可能是其他格式的文件或已损坏。',
          'The file is not an xlsx workbook (it does not start with the mark of an xlsx zip); it may be a file of another format, or damaged.',
        ),
      ],
    };
  }
  const checked = checkedXlsx(bytes);
  if (!checked.ok) return checked;
  try {
    return { ok: true, wb: read(checked.bytes, READ_OPTIONS) };
  } catch (e) {
    return { ok: false, problems: [describeError(e)] };
  }
}

/**
 * The XML parts of an .xlsx zip, unpacked with bounds and checksums (unzip.ts) and packed again
 * without compression: what any SheetJS read of a zip from outside must be given, so SheetJS's
 * own inflate never sees damaged data. Never throws.
 */
export function checkedXlsx(
  bytes: Uint8Array,
): { ok: true; bytes: Uint8Array } | { ok: false; problems: Message[] } {
  const zip = unzip(bytes, isXmlPart);
  if (!zip.ok) return zip;
  if (!zip.names.includes('xl/workbook.xml')) {
    return {
      ok: false,
      problems: [
        msg(
          '文件是 zip 压缩包，但不是 xlsx 工作簿（例如 .docx、.ods、.xlsb 或普通压缩包）。请在 Excel 中另存为 .xlsx 后再导入。',
          'The file is a zip, but not an xlsx workbook (it may be a .docx, .ods, .xlsb or an ordinary zip). In Excel, save it as .xlsx, then import it.',
        ),
      ],
    };
  }
  return { ok: true, bytes: storedZip(zip.parts) };
}
