// Findings indexed by the cells they name, and the comparison that tells which cells' findings
// changed after a keystroke (findings are stabilised, so an unchanged finding keeps its object).
import type { Finding } from '../../core';

export function groupFindingsByCell(findings: readonly Finding[]): Map<string, readonly Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const ref of f.cells) {
      const list = map.get(ref);
      if (list) list.push(f);
      else map.set(ref, [f]);
    }
  }
  return map;
}

export const sameFindings = (a: readonly Finding[] | undefined, b: readonly Finding[] | undefined): boolean =>
  a === b || ((a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((f, i) => f === (b ?? [])[i]));

/** The cells whose findings differ between two groupings. */
export function changedCells(
  previous: ReadonlyMap<string, readonly Finding[]>,
  next: ReadonlyMap<string, readonly Finding[]>,
): string[] {
  const changed: string[] = [];
  for (const [ref, list] of next) if (!sameFindings(previous.get(ref), list)) changed.push(ref);
  for (const ref of previous.keys()) if (!next.has(ref)) changed.push(ref);
  return changed;
}
