// Derived numeric values of a return: typed cells as parsed, computed cells as the sums of their
// parts. Cached per report object (reports are immutable), so validation, the UI and aggregation
// share one computation per edit.
import { findEdition } from '../catalog/editions';
import type { CellDef, Layout } from '../catalog/layout';
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
  const computing = (def: CellDef): number | undefined => {
    const known = filled.get(def.ref);
    if (known !== undefined || def.indicator.formula?.kind !== 'sum') return known;
    let total = 0;
    let any = false;
    for (const code of def.indicator.formula.of) {
      const part = layout.byRef.get(refOf(def.table.id, code, def.column));
      const v = part && computing(part);
      if (v !== undefined) {
        total += v;
        any = true;
      }
    }
    if (any) filled.set(def.ref, total);
    return any ? total : undefined;
  };
  for (const def of layout.cells) if (def.indicator.formula?.kind === 'sum') computing(def);
  const values: Values = {
    layout,
    num: (ref) => filled.get(ref) ?? 0,
    filled: (ref) => filled.has(ref),
  };
  cache.set(report, values);
  return values;
}
