import { describe, expect, it } from 'vitest';
import { emptyReport, getEdition, layoutOf, setCell } from '../../core';
import { updateCellViews } from './cellViews';

const layout = layoutOf(getEdition('2020'), 'annual');
const base = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });

describe('cell views', () => {
  it('shows 千分位 for numbers, the typed text for a text that is not a number', () => {
    let r = setCell(base, 'T3.Y02.thisYear', '1200.5');
    r = setCell(r, 'T3.Y05.thisYear', '12x');
    const { views } = updateCellViews(layout, r, undefined);
    expect(views.get('T3.Y02.thisYear')).toEqual({ raw: '1200.5', shown: '1,200.50' });
    expect(views.get('T3.Y05.thisYear')).toEqual({ raw: '12x', shown: '12x' });
    expect(views.get('T3.Y01.thisYear')?.shown).toBe('1,200.50'); // computed: the sum of its parts
    expect(views.get('T2.F01.thisYear')).toEqual({ raw: '', shown: '' });
  });

  it('after an edit, reports only the edited cell and the computed cells that follow it', () => {
    const before = setCell(base, 'T3.Y02.thisYear', '100');
    const first = updateCellViews(layout, before, undefined);
    expect(first.changed.length).toBe(layout.cells.length);
    const after = setCell(before, 'T3.Y05.thisYear', '7');
    const second = updateCellViews(layout, after, { report: before, views: first.views });
    expect(second.changed.sort()).toEqual(['T3.Y01.thisYear', 'T3.Y05.thisYear']);
    expect(second.views.get('T3.Y01.thisYear')?.shown).toBe('107.00');
    // Unchanged cells keep their view object: readers of them are not notified.
    expect(second.views.get('T3.Y02.thisYear')).toBe(first.views.get('T3.Y02.thisYear'));
  });

  it('a retyped cell with the same text is not a change', () => {
    const a = setCell(base, 'T2.F01.thisYear', '5000');
    const first = updateCellViews(layout, a, undefined);
    const b = setCell(a, 'T2.F01.thisYear', '5000'); // a new cell object, the same text
    expect(updateCellViews(layout, b, { report: a, views: first.views }).changed).toEqual([]);
  });
  it('re-derives a computed cell only when what it is computed from changed', () => {
    const before = setCell(setCell(base, 'T3.Y02.thisYear', '100'), 'T1.B01.value', '91350100M000100Y43');
    const first = updateCellViews(layout, before, undefined);
    // 100 → 100.00: a new text, the same value: the sum Y01 keeps its view object.
    const same = setCell(before, 'T3.Y02.thisYear', '100.00');
    const second = updateCellViews(layout, same, { report: before, views: first.views });
    expect(second.changed).toEqual(['T3.Y02.thisYear']);
    expect(second.views.get('T3.Y01.thisYear')).toBe(first.views.get('T3.Y01.thisYear'));
    // The organisation code (B02) follows the credit code (B01).
    const recoded = setCell(same, 'T1.B01.value', '91350100M000100Y4');
    const third = updateCellViews(layout, recoded, { report: same, views: second.views });
    expect(third.changed.sort()).toEqual(['T1.B01.value', 'T1.B02.value']);
    expect(third.views.get('T1.B02.value')?.raw).toBe('');
    expect(second.views.get('T1.B02.value')?.raw).toBe('M000100Y4');
  });
});
