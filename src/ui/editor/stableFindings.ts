// Findings are recomputed on every keystroke; reusing the previous object for an unchanged
// finding lets Solid's <For> keep its DOM (an explanation box keeps focus while the user types).
import type { Finding } from '../../core';

const same = (a: Finding, b: Finding): boolean =>
  a.message === b.message &&
  a.severity === b.severity &&
  a.cells.length === b.cells.length &&
  a.cells.every((c, i) => c === b.cells[i]);

export function stabilise(previous: readonly Finding[], next: readonly Finding[]): Finding[] {
  const byKey = new Map(previous.map((f) => [f.key, f]));
  return next.map((f) => {
    const old = byKey.get(f.key);
    return old && same(old, f) ? old : f;
  });
}
