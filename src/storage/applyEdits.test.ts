import { describe, expect, it } from 'vitest';
import { emptyReport } from '../core';
import { applyEdits, editKey } from './applyEdits';

const base = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });

describe('applyEdits', () => {
  it('sets and clears cells and explanations through core', () => {
    const r = applyEdits(base, [
      { type: 'cell', ref: 'T2.F01.thisYear', raw: '12.5' },
      { type: 'cell', ref: 'T1.B03.value', raw: '某公司' },
      { type: 'cell', ref: 'T1.B03.value', raw: undefined },
      { type: 'explanation', key: 'T2-X@T2.F01.thisYear', text: '说明' },
    ]);
    expect(r.cells['T2.F01.thisYear']).toEqual({ raw: '12.5', value: 1250 });
    expect(r.cells['T1.B03.value']).toBeUndefined();
    expect(r.explanations).toEqual({ 'T2-X@T2.F01.thisYear': '说明' });
    expect(base.cells).toEqual({}); // pure
  });

  it('applies in order: a cell edit after "ready" makes the return a draft again', () => {
    const ready = { type: 'status', status: 'ready' } as const;
    const cell = { type: 'cell', ref: 'T2.F01.thisYear', raw: '1' } as const;
    expect(applyEdits(base, [cell, ready]).status).toBe('ready');
    expect(applyEdits(base, [ready, cell]).status).toBe('draft');
  });

  it('refuses a reference the return does not define', () => {
    expect(() => applyEdits(base, [{ type: 'cell', ref: 'M.X99.ytd', raw: '1' }])).toThrow(RangeError);
  });
});

describe('editKey', () => {
  it('is one key per cell, per explanation and for the status', () => {
    expect(editKey({ type: 'cell', ref: 'T1.B03.value', raw: 'a' })).toBe(
      editKey({ type: 'cell', ref: 'T1.B03.value', raw: undefined }),
    );
    expect(editKey({ type: 'cell', ref: 'T1.B03.value', raw: 'a' })).not.toBe(
      editKey({ type: 'explanation', key: 'T1.B03.value', text: 'a' }),
    );
    expect(editKey({ type: 'status', status: 'ready' })).toBe(editKey({ type: 'status', status: 'draft' }));
  });
});
