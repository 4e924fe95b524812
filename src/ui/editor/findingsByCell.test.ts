import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core';
import { changedCells, groupFindingsByCell } from './findingsByCell';

const finding = (ruleId: string, cells: string[]): Finding => ({
  ruleId,
  key: `${ruleId}@${cells[0] ?? ''}`,
  severity: 'error',
  message: ruleId,
  cells,
});

describe('findings by cell', () => {
  it('indexes each finding under every cell it names', () => {
    const a = finding('A', ['x', 'y']);
    const b = finding('B', ['y']);
    const map = groupFindingsByCell([a, b]);
    expect(map.get('x')).toEqual([a]);
    expect(map.get('y')).toEqual([a, b]);
  });

  it('names only the cells whose findings appeared, went or changed', () => {
    const a = finding('A', ['x', 'y']);
    const b = finding('B', ['z']);
    const c = finding('C', ['w']);
    const before = groupFindingsByCell([a, b]);
    // a unchanged (same object), b gone, c new
    const after = groupFindingsByCell([a, c]);
    expect(changedCells(before, after).sort()).toEqual(['w', 'z']);
    // A finding with the same content but a new object is a change (findings are stabilised first).
    expect(changedCells(before, groupFindingsByCell([{ ...a }, b])).sort()).toEqual(['x', 'y']);
  });
});
