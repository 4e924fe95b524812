import { describe, expect, it } from 'vitest';
import { emptyReport, getCell } from '../../core';
import { applyOverlay, dropCommitted, markCommitted, withEdit } from './overlay';

const base = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });

describe('edit overlay', () => {
  it('shows typed text over stored data until the save commits and storage re-emits', () => {
    let o = withEdit(new Map(), 'cell', 'T2.F01.thisYear', '12');
    o = withEdit(o, 'cell', 'T2.F01.thisYear', '123');
    expect(getCell(applyOverlay(base, o), 'T2.F01.thisYear')).toBe('123');
    // A save of the older text commits: the newer keystroke must stay.
    o = markCommitted(o, [{ kind: 'cell', key: 'T2.F01.thisYear', text: '12' }]);
    expect(dropCommitted(o).size).toBe(1);
    o = markCommitted(o, [{ kind: 'cell', key: 'T2.F01.thisYear', text: '123' }]);
    expect(dropCommitted(o).size).toBe(0);
  });

  it('applies explanations and clears cells', () => {
    let o = withEdit(new Map(), 'explanation', 'Y-X@T3.Y01.thisYear', '说明文字');
    o = withEdit(o, 'cell', 'T2.F01.thisYear', undefined);
    const r = applyOverlay(base, o);
    expect(r.explanations['Y-X@T3.Y01.thisYear']).toBe('说明文字');
    expect(getCell(r, 'T2.F01.thisYear')).toBeUndefined();
  });

  it('lets a cleared explanation (undo back to none) commit like any other edit', () => {
    const key = 'Y-X@T3.Y01.thisYear';
    let o = withEdit(new Map(), 'explanation', key, undefined);
    // The save of a cleared explanation carries '' (as the journal and autosave write it).
    o = markCommitted(o, [{ kind: 'explanation', key, text: '' }]);
    expect(dropCommitted(o).size).toBe(0);
    // … so a text stored afterwards (an import, another tab) shows instead of staying hidden.
    const stored = { ...base, explanations: { [key]: '导入的说明文字' } };
    expect(applyOverlay(stored, dropCommitted(o)).explanations[key]).toBe('导入的说明文字');
  });

  it('ignores references the edition does not define', () => {
    const o = withEdit(new Map(), 'cell', 'T9.X.thisYear', '1');
    expect(applyOverlay(base, o)).toBe(base);
  });
});
