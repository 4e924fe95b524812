// Projects the editor's report and findings onto one signal per cell (see createKeyed): the grid
// reads `cell(ref)` and `findingsAt(ref)` instead of the whole report, so an edit re-renders only
// the cells it changed. Runs as a computation, before the grid's render effects in the same update.
import type { Accessor } from 'solid-js';
import { createComputed } from 'solid-js';
import type { Finding, Layout, Report } from '../../core';
import type { CellView } from './cellViews';
import { BLANK_VIEW, sameView, updateCellViews } from './cellViews';
import { createKeyed } from './createKeyed';
import { changedCells, groupFindingsByCell, sameFindings } from './findingsByCell';

export interface GridViews {
  cell(ref: string): CellView;
  findingsAt(ref: string): readonly Finding[] | undefined;
}

export function createGridViews(
  report: Accessor<Report | undefined>,
  layout: Accessor<Layout | undefined>,
  findings: Accessor<readonly Finding[]>,
): GridViews {
  const cells = createKeyed<CellView>(sameView);
  let last: { report: Report; layout: Layout; views: Map<string, CellView> } | undefined;
  createComputed(() => {
    const r = report();
    const l = layout();
    if (!r || !l) return;
    const previous = last?.layout === l ? last : undefined;
    const views = previous?.views ?? new Map<string, CellView>();
    const changed = updateCellViews(l, r, views, previous?.report);
    last = { report: r, layout: l, views };
    for (const ref of previous ? changed : views.keys()) cells.set(ref, views.get(ref));
  });

  const byCell = createKeyed<readonly Finding[]>(sameFindings);
  let grouped: ReadonlyMap<string, readonly Finding[]> = new Map();
  createComputed(() => {
    const next = groupFindingsByCell(findings());
    for (const ref of changedCells(grouped, next)) byCell.set(ref, next.get(ref));
    grouped = next;
  });

  return {
    cell: (ref) => cells.get(ref) ?? BLANK_VIEW,
    findingsAt: (ref) => byCell.get(ref),
  };
}
