// Whether two reports hold the same return. Storage hands back a new report object after every
// save although nothing the user sees changed; comparing contents lets the editor keep the object
// it has, so validation and the page do not run again for nothing (and not in the middle of typing).
import type { Report } from './types';

function sameRecord<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  same: (x: T, y: T) => boolean,
) {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    const y = b[k];
    if (y === undefined || !same(a[k] as T, y)) return false;
  }
  return true;
}

/**
 * True when both reports have the same edition, kind, period, status, cell texts and
 * explanations. A cell's value and problem follow from its text, so the texts decide.
 */
export function sameContent(a: Report, b: Report): boolean {
  return (
    a === b ||
    (a.edition === b.edition &&
      a.kind === b.kind &&
      a.period === b.period &&
      a.status === b.status &&
      sameRecord(a.cells, b.cells, (x, y) => x === y || x.raw === y.raw) &&
      sameRecord(a.explanations, b.explanations, (x, y) => x === y))
  );
}
