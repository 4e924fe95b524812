import { describe, expect, it } from 'vitest';
import { getEdition } from '../../core';
import { matchCodes } from './matchCodes';

const industries = getEdition('2020').lists.industries;

describe('matchCodes', () => {
  it('lists codes starting with the typed digits before names containing them', () => {
    const found = matchCodes(industries, '651', 50);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.code.startsWith('651'))).toBe(true);
    expect(found.map((i) => i.code)).toContain('6513');
  });

  it('finds a class by a word of its name', () => {
    const found = matchCodes(industries, '应用软件', 50);
    expect(found.map((i) => i.code)).toContain('6513');
    expect(found.every((i) => i.name.includes('应用软件'))).toBe(true);
  });

  it('shows the start of the list for empty input and never more than the limit', () => {
    expect(matchCodes(industries, '  ', 10)).toEqual(industries.slice(0, 10));
    expect(matchCodes(industries, '1', 5)).toHaveLength(5);
    expect(matchCodes(industries, '没有这个行业', 5)).toEqual([]);
  });
});
