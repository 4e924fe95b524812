// Derived numeric values of a return: typed cells as parsed, computed cells as the sums of their
// parts. Cached per report object (reports are immutable), so validation, the UI and aggregation
// share one computation per edit.
import { findEdition } from '../catalog/editions';
import type { Layout } from '../catalog/layout';
import { layoutOf, refOf } from '../catalog/layout';
import type { Report } from './types';

export interface Values {
  readonly layout: Layout;
  /** Exact integer value (parseNumber's scale); 0 when blank or not a valid number. */
  num(ref: string): number;
  /** True when a typed cell holds a valid number, or a computed sum has at least one filled part. */
  filled(ref: string): boolean;
}

const cache = new WeakMap<Report, Values>();

/** The layout of a report's edition and kind. Throws on an unknown edition (restoreReport refuses those). */
export function layoutOfReport(report: Report): Layout {
  const edition = findEdition(report.edition);
  if (!edition) throw new RangeError(`unknown edition: ${report.edition}`);
  return layoutOf(edition, report.kind);
}

const partsCache = new WeakMap<Layout, ReadonlyMap<string, readonly string[]>>();

/**
 * The sum cells of a layout, in layout order, with the references of their parts (those the
 * layout has). Worked out once per layout: valuesOf runs on every keystroke.
 */
export function sumPartsOf(layout: Layout): ReadonlyMap<string, readonly string[]> {
  const known = partsCache.get(layout);
  if (known) return known;
  const sums = new Map<string, readonly string[]>();
  for (const def of layout.cells) {
    const formula = def.indicator.formula;
    if (formula?.kind !== 'sum') continue;
    const parts = formula.of.map((code) => refOf(def.table.id, code, def.column));
    sums.set(
      def.ref,
      parts.filter((ref) => layout.byRef.has(ref)),
    );
  }
  partsCache.set(layout, sums);
  return sums;
}

/** Numeric values of a report, typed and computed. */
export function valuesOf(report: Report): Values {
  const known = cache.get(report);
  if (known) return known;
  const layout = layoutOfReport(report);
  const filled = new Map<string, number>();
  for (const ref in report.cells) {
    const v = report.cells[ref]?.value;
    if (v !== undefined) filled.set(ref, v);
  }
  const sums = sumPartsOf(layout);
  const computing = (ref: string): number | undefined => {
    const known = filled.get(ref);
    const parts = sums.get(ref);
    if (known !== undefined || parts === undefined) return known;
    let total = 0;
    let any = false;
    for (const part of parts) {
      const v = computing(part);
      if (v !== undefined) {
        total += v;
        any = true;
      }
    }
    if (any) filled.set(ref, total);
    return any ? total : undefined;
  };
  for (const ref of sums.keys()) computing(ref);
  const values: Values = {
    layout,
    num: (ref) => filled.get(ref) ?? 0,
    filled: (ref) => filled.has(ref),
  };
  cache.set(report, values);
  return values;
}
