// JSON exchange file bytes → Report: size limit, UTF-8 decoding (a BOM is dropped), JSON.parse
// in a try, then core's restoreReport, which checks format, version, checksum and every key.
import type { RestoreResult } from '../core';
import { restoreReport } from '../core';
import { fileTooLarge } from './limits';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The text of UTF-8 bytes without a BOM, or the problem in Chinese. */
function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: '文件是 UTF-16 编码，请以 UTF-8 编码保存后再导入。' };
  }
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM was removed above; fatal: invalid UTF-8 is an error, not U+FFFD.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return { ok: false, problem: '文件不是有效的 UTF-8 文本（可能是 GBK 编码或二进制文件），无法读取。' };
  }
}

/** Reads a JSON exchange file. Never throws. */
export function readJsonFile(bytes: Uint8Array): RestoreResult {
  const tooLarge = fileTooLarge(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 100) : '';
    return { ok: false, problems: [`文件不是有效的 JSON，无法读取（${detail}）。`] };
  }
  return restoreReport(parsed);
}
