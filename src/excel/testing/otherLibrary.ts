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
