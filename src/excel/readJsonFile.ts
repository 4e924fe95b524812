// JSON exchange file → Report: size limit, UTF-8 decoding (a BOM is dropped), JSON.parse in a
// try, then core's restoreReport, which checks format, version, edition, checksum and every key.
// JSON.parse makes `__proto__` an own property, and restoreReport only ever looks keys up in the
// edition's layout, so no key from a file can reach an object prototype.
import type { Message, RestoreResult } from '../core';
import { msg, restoreReport } from '../core';
import { fileTooLarge, MAX_FILE_BYTES } from './limits';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The text of UTF-8 bytes without a BOM, or the problem. */
function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: Message } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      problem: msg(
        '文件是 UTF-16 编码，请以 UTF-8 编码保存后再导入。',
        'The file is encoded as UTF-16. Please save it as UTF-8, then import it.',
      ),
    };
  }
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM was removed above; fatal: invalid UTF-8 is an error, not U+FFFD.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return {
      ok: false,
      problem: msg(
        '文件不是有效的 UTF-8 文本（可能是 GBK 编码或二进制文件），无法读取。',
        'The file is not valid UTF-8 text (it may be GBK-encoded or a binary file) and cannot be read.',
      ),
    };
  }
}

/**
 * Reads a JSON exchange file, given as its text or its bytes (UTF-8). Never throws: a file that
 * is not a return gives problems; a wrong or missing checksum, unknown keys and cells
 * the edition does not define give notes (exchange.md, "JSON form").
 */
export function readJsonFile(input: string | Uint8Array): RestoreResult {
  let text: string;
  if (typeof input === 'string') {
    // A rough bound first (UTF-16 units ≤ UTF-8 bytes), the exact size only when it matters.
    const size = input.length * 3 <= MAX_FILE_BYTES ? input.length : new TextEncoder().encode(input).length;
    const tooLarge = fileTooLarge(size);
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    text = input.replace(/^\uFEFF/, '');
  } else {
    const tooLarge = fileTooLarge(input.byteLength);
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
    text = decoded.text;
  }
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [msg('文件是空的，没有可导入的内容。', 'The file is empty: there is nothing to import.')],
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 100) : '';
    return {
      ok: false,
      problems: [
        msg(
          `文件不是有效的 JSON，无法读取（${detail}）。`,
          `The file is not valid JSON and cannot be read (${detail}).`,
        ),
      ],
    };
  }
  return restoreReport(parsed);
}
