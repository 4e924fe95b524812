// A raw DEFLATE decoder (RFC 1951) with hard bounds, and CRC-32, for the zip entries of files
// from outside. SheetJS 0.20.3's own inflate loops forever on some damaged streams (a damaged
// .xlsx froze the thread), so every entry is decompressed here first and SheetJS only ever sees
// a stored (uncompressed) zip built from the checked entries (unzip.ts).
//
// Why this always ends: every decoded symbol consumes at least one bit; reading past the end of
// the input is an error; the output may not grow past the size the zip declared. So the work is
// bounded by the input and the declared size, whatever the bytes.

/** Thrown for any stream that is not valid DEFLATE or does not fit the declared size. */
export class InflateError extends Error {
  override readonly name = 'InflateError';
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** Order in which code-length code lengths are sent. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A canonical Huffman code as a lookup table indexed by the next `bits` input bits (LSB first):
 * each entry is `symbol << 4 | codeLength`; 0 marks a bit pattern no code has (an error).
 */
interface Table {
  readonly bits: number;
  readonly entries: Uint32Array;
}

function buildTable(lengths: Uint8Array): Table {
  const count = new Uint16Array(16);
  let max = 0;
  for (const len of lengths) {
    count[len] = (count[len] ?? 0) + 1;
    if (len > max) max = len;
  }
  if (max === 0) return { bits: 1, entries: new Uint32Array(2) }; // no codes: any use is an error
  // More codes of some length than the code space allows: not a prefix code.
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = left * 2 - (count[len] ?? 0);
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
  }
  const next = new Uint16Array(16);
  let code = 0;
  count[0] = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + (count[len - 1] ?? 0)) << 1;
    next[len] = code;
  }
  const size = 1 << max;
  const entries = new Uint32Array(size);
  lengths.forEach((len, symbol) => {
    if (len === 0) return;
    const c = next[len] ?? 0;
    next[len] = c + 1;
    let reversed = 0;
    for (let i = 0; i < len; i++) reversed |= ((c >>> i) & 1) << (len - 1 - i);
    for (let i = reversed; i < size; i += 1 << len) entries[i] = (symbol << 4) | len;
  });
  return { bits: max, entries };
}

let fixed: { lit: Table; dist: Table } | undefined;

/** The fixed codes of block type 1 (built once). */
function fixedTables(): { lit: Table; dist: Table } {
  if (!fixed) {
    const lit = new Uint8Array(288);
    lit.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixed = { lit: buildTable(lit), dist: buildTable(new Uint8Array(30).fill(5)) };
  }
  return fixed;
}

/**
 * Decompresses a raw DEFLATE stream whose output must be exactly `size` bytes. Throws
 * InflateError for anything else: invalid codes, a truncated stream, more or less output.
 */
export function inflateRaw(src: Uint8Array, size: number): Uint8Array {
  const srcLength = src.length;
  const out = new Uint8Array(size);
  let op = 0;
  // Bit reader: `pos` counts bytes taken from the input, zeros past the end included; `overrun`
  // checks that the bits actually consumed stay within the input.
  let pos = 0;
  let bitBuf = 0;
  let bitCount = 0;
  const need = (n: number) => {
    while (bitCount < n) {
      bitBuf |= (src[pos] ?? 0) << bitCount;
      pos++;
      bitCount += 8;
    }
  };
  const take = (n: number): number => {
    need(n);
    const v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCount -= n;
    return v;
  };
  const checkOverrun = () => {
    if (pos > srcLength && pos * 8 - bitCount > srcLength * 8) throw new InflateError('truncated stream');
  };
  const decode = (table: Table): number => {
    need(table.bits);
    const entry = table.entries[bitBuf & ((1 << table.bits) - 1)] ?? 0;
    const len = entry & 15;
    if (len === 0) throw new InflateError('invalid Huffman code');
    bitBuf >>>= len;
    bitCount -= len;
    checkOverrun();
    return entry >>> 4;
  };

  let final = 0;
  do {
    final = take(1);
    const type = take(2);
    checkOverrun();
    if (type === 0) {
      // Stored: skip to a byte boundary, give back whole buffered bytes, then LEN and NLEN.
      take(bitCount & 7);
      pos -= bitCount >>> 3;
      bitBuf = 0;
      bitCount = 0;
      if (pos + 4 > srcLength) throw new InflateError('truncated stored block');
      const len = (src[pos] ?? 0) | ((src[pos + 1] ?? 0) << 8);
      const nlen = (src[pos + 2] ?? 0) | ((src[pos + 3] ?? 0) << 8);
      pos += 4;
      if (len !== (~nlen & 0xffff)) throw new InflateError('stored block length check failed');
      if (pos + len > srcLength) throw new InflateError('truncated stored block');
      if (op + len > size) throw new InflateError('more data than declared');
      out.set(src.subarray(pos, pos + len), op);
      op += len;
      pos += len;
      continue;
    }
    let lit: Table;
    let dist: Table;
    if (type === 1) ({ lit, dist } = fixedTables());
    else if (type === 2) ({ lit, dist } = dynamicTables());
    else throw new InflateError('invalid block type');
    for (;;) {
      const symbol = decode(lit);
      if (symbol < 256) {
        if (op >= size) throw new InflateError('more data than declared');
        out[op++] = symbol;
        continue;
      }
      if (symbol === 256) break;
      const li = symbol - 257;
      if (li >= 29) throw new InflateError('invalid length symbol');
      const length = (LENGTH_BASE[li] ?? 0) + take(LENGTH_EXTRA[li] ?? 0);
      const di = decode(dist);
      if (di >= 30) throw new InflateError('invalid distance symbol');
      const distance = (DIST_BASE[di] ?? 0) + take(DIST_EXTRA[di] ?? 0);
      checkOverrun();
      if (distance > op) throw new InflateError('distance before the start of the output');
      if (op + length > size) throw new InflateError('more data than declared');
      for (let i = 0; i < length; i++, op++) out[op] = out[op - distance] ?? 0;
    }
  } while (final === 0);
  if (op !== size) throw new InflateError('less data than declared');
  return out;

  function dynamicTables(): { lit: Table; dist: Table } {
    const nlen = take(5) + 257;
    const ndist = take(5) + 1;
    const ncode = take(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('too many length or distance codes');
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) codeLengths[CL_ORDER[i] ?? 0] = take(3);
    checkOverrun();
    const clTable = buildTable(codeLengths);
    const lengths = new Uint8Array(nlen + ndist);
    for (let i = 0; i < lengths.length;) {
      const symbol = decode(clTable);
      if (symbol < 16) {
        lengths[i++] = symbol;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (symbol === 16) {
        if (i === 0) throw new InflateError('repeat with no previous length');
        value = lengths[i - 1] ?? 0;
        repeat = 3 + take(2);
      } else if (symbol === 17) repeat = 3 + take(3);
      else repeat = 11 + take(7);
      if (i + repeat > lengths.length) throw new InflateError('too many code lengths');
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    return { lit: buildTable(lengths.subarray(0, nlen)), dist: buildTable(lengths.subarray(nlen)) };
  }
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (the zip checksum) of bytes. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (table[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
