import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core';
import { stabilise } from './stableFindings';

const f = (key: string, message: string): Finding => ({
  ruleId: key,
  severity: 'verify',
  key,
  cells: ['T2.F01.thisYear'],
  message,
});

describe('stabilise', () => {
  it('reuses unchanged findings and takes changed ones', () => {
    const a = f('A', 'x');
    const b = f('B', 'y');
    const out = stabilise([a, b], [f('A', 'x'), f('B', 'z'), f('C', 'w')]);
    expect(out[0]).toBe(a);
    expect(out[1]).not.toBe(b);
    expect(out[1]?.message).toBe('z');
    expect(out.map((x) => x.key)).toEqual(['A', 'B', 'C']);
  });
});
