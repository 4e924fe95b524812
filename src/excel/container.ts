// What kind of container a file is, judged from its bytes before any parser sees it. SheetJS
// would happily read random bytes as CSV, so only a complete zip goes on to it. For a zip, the
// central directory is checked first: a truncated file has none, and a zip bomb declares more
// uncompressed bytes than any workbook of this layout could need.
import { formatBytes, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from './limits';

export type Container = 'zip' | 'ole' | 'unknown';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary (OLE2): legacy .xls, and also every password-encrypted .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The container a file's first bytes announce. */
export function containerOf(bytes: Uint8Array): Container {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  return 'unknown';
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export type ZipCheck = { ok: true; names: string[] } | { ok: false; problems: string[] };

/**
 * Checks a zip's central directory: present and complete (not truncated), not encrypted, and
 * declaring at most MAX_ZIP_ENTRIES entries and MAX_UNZIPPED_BYTES in total. Returns the entry
 * names, or the problems in Chinese.
 */
export function checkZipDirectory(bytes: Uint8Array): ZipCheck {
  const names: string[] = [];
  const problems = checkDirectory(bytes, names);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, names };
}

function checkDirectory(bytes: Uint8Array, names: string[]): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  const broken = [
    '文件不完整或已损坏：找不到 xlsx 压缩包的目录（文件可能只下载或复制了一部分），请重新导出或重新下载后再导入。',
  ];
  // The end-of-directory record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return broken;
  const entries = u16(end + 10);
  const dirSize = u32(end + 12);
  const dirStart = u32(end + 16);
  if (entries === 0xffff || dirStart === 0xffffffff) {
    return ['文件使用了 ZIP64 扩展格式，不是本程序或 Excel 导出的普通报表文件，未导入。'];
  }
  if (dirStart + dirSize > end) return broken;
  if (entries > MAX_ZIP_ENTRIES) {
    return [`xlsx 压缩包中有 ${entries} 个文件，超过上限 ${MAX_ZIP_ENTRIES}，不像是报表工作簿，未导入。`];
  }
  let total = 0;
  let at = dirStart;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || u32(at) !== DIRECTORY_ENTRY) return broken;
    if ((u16(at + 8) & 0x1) !== 0) {
      return ['工作簿受密码保护（压缩包已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再导入。'];
    }
    total += u32(at + 24);
    const nameLength = u16(at + 28);
    if (at + 46 + nameLength > end) return broken;
    names.push(String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)));
    if (total > MAX_UNZIPPED_BYTES) {
      return [
        `xlsx 压缩包解压后超过 ${formatBytes(MAX_UNZIPPED_BYTES)}，远大于任何报表工作簿，可能是恶意文件，未导入。`,
      ];
    }
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return [];
}
