import { describe, expect, it } from 'vitest';
import { emptyUndo, record, redo, undo } from './undoHistory';

const step = (key: string, before: string | undefined, after: string | undefined, at: number) =>
  ({ kind: 'cell', key, before, after, at }) as const;

describe('undo history', () => {
  it('coalesces typing in one cell and undoes/redoes whole steps', () => {
    let s = record(emptyUndo, step('A', undefined, '1', 0));
    s = record(s, step('A', '1', '12', 300));
    s = record(s, step('B', undefined, 'x', 400));
    expect(s.undo).toHaveLength(2);
    const u1 = undo(s);
    expect(u1?.[0][0]).toMatchObject({ key: 'B', before: undefined });
    const u2 = undo(u1![1]);
    expect(u2?.[0][0]).toMatchObject({ key: 'A', before: undefined, after: '12' });
    const r = redo(u2![1]);
    expect(r?.[0][0]).toMatchObject({ key: 'A', after: '12' });
    expect(undo(emptyUndo)).toBeUndefined();
  });

  it('starts a new step after a pause, and a new edit clears redo', () => {
    let s = record(emptyUndo, step('A', undefined, '1', 0));
    s = record(s, step('A', '1', '2', 5000));
    expect(s.undo).toHaveLength(2);
    const [, afterUndo] = undo(s)!;
    expect(afterUndo.redo).toHaveLength(1);
    expect(record(afterUndo, step('C', undefined, 'z', 6000)).redo).toHaveLength(0);
  });

  it('drops a step that ends where it began', () => {
    let s = record(emptyUndo, step('A', 'x', 'xy', 0));
    s = record(s, step('A', 'xy', 'x', 100));
    expect(s.undo).toHaveLength(0);
  });

  it('undoes and redoes the cells of one paste together, in order', () => {
    let s = record(emptyUndo, step('A', undefined, '1', 0));
    for (const [key, after] of [
      ['B', 'b'],
      ['C', 'c'],
      ['D', 'd'],
    ] as const)
      s = record(s, { ...step(key, undefined, after, 100), group: 7 });
    expect(s.undo).toHaveLength(4); // grouped steps never coalesce
    const [reverted, afterUndo] = undo(s)!;
    expect(reverted.map((x) => x.key)).toEqual(['D', 'C', 'B']);
    expect(afterUndo.undo.map((x) => x.key)).toEqual(['A']);
    const [reapplied, afterRedo] = redo(afterUndo)!;
    expect(reapplied.map((x) => x.key)).toEqual(['B', 'C', 'D']);
    expect(afterRedo.undo.map((x) => x.key)).toEqual(['A', 'B', 'C', 'D']);
    expect(afterRedo.redo).toHaveLength(0);
  });
});
