import { describe, expect, it } from 'vitest';
import { setCells } from '../../index';
import { annualWith, findingsOf, keysOf } from '../testing/ruleCases';
import { cleanMonthlyReport } from '../testing/sampleReports';

describe('F-REQ', () => {
  it('fires for a blank required cell in the main column only', () => {
    expect(keysOf(annualWith([['T2.F01.thisYear', undefined]]), 'F-REQ')).toEqual(['F-REQ@T2.F01.thisYear']);
    expect(keysOf(annualWith([['T2.F01.lastYear', undefined]]), 'F-REQ')).toEqual([]);
    expect(keysOf(annualWith([['T3.Y02.thisYear', '0']]), 'F-REQ')).toEqual([]);
    expect(keysOf(setCells(cleanMonthlyReport(4), [['M.2010.ytd', undefined]]), 'F-REQ')).toEqual([
      'F-REQ@M.2010.ytd',
    ]);
  });

  it('fires for a required yes/no answered with neither 是 nor 否, which the gates cannot read', () => {
    const [f] = findingsOf(annualWith([['T1.B13.value', '有']]), 'F-REQ');
    expect(f?.key).toBe('F-REQ@T1.B13.value');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('应填“是”或“否”，现为“有”');
    // Read as yes/no (是, 否, yes, 1 …): answered.
    for (const answer of ['是', '否', 'yes', '0']) {
      expect(keysOf(annualWith([['T1.B13.value', answer]]), 'F-REQ'), answer).toEqual([]);
    }
  });
});

describe('number rules', () => {
  it('F-NUM keeps the raw text and names it', () => {
    const [f] = findingsOf(annualWith([['T2.F14.thisYear', '约二十']]), 'F-NUM');
    expect(f?.key).toBe('F-NUM@T2.F14.thisYear');
    expect(f?.message).toContain('约二十');
    expect(keysOf(annualWith([['T2.F14.thisYear', '1,020.5']]), 'F-NUM')).toEqual([]);
  });

  it('F-DEC: amounts keep 2 decimals', () => {
    expect(keysOf(annualWith([['T2.F14.thisYear', '20.001']]), 'F-DEC')).toEqual(['F-DEC@T2.F14.thisYear']);
    expect(keysOf(annualWith([['T2.F14.thisYear', '20.010']]), 'F-DEC')).toEqual([]);
  });

  it('F-INT: counts are whole numbers', () => {
    expect(keysOf(annualWith([['T5.A09.thisYear', '3.5']]), 'F-INT')).toEqual(['F-INT@T5.A09.thisYear']);
    expect(keysOf(annualWith([['T5.A09.thisYear', '3.0']]), 'F-INT')).toEqual([]);
  });

  it('F-NEG: negatives only where signed', () => {
    expect(keysOf(annualWith([['T2.F14.thisYear', '-1']]), 'F-NEG')).toEqual(['F-NEG@T2.F14.thisYear']);
    expect(keysOf(annualWith([['T2.F26.thisYear', '-1']]), 'F-NEG')).toEqual([]);
  });

  it('F-NEG also for a negative refused for its decimals, reported with F-INT / F-DEC at once', () => {
    const count = annualWith([['T5.A09.thisYear', '-1.5']]);
    expect(keysOf(count, 'F-INT')).toEqual(['F-INT@T5.A09.thisYear']);
    const [f] = findingsOf(count, 'F-NEG');
    expect(f?.key).toBe('F-NEG@T5.A09.thisYear');
    expect(f?.message).toContain('为负数（-1.5）');
    expect(keysOf(annualWith([['T2.F14.thisYear', '－1.234']]), 'F-NEG')).toEqual(['F-NEG@T2.F14.thisYear']);
    expect(keysOf(annualWith([['T2.F14.thisYear', '-1,234.567']]), 'F-NEG')).toEqual([
      'F-NEG@T2.F14.thisYear',
    ]);
    expect(keysOf(annualWith([['T2.F26.thisYear', '-1.234']]), 'F-NEG')).toEqual([]); // signed
    expect(keysOf(annualWith([['T2.F14.thisYear', '1.234']]), 'F-NEG')).toEqual([]);
  });

  it('F-MAGNITUDE: amounts of 10,000,000 万元 or more are likely typed in 元', () => {
    expect(keysOf(annualWith([['T2.F14.thisYear', '10000000']]), 'F-MAGNITUDE')).toEqual([
      'F-MAGNITUDE@T2.F14.thisYear',
    ]);
    expect(keysOf(annualWith([['T2.F14.thisYear', '9999999.99']]), 'F-MAGNITUDE')).toEqual([]);
  });
});
