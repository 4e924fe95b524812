// The one import entry point of the UI: any file a person picks → a return, or problems. It
// dispatches on the content, never on the file name: a zip or OLE2 file is a workbook (or gets the
// right message), `{` starts a JSON file, anything else is refused.
import type { Message, Report } from '../core';
import { msg } from '../core';
import { containerOf } from './container';
import { fileTooLarge } from './limits';
import { readJsonFile } from './readJsonFile';
import { readWorkbook } from './readWorkbook';

/**
 * The outcome of reading an exchange file. `editedCells`: references of the cells changed in Excel
 * after export (visible cells that differ from `_data`); always empty for JSON, whose checksum
 * can only tell that something changed (a note says so), not what.
 */
export type ExchangeReadResult =
  | {
      ok: true;
      format: 'xlsx' | 'json';
      report: Report;
      notes: Message[];
      editedCells: string[];
      /** The export time written in the file, when the file is as exported (restoreReport). */
      exportedAt?: string;
    }
  | { ok: false; problems: Message[] };

/** The first byte that is not whitespace, after a UTF-8 BOM. */
function firstChar(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i];
}

/**
 * Reads an exchange file (XLSX or JSON) by its content; `fileName` only names it in messages.
 * Never throws: every failure is `{ ok: false, problems }` (Messages), and nothing is stored.
 */
export function readExchangeFile(bytes: Uint8Array, fileName = '文件'): ExchangeReadResult {
  try {
    return read(bytes, fileName);
  } catch (e) {
    // Only a bug gets here; still a value, so the page never sees an exception from a file.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [msg(`读取文件时出错：${detail}`, `An error occurred while reading the file: ${detail}`)],
    };
  }
}

function read(bytes: Uint8Array, fileName: string): ExchangeReadResult {
  const shown = fileName.length > 60 ? `${fileName.slice(0, 60)}…` : fileName;
  const tooLarge = fileTooLarge(bytes.byteLength);
  if (tooLarge)
    return { ok: false, problems: [msg(`“${shown}”：${tooLarge.zh}`, `"${shown}": ${tooLarge.en}`)] };
  if (bytes.byteLength === 0) {
    return {
      ok: false,
      problems: [
        msg(
          `文件“${shown}”是空的，没有可导入的内容。`,
          `The file "${shown}" is empty: there is nothing to import.`,
        ),
      ],
    };
  }
  if (containerOf(bytes) !== 'unknown') {
    const result = readWorkbook(bytes);
    return result.ok ? { ...result, format: 'xlsx' } : result;
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (firstChar(bytes) === 0x7b /* { */ || utf16) {
    const result = readJsonFile(bytes);
    return result.ok ? { ...result, format: 'json', editedCells: [] } : result;
  }
  return {
    ok: false,
    problems: [
      msg(
        `无法识别文件“${shown}”：它既不是 xlsx 工作簿，也不是 JSON 报表文件。请选择本程序导出的 .xlsx 或 .json 文件。`,
        `The file "${shown}" is not recognised: it is neither an xlsx workbook nor a JSON return file. Please pick an .xlsx or .json file exported by this program.`,
      ),
    ],
  };
}
