import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: '中' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":"中","z":1}]},"b":1}',
    );
  });

  it('hashes UTF-8 with SHA-256 (known vectors)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('中')).toBe('a567bdaa11367f260f0708391f4d10766b5962f565d9e432f17981a3584fe1e2');
  });
});
