// What kind of container a file is, judged from its bytes before any parser sees it. SheetJS
// would happily read random bytes as CSV, so only a zip goes on (to unzip.ts, then SheetJS); an
// OLE2 file is either a password-encrypted .xlsx or a legacy .xls, told apart without parsing.

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

/** A stream name as a CFB directory entry stores it: UTF-16LE. */
const utf16le = (name: string): number[] => [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);

/** Streams Office puts into the OLE2 container of a password-encrypted OOXML file (MS-OFFCRYPTO). */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map(utf16le);

/**
 * True when an OLE2 file has an `EncryptionInfo` or `EncryptedPackage` stream, i.e. it is a
 * password-protected .xlsx. A directory entry is 128 bytes and starts with its name, and directory
 * sectors start at multiples of the sector size (512 or 4096), so a name found at an offset that
 * is a multiple of 128 is a directory entry. Scanning is used instead of a CFB parser so that a
 * damaged file can never make it loop.
 */
export function oleIsEncrypted(bytes: Uint8Array): boolean {
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (ENCRYPTION_STREAMS.some((name) => name.every((b, i) => bytes[at + i] === b))) return true;
  }
  return false;
}
