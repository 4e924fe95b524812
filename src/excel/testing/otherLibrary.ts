// Test support: workbooks made or edited by a DIFFERENT library than the one the product uses
// (ExcelJS, a dev dependency used only in tests), to prove the reader follows the layout and not
// SheetJS's own quirks. Also a few byte-level fixtures for bad input.
import ExcelJS from 'exceljs';
import { CFB } from '@e965/xlsx';

export type Row = ExcelJS.CellValue[];
export interface SheetSpec {
  name: string;
  /** Rows from row 1; `undefined` leaves a row empty. */
  rows: (Row | undefined)[];
}

/** An .xlsx made by ExcelJS from the given sheets. */
export async function exceljsWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, i) => {
      if (row) ws.getRow(i + 1).values = row;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Opens bytes with ExcelJS, lets `edit` change the workbook, and saves it again (like Excel). */
export async function editWithExcelJs(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's types predate Node 20's generic Buffer; the runtime accepts any Buffer.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Opens bytes with ExcelJS for inspection. */
export async function openWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's types predate Node 20's generic Buffer; the runtime accepts any Buffer.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** An encrypted (password-protected) Office file: an OLE2 container with the encryption streams. */
export function encryptedWorkbook(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  // EncryptionInfo of "agile" encryption (version 4.4); the package itself is noise.
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(
    cfb,
    '/EncryptedPackage',
    new Uint8Array(256).map((_, i) => (i * 37) & 0xff),
  );
  return Uint8Array.from(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}

/** A legacy-looking OLE2 file without encryption streams (what a .xls or .doc is). */
export function oleFile(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', new Uint8Array(64));
  return Uint8Array.from(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}

/** A zip that is not a workbook (like a .docx). */
export function plainZip(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/word/document.xml', new TextEncoder().encode('<w:document/>'));
  return Uint8Array.from(CFB.write(cfb, { fileType: 'zip', type: 'array' }) as ArrayLike<number>);
}

/** Deterministic pseudo-random bytes (a linear congruential generator), optionally with a prefix. */
export function noise(length: number, prefix: readonly number[] = []): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  out.set(prefix);
  return out;
}

/** Marks every entry of a zip's central directory as encrypted (general-purpose flag bit 0). */
export function markZipEncrypted(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50)
      view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
  }
  return out;
}

/**
 * The OLE2 (Compound File Binary, MS-CFB v3) container Office writes for a password-protected
 * .xlsx, built byte by byte without any library: a 512-byte header, one FAT sector and one
 * directory sector with Root Entry, `EncryptionInfo` and `EncryptedPackage` (empty streams).
 */
export function handmadeEncryptedCfb(): Uint8Array {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const out = new Uint8Array(SECTOR * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(28, 0xfffe, true); // byte order mark
  view.setUint16(30, 9, true); // sector shift: 2^9
  view.setUint16(32, 6, true); // mini sector shift: 2^6
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 0x1000, true); // mini stream cutoff
  view.setUint32(60, END, true); // no mini FAT
  view.setUint32(68, END, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true); // FAT in sector 0
  // Sector 0: the FAT. Sector 0 is the FAT itself, sector 1 (the directory) ends its chain.
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(SECTOR + i * 4, FREE, true);
  view.setUint32(SECTOR, 0xfffffffd, true);
  view.setUint32(SECTOR + 4, END, true);
  // Sector 1: four 128-byte directory entries.
  const entry = (index: number, name: string, type: number, right: number, child: number) => {
    const at = SECTOR * 2 + index * 128;
    [...name].forEach((ch, i) => view.setUint16(at + i * 2, ch.charCodeAt(0), true));
    view.setUint16(at + 64, name === '' ? 0 : (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    view.setUint32(at + 68, FREE, true); // left sibling
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, END, true); // start sector: none (empty stream)
  };
  entry(0, 'Root Entry', 5, FREE, 1);
  entry(1, 'EncryptionInfo', 2, 2, FREE); // shorter names sort first: EncryptedPackage to the right
  entry(2, 'EncryptedPackage', 2, FREE, FREE);
  entry(3, '', 0, FREE, FREE);
  return out;
}

/** Offsets of the central directory entries of a zip, by entry name. */
function directoryEntries(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    out.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)), at);
  }
  return out;
}

/** A copy of a zip whose central directory declares another uncompressed size for one entry. */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const at = directoryEntries(out).get(name);
  if (at === undefined) throw new Error(`${name} not in the zip`);
  new DataView(out.buffer).setUint32(at + 24, size, true);
  return out;
}

/** Names of the entries of a zip (central directory order). */
export const zipNames = (zip: Uint8Array): string[] => [...directoryEntries(zip).keys()];
