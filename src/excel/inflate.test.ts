// The bounded inflater against Node's zlib (a different implementation), and on damaged input:
// every stream either decodes exactly or throws InflateError, quickly, whatever the bytes.
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, InflateError, inflateRaw } from './inflate';

/** Bytes that compress in interesting ways: runs, repeats at many distances, and noise. */
const textish = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ maxLength: 80 }).map((s) => new TextEncoder().encode(s)),
      fc
        .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 600 }))
        .map(([b, n]) => new Uint8Array(n).fill(b)),
    ),
    { maxLength: 60 },
  )
  .map((chunks) => {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0) * 2);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
      out.set(c, at); // repeat: back-references
      at += c.length;
    }
    return out;
  });

const deflate = (data: Uint8Array, level: number, strategy = 0) =>
  new Uint8Array(deflateRawSync(data, { level, strategy }));

describe('inflateRaw', () => {
  it('decodes what zlib encodes, at every level, with fixed and dynamic codes', () => {
    fc.assert(
      fc.property(textish, fc.constantFrom(0, 1, 6, 9), fc.boolean(), (data, level, fixed) => {
        const z = deflate(data, level, fixed ? 4 /* Z_FIXED */ : 0);
        expect(inflateRaw(z, data.length)).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes a large sheet quickly', () => {
    const xml = new TextEncoder().encode(
      Array.from({ length: 100_000 }, (_, i) => `<row r="${i}"><c r="A${i}"><v>${i * 7}</v></c></row>`).join(
        '',
      ),
    );
    const z = deflate(xml, 6);
    const started = performance.now();
    const out = inflateRaw(z, xml.length);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(Buffer.from(out).equals(xml)).toBe(true); // toEqual compares element by element: slow
  });

  it('refuses output of another size than declared', () => {
    const data = new TextEncoder().encode('软件业统计'.repeat(100));
    const z = deflate(data, 6);
    expect(() => inflateRaw(z, data.length - 1)).toThrow(InflateError);
    expect(() => inflateRaw(z, data.length + 1)).toThrow(InflateError);
    expect(() => inflateRaw(z.subarray(0, z.length - 3), data.length)).toThrow(InflateError);
  });

  it('throws InflateError (never anything else, never hangs) on damaged or random streams', () => {
    const data = new TextEncoder().encode('<c r="A1" t="s"><v>1</v></c>'.repeat(2000));
    const z = deflate(data, 9);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(z.length - 1), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(z.length),
        (flips, cut) => {
          const damaged = z.slice(0, Math.max(1, cut));
          for (const [at, mask] of flips)
            damaged[at % damaged.length] = (damaged[at % damaged.length] ?? 0) ^ mask;
          try {
            const out = inflateRaw(damaged, data.length);
            expect(out.length).toBe(data.length);
          } catch (e) {
            expect(e).toBeInstanceOf(InflateError);
          }
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 4000 }), fc.nat(1 << 20), (bytes, size) => {
        try {
          expect(inflateRaw(bytes, size).length).toBe(size);
        } catch (e) {
          expect(e).toBeInstanceOf(InflateError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('crc32', () => {
  it('agrees with zlib', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
    );
  });
});
