import { describe, expect, it } from 'vitest';
import vectors from '../catalog/data/uscc-test-vectors.json';
import { normaliseUscc, usccCheckChar, verifyUscc } from './verifyUscc';

describe('verifyUscc (GB 32100 vectors from shared/data)', () => {
  it.each(vectors.items.map((v) => [v.code, v.valid] as const))('%s → %s', (code, valid) => {
    expect(verifyUscc(code)).toBe(valid);
  });

  it.each(vectors.valid)('valid %s', (code) => expect(verifyUscc(code)).toBe(true));

  it.each(vectors.invalid.map((v) => [v.code, v.why] as const))('invalid %s (%s)', (code) => {
    expect(verifyUscc(code)).toBe(false);
  });

  it.each(vectors.normalise.map((v) => [v.input, v.expected, v.valid] as const))(
    'normalises %j → %s',
    (input, expected, valid) => {
      expect(normaliseUscc(input)).toBe(expected);
      expect(verifyUscc(input)).toBe(valid);
    },
  );

  it('uses the published alphabet and weights', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(vectors.alphabet).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY');
  });
});
