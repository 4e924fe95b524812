// The one import entry point of the UI: any file a person picks → a return, or problems. It
// dispatches on the content, never on the file name: a zip is a workbook, `{` starts a JSON file.
import type { Report } from '../core';
import { containerOf } from './container';
import { fileTooLarge } from './limits';
import { readJsonFile } from './readJsonFile';
import { readWorkbook } from './readWorkbook';

export type ExchangeReadResult =
  { ok: true; format: 'xlsx' | 'json'; report: Report; notes: string[] } | { ok: false; problems: string[] };

/** The first byte that is not whitespace, after a UTF-8 BOM. */
function firstChar(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i];
}

/** Reads an exchange file (XLSX or JSON) by its content. Never throws. */
export function readExchangeFile(name: string, bytes: Uint8Array): ExchangeReadResult {
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  const tooLarge = fileTooLarge(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [`“${shown}”：${tooLarge}`] };
  if (bytes.byteLength === 0) return { ok: false, problems: [`文件“${shown}”是空的，没有可导入的内容。`] };
  const container = containerOf(bytes);
  if (container !== 'unknown') {
    const result = readWorkbook(bytes);
    return result.ok ? { ...result, format: 'xlsx' } : result;
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (firstChar(bytes) === 0x7b /* { */ || utf16) {
    const result = readJsonFile(bytes);
    return result.ok ? { ...result, format: 'json' } : result;
  }
  return {
    ok: false,
    problems: [
      `无法识别文件“${shown}”：它既不是 xlsx 工作簿，也不是 JSON 报表文件。请选择本程序导出的 .xlsx 或 .json 文件。`,
    ],
  };
}
