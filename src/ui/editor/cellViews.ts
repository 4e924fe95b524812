// What one grid cell shows, derived from the report, and the incremental update that lets a
// keystroke touch only the cells whose text changed. Pure (no Solid): the editor projects these
// views onto one signal per cell, so typing in F01 re-renders F01 and the sums that follow it, not
// the hundreds of other inputs on the page.
import type { CellDef, Layout, Report } from '../../core';
import { formattedCell, getCell, isNumericKind, valuesOf } from '../../core';

export interface CellView {
  /** The text kept: what was typed, or a computed cell's plain value; '' when blank. */
  readonly raw: string;
  /** What the input shows when not focused: 千分位 for numbers, the typed text when it is not a number. */
  readonly shown: string;
}

export const BLANK_VIEW: CellView = { raw: '', shown: '' };

export function cellViewOf(report: Report, def: CellDef): CellView {
  const raw = getCell(report, def.ref) ?? '';
  if (!isNumericKind(def.indicator.kind) || report.cells[def.ref]?.problem) return { raw, shown: raw };
  return { raw, shown: formattedCell(report, def.ref) ?? '' };
}

export const sameView = (a: CellView | undefined, b: CellView | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.raw === b.raw && a.shown === b.shown);

/**
 * Brings `views` up to date with `next` and returns the references whose view changed. With
 * `previous` (the report `views` was made for), cells that cannot have changed keep their view
 * object: a typed cell whose stored cell object is the same (reports are immutable: an unchanged
 * cell keeps its object), a sum whose value and filled state are the same (read from valuesOf,
 * which validation computes for the same report anyway), an organisation code whose B01 is the
 * same. The map is updated in place: a keystroke allocates no new map of every cell.
 */
export function updateCellViews(
  layout: Layout,
  next: Report,
  views: Map<string, CellView>,
  previous?: Report,
): string[] {
  const changed: string[] = [];
  const before = previous && valuesOf(previous);
  const after = before && valuesOf(next);
  const unchanged = (def: CellDef): boolean => {
    if (!previous || !before || !after) return false;
    const formula = def.indicator.formula;
    if (!formula) return previous.cells[def.ref] === next.cells[def.ref];
    if (formula.kind === 'sum')
      return before.filled(def.ref) === after.filled(def.ref) && before.num(def.ref) === after.num(def.ref);
    if (formula.kind === 'orgCode') return previous.cells[ORG_SOURCE] === next.cells[ORG_SOURCE];
    return false; // 企业规模: one cell, derived from several, simply re-derived
  };
  for (const def of layout.cells) {
    const old = views.get(def.ref);
    if (old !== undefined && unchanged(def)) continue;
    const view = cellViewOf(next, def);
    if (old !== undefined && sameView(old, view)) continue;
    views.set(def.ref, view);
    changed.push(def.ref);
  }
  return changed;
}

/** The cell the organisation code (B02) is cut from. */
const ORG_SOURCE = 'T1.B01.value';
