// The zip of an .xlsx from outside, read with hard bounds before SheetJS sees anything. The
// central directory is checked (present, complete, not encrypted, not too many entries, not too
// many bytes once unpacked); every part SheetJS needs is inflated here (inflate.ts) with its
// declared size as the limit and its CRC-32 checked. SheetJS then reads a *stored* zip built from
// these parts, so its own inflate (which loops forever on some damaged streams) never runs.
import type { Message } from '../core/message';
import { msg } from '../core/message';
import { crc32, inflateRaw } from './inflate';
import { formatBytes, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from './limits';

export interface ZipPart {
  /** The name as stored (bytes), and as text for matching. */
  readonly rawName: Uint8Array;
  readonly name: string;
  readonly utf8: boolean;
  readonly data: Uint8Array;
  readonly crc: number;
}

export type Unzipped = { ok: true; names: string[]; parts: ZipPart[] } | { ok: false; problems: Message[] };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

const BROKEN = msg(
  '文件不完整或已损坏：xlsx 压缩包的目录不完整（文件可能只下载或复制了一部分），请重新导出或重新下载后再导入。',
  'The file is incomplete or damaged: the directory of the xlsx zip is incomplete (the file may have been downloaded or copied only in part). Please export or download it again, then import it.',
);
export const ENCRYPTED = msg(
  '文件已加密（工作簿受密码保护），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并另存为 .xlsx 后再导入。',
  'The file is encrypted (the workbook is password-protected) and cannot be read. In Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear the password), save as .xlsx, then import it.',
);

/** Latin-1 text of name bytes (zip names of an .xlsx are ASCII). */
const latin1 = (bytes: Uint8Array): string => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return text;
};

/**
 * The parts of a zip whose names `wanted` accepts, inflated and checked, plus the names of all
 * entries. Never throws; every failure is a problem (a Message).
 */
export function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  try {
    return read(bytes, wanted);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 80) : String(e);
    return {
      ok: false,
      problems: [
        msg(
          `文件已损坏，无法读取（${detail}）。请重新导出或重新下载后再导入。`,
          `The file is damaged and cannot be read (${detail}). Please export or download it again, then import it.`,
        ),
      ],
    };
  }
}

function read(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  const fail = (problem: Message): Unzipped => ({ ok: false, problems: [problem] });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  // The end-of-directory record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return fail(BROKEN);
  const entries = u16(end + 10);
  const dirSize = u32(end + 12);
  const dirStart = u32(end + 16);
  if (entries === 0xffff || dirStart === 0xffffffff) {
    return fail(
      msg(
        '文件使用了 ZIP64 扩展格式，不是本程序或 Excel 导出的普通报表文件，未导入。',
        'The file uses the ZIP64 extension: it is not an ordinary return file exported by this program or by Excel. Not imported.',
      ),
    );
  }
  if (dirStart + dirSize > end) return fail(BROKEN);
  if (entries > MAX_ZIP_ENTRIES) {
    return fail(
      msg(
        `xlsx 压缩包中有 ${entries} 个文件，超过上限 ${MAX_ZIP_ENTRIES}，不像是报表工作簿，未导入。`,
        `The xlsx zip holds ${entries} files, more than the limit of ${MAX_ZIP_ENTRIES}; it does not look like a return workbook. Not imported.`,
      ),
    );
  }
  const names: string[] = [];
  const parts: ZipPart[] = [];
  let total = 0;
  let at = dirStart;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || u32(at) !== DIRECTORY_ENTRY) return fail(BROKEN);
    const flags = u16(at + 8);
    if ((flags & 0x41) !== 0) return fail(ENCRYPTED); // bit 0: encrypted, bit 6: strong encryption
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const packed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > end) return fail(BROKEN);
    const rawName = bytes.slice(at + 46, at + 46 + nameLength);
    const name = latin1(rawName);
    const local = u32(at + 42);
    at = next;
    names.push(name);
    total += size;
    if (total > MAX_UNZIPPED_BYTES) {
      return fail(
        msg(
          `xlsx 压缩包解压后超过 ${formatBytes(MAX_UNZIPPED_BYTES)}，远大于任何报表工作簿，可能是恶意文件，未导入。`,
          `Unpacked, the xlsx zip would be larger than ${formatBytes(MAX_UNZIPPED_BYTES, 'en')}, far more than any return workbook; it may be a malicious file. Not imported.`,
        ),
      );
    }
    if (!wanted(name) || parts.some((p) => p.name === name)) continue;
    // The data starts after the local header, whose name and extra field may differ in length.
    if (local + 30 > dirStart || u32(local) !== LOCAL_HEADER) return fail(BROKEN);
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataStart + packed > dirStart) return fail(BROKEN);
    const stored = bytes.subarray(dataStart, dataStart + packed);
    const damaged = msg(
      `文件已损坏，无法读取：xlsx 压缩包中的“${name.slice(0, 60)}”无法解压（数据不完整或被改动）。请重新导出或重新下载后再导入。`,
      `The file is damaged and cannot be read: "${name.slice(0, 60)}" in the xlsx zip cannot be unpacked (its data is incomplete or altered). Please export or download it again, then import it.`,
    );
    let data: Uint8Array;
    if (method === 0) {
      if (packed !== size) return fail(damaged);
      data = stored.slice();
    } else if (method === 8) {
      try {
        data = inflateRaw(stored, size);
      } catch {
        return fail(damaged);
      }
    } else {
      return fail(
        msg(
          `xlsx 压缩包中的“${name.slice(0, 60)}”使用了不支持的压缩方式（${method}），未导入。`,
          `"${name.slice(0, 60)}" in the xlsx zip uses an unsupported compression method (${method}). Not imported.`,
        ),
      );
    }
    if (crc32(data) !== crc) return fail(damaged);
    parts.push({ rawName, name, utf8: (flags & 0x800) !== 0, data, crc });
  }
  return { ok: true, names, parts };
}

/** A zip of the parts without compression (method 0), for SheetJS to read. */
export function storedZip(parts: readonly ZipPart[]): Uint8Array {
  let size = 22;
  for (const p of parts) size += 30 + p.rawName.length + p.data.length + 46 + p.rawName.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (signature: number, p: ZipPart, central: boolean) => {
    view.setUint32(at, signature, true);
    let h = at + 4;
    if (central) {
      view.setUint16(h, 20, true); // made by: version 2.0
      h += 2;
    }
    view.setUint16(h, 20, true); // version needed
    view.setUint16(h + 2, p.utf8 ? 0x800 : 0, true);
    view.setUint16(h + 4, 0, true); // stored
    view.setUint32(h + 6, 0x00210000, true); // 1980-01-01 00:00
    view.setUint32(h + 10, p.crc, true);
    view.setUint32(h + 14, p.data.length, true);
    view.setUint32(h + 18, p.data.length, true);
    view.setUint16(h + 22, p.rawName.length, true);
    return h + 24; // where the extra field length (0) goes; the central header has more after it
  };
  for (const p of parts) {
    offsets.push(at);
    const h = header(LOCAL_HEADER, p, false);
    at = h + 2;
    out.set(p.rawName, at);
    at += p.rawName.length;
    out.set(p.data, at);
    at += p.data.length;
  }
  const dirStart = at;
  parts.forEach((p, i) => {
    const h = header(DIRECTORY_ENTRY, p, true);
    // extra, comment, disk, internal attributes: 0; external attributes: 0; local header offset.
    view.setUint32(h + 12, offsets[i] ?? 0, true);
    at = h + 16;
    out.set(p.rawName, at);
    at += p.rawName.length;
  });
  view.setUint32(at, END_OF_DIRECTORY, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - dirStart, true);
  view.setUint32(at + 16, dirStart, true);
  return out;
}
