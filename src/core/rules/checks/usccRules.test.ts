import { describe, expect, it } from 'vitest';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';

describe('B-USCC', () => {
  it('fires on a wrong check character and names the expected one', () => {
    const [f] = findingsOf(annualWith([['T1.B01.value', '91500103MA5U00000E']]), 'B-USCC');
    expect(f?.message).toContain('应为“D”');
    expect(keysOf(annualWith([['T1.B01.value', '91500103-ma5u0000 0d']]), 'B-USCC')).toEqual([]);
    expect(keysOf(annualWith([['T1.B01.value', '9150010']]), 'B-USCC')).toEqual(['B-USCC@T1.B01.value']);
  });
});

describe('B-USCC-TYPE and B-USCC-REGION', () => {
  it('asks to verify a code that is not an enterprise’s', () => {
    expect(keysOf(annualWith([['T1.B01.value', '92500118MA5W2M4E6K']]), 'B-USCC-TYPE')).toEqual([
      'B-USCC-TYPE@T1.B01.value',
    ]);
    expect(keysOf(annualWith([]), 'B-USCC-TYPE')).toEqual([]);
  });

  it('hints at a code registered outside Chongqing', () => {
    const [f] = findingsOf(annualWith([['T1.B01.value', '91110000600037341L']]), 'B-USCC-REGION');
    expect(f?.severity).toBe('hint');
    expect(keysOf(annualWith([]), 'B-USCC-REGION')).toEqual([]);
  });
});
