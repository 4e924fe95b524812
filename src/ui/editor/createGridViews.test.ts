// @vitest-environment jsdom
// The grid reads one signal per cell: an edit re-runs the readers of the cells it changed (and of
// the computed cells that follow them), never the readers of the others.
import { createEffect, createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../core';
import { emptyReport, getEdition, layoutOf, setCell } from '../../core';
import { createGridViews } from './createGridViews';

const layout = layoutOf(getEdition('2020'), 'annual');
const watched = ['T3.Y01.thisYear', 'T3.Y02.thisYear', 'T3.Y05.thisYear', 'T2.F01.thisYear'];
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createGridViews', () => {
  it('notifies only the cells whose text or findings changed', async () => {
    const base = setCell(
      emptyReport({ edition: '2020', kind: 'annual', period: '2020' }),
      'T3.Y02.thisYear',
      '1',
    );
    const [report, setReport] = createSignal<Report>(base);
    const [findings, setFindings] = createSignal<Finding[]>([]);
    const runs = new Map<string, number>();
    const shown = new Map<string, string>();
    const flagged = new Map<string, number>();
    let views: ReturnType<typeof createGridViews> | undefined;
    const dispose = createRoot((d) => {
      const v = createGridViews(report, () => layout, findings);
      views = v;
      for (const ref of watched) {
        createEffect(() => {
          shown.set(ref, v.cell(ref).shown);
          runs.set(ref, (runs.get(ref) ?? 0) + 1);
        });
        createEffect(() => flagged.set(ref, v.findingsAt(ref)?.length ?? 0));
      }
      return d;
    });
    await flush();
    expect(shown.get('T3.Y01.thisYear')).toBe('1.00');
    const before = new Map(runs);

    setReport(setCell(base, 'T3.Y05.thisYear', '2'));
    await flush();
    expect(shown.get('T3.Y05.thisYear')).toBe('2.00');
    expect(shown.get('T3.Y01.thisYear')).toBe('3.00');
    const reran = watched.filter((ref) => runs.get(ref) !== before.get(ref));
    expect(reran.sort()).toEqual(['T3.Y01.thisYear', 'T3.Y05.thisYear']);

    const f: Finding = {
      ruleId: 'X',
      key: 'X@T2.F01.thisYear',
      severity: 'error',
      message: 'x',
      cells: ['T2.F01.thisYear'],
    };
    setFindings([f]);
    await flush();
    expect(flagged.get('T2.F01.thisYear')).toBe(1);
    expect(views?.findingsAt('T3.Y01.thisYear')).toBeUndefined();
    setFindings([]);
    await flush();
    expect(flagged.get('T2.F01.thisYear')).toBe(0);
    dispose();
  });
});
