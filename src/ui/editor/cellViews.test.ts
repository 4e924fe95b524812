import { describe, expect, it } from 'vitest';
import type { Report } from '../../core';
import { emptyReport, getEdition, layoutOf, setCell } from '../../core';
import type { CellView } from './cellViews';
import { updateCellViews } from './cellViews';

const layout = layoutOf(getEdition('2020'), 'annual');
const base = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });

/** Views of a report made from scratch. */
function fresh(report: Report): { views: Map<string, CellView>; changed: string[] } {
  const views = new Map<string, CellView>();
  return { views, changed: updateCellViews(layout, report, views) };
}

describe('cell views', () => {
  it('shows 千分位 for numbers, the typed text for a text that is not a number', () => {
    let r = setCell(base, 'T3.Y02.thisYear', '1200.5');
    r = setCell(r, 'T3.Y05.thisYear', '12x');
    const { views } = fresh(r);
    expect(views.get('T3.Y02.thisYear')).toEqual({ raw: '1200.5', shown: '1,200.50' });
    expect(views.get('T3.Y05.thisYear')).toEqual({ raw: '12x', shown: '12x' });
    expect(views.get('T3.Y01.thisYear')?.shown).toBe('1,200.50'); // computed: the sum of its parts
    expect(views.get('T2.F01.thisYear')).toEqual({ raw: '', shown: '' });
  });

  it('after an edit, reports only the edited cell and the computed cells that follow it', () => {
    const before = setCell(base, 'T3.Y02.thisYear', '100');
    const { views, changed } = fresh(before);
    expect(changed.length).toBe(layout.cells.length);
    const y02 = views.get('T3.Y02.thisYear');
    const after = setCell(before, 'T3.Y05.thisYear', '7');
    expect(updateCellViews(layout, after, views, before).sort()).toEqual([
      'T3.Y01.thisYear',
      'T3.Y05.thisYear',
    ]);
    expect(views.get('T3.Y01.thisYear')?.shown).toBe('107.00');
    // Unchanged cells keep their view object: readers of them are not notified.
    expect(views.get('T3.Y02.thisYear')).toBe(y02);
  });

  it('a retyped cell with the same text is not a change', () => {
    const a = setCell(base, 'T2.F01.thisYear', '5000');
    const { views } = fresh(a);
    const b = setCell(a, 'T2.F01.thisYear', '5000'); // a new cell object, the same text
    expect(updateCellViews(layout, b, views, a)).toEqual([]);
  });

  it('without the previous report, every view is compared (a report from elsewhere)', () => {
    const a = setCell(base, 'T2.F01.thisYear', '5000');
    const { views } = fresh(a);
    const b = setCell(setCell(a, 'T2.F01.thisYear', '5001'), 'T2.F03.thisYear', '1');
    expect(updateCellViews(layout, b, views).sort()).toEqual(['T2.F01.thisYear', 'T2.F03.thisYear']);
    expect(views.get('T2.F01.thisYear')?.shown).toBe('5,001.00');
  });

  it('re-derives a computed cell only when what it is computed from changed', () => {
    const before = setCell(setCell(base, 'T3.Y02.thisYear', '100'), 'T1.B01.value', '91350100M000100Y43');
    const { views } = fresh(before);
    const y01 = views.get('T3.Y01.thisYear');
    expect(views.get('T1.B02.value')?.raw).toBe('M000100Y4');
    // 100 → 100.00: a new text, the same value: the sum Y01 keeps its view object.
    const same = setCell(before, 'T3.Y02.thisYear', '100.00');
    expect(updateCellViews(layout, same, views, before)).toEqual(['T3.Y02.thisYear']);
    expect(views.get('T3.Y01.thisYear')).toBe(y01);
    // The organisation code (B02) follows the credit code (B01).
    const recoded = setCell(same, 'T1.B01.value', '91350100M000100Y4');
    expect(updateCellViews(layout, recoded, views, same).sort()).toEqual(['T1.B01.value', 'T1.B02.value']);
    expect(views.get('T1.B02.value')?.raw).toBe('');
  });
});
