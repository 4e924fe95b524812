// Whether two reports hold the same return. Storage hands back a new report object after every
// save although nothing the user sees changed; comparing contents lets the editor keep the object
// it has, so validation and the page do not run again for nothing (and not in the middle of typing).
import type { Report } from './types';

function sameRecord<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  same: (x: T, y: T) => boolean,
): boolean {
  if (a === b) return true;
  // No key arrays: this runs on every keystroke, where the first differing cell ends it early.
  let count = 0;
  for (const k in a) {
    const y = b[k];
    if (y === undefined || !same(a[k] as T, y)) return false;
    count++;
  }
  // Every key of a is in b with the same value: equal counts mean the same keys.
  for (const k in b) if (!(k in a) || --count < 0) return false;
  return count === 0;
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
