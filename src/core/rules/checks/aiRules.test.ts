import { describe, expect, it } from 'vitest';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';

describe('T5-GATE (gate B14)', () => {
  it('flags T5 values when B14 = 否, in one finding with the gate field last', () => {
    const [f, ...rest] = findingsOf(annualWith([['T1.B14.value', '否']]), 'T5-GATE');
    expect(rest).toEqual([]);
    expect(f?.key).toBe('T5-GATE@T5.A02.thisYear');
    expect(f?.cells.at(-1)).toBe('T1.B14.value');
    expect(f?.message).toMatch(/等 \d+ 项/);
  });

  it('does not fire when T5 is blank or 0, or when B14 = 是', () => {
    const cleared = ['A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09'].flatMap((c) => [
      [`T5.${c}.thisYear`, undefined] as const,
      [`T5.${c}.lastYear`, '0'] as const,
    ]);
    expect(keysOf(annualWith([...cleared, ['T1.B14.value', '否']]), 'T5-GATE')).toEqual([]);
    expect(keysOf(annualWith([]), 'T5-GATE')).toEqual([]);
  });
});

describe('T5-EMPTY', () => {
  it('asks to verify B14 = 是 with no AI revenue', () => {
    const zero = [
      ['T5.A02.thisYear', '0'],
      ['T5.A03.thisYear', '0'],
    ] as const;
    expect(keysOf(annualWith(zero), 'T5-EMPTY')).toEqual(['T5-EMPTY@T5.A01.thisYear']);
    expect(keysOf(annualWith([...zero, ['T5.A04.thisYear', '0.01']]), 'T5-EMPTY')).toEqual([]);
    expect(keysOf(annualWith([...zero, ['T1.B14.value', '否']]), 'T5-EMPTY')).toEqual([]);
  });
});

describe('T5-PARTS', () => {
  it('fires when AI R&D staff exceed AI staff, per column', () => {
    expect(keysOf(annualWith([['T5.A08.thisYear', '21']]), 'T5-PARTS')).toEqual(['T5-PARTS@T5.A08.thisYear']);
    expect(keysOf(annualWith([['T5.A08.thisYear', '20']]), 'T5-PARTS')).toEqual([]);
    expect(keysOf(annualWith([['T5.A08.lastYear', '17']]), 'T5-PARTS')).toEqual(['T5-PARTS@T5.A08.lastYear']);
  });
});

describe('X-AI-REVENUE', () => {
  it('fires when AI revenue exceeds operating revenue', () => {
    expect(keysOf(annualWith([['T5.A04.thisYear', '2850.01']]), 'X-AI-REVENUE')).toEqual([
      'X-AI-REVENUE@T5.A01.thisYear',
    ]);
    expect(keysOf(annualWith([['T5.A04.thisYear', '2850']]), 'X-AI-REVENUE')).toEqual([]);
    expect(keysOf(annualWith([['T2.F10.lastYear', '119.99']]), 'X-AI-REVENUE')).toEqual([
      'X-AI-REVENUE@T5.A01.lastYear',
    ]);
  });
});

describe('X-AI-RD', () => {
  it('fires only when F28 is filled and AI R&D exceeds it', () => {
    expect(keysOf(annualWith([['T5.A06.thisYear', '450.01']]), 'X-AI-RD')).toEqual([
      'X-AI-RD@T5.A06.thisYear',
    ]);
    expect(keysOf(annualWith([['T5.A06.thisYear', '450']]), 'X-AI-RD')).toEqual([]);
    expect(
      keysOf(
        annualWith([
          ['T5.A06.thisYear', '9999'],
          ['T2.F28.thisYear', undefined],
        ]),
        'X-AI-RD',
      ),
    ).toEqual([]);
    expect(keysOf(annualWith([['T2.F28.lastYear', '0']]), 'X-AI-RD')).toEqual(['X-AI-RD@T5.A06.lastYear']);
  });
});

describe('X-AI-STAFF', () => {
  it('fires once per pair: A07 > Y17, A08 > Y18', () => {
    const r = annualWith([
      ['T5.A07.thisYear', '121'],
      ['T5.A08.thisYear', '61'],
    ]);
    expect(findingsOf(r, 'X-AI-STAFF').map((f) => f.cells)).toEqual([
      ['T5.A07.thisYear', 'T3.Y17.thisYear'],
      ['T5.A08.thisYear', 'T3.Y18.thisYear'],
    ]);
    expect(
      keysOf(
        annualWith([
          ['T5.A07.thisYear', '120'],
          ['T5.A08.thisYear', '60'],
        ]),
        'X-AI-STAFF',
      ),
    ).toEqual([]);
    expect(keysOf(annualWith([['T3.Y18.lastYear', '7']]), 'X-AI-STAFF')).toEqual([
      'X-AI-STAFF@T5.A08.lastYear',
    ]);
  });
});
