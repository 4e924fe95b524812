// Checks of one field (the T1 format, code-list and credit-code rules) run on every keystroke in
// any cell, and give the same findings until that field changes. Cells are immutable objects that
// keep their identity while unchanged, so the findings are remembered on the cell object.
import type { Edition, RuleDef } from '../../catalog/types';
import type { Cell } from '../../report/types';
import type { Check } from '../context';
import type { Finding } from '../finding';

interface Remembered {
  readonly edition: Edition;
  readonly rule: RuleDef;
  readonly period: string;
  readonly today: string;
  readonly findings: Finding[];
}

/**
 * `check`, remembered per object of the cell `ref`. Only for a check that reads nothing of the
 * return but that cell, its period, today, the edition and its own rule data: anything else it
 * read could change without the cell changing.
 */
export function memoOnCell(ref: string, check: Check): Check {
  const memo = new WeakMap<Cell, Remembered>();
  return (env, rule) => {
    const cell = env.report.cells[ref];
    if (cell === undefined) return check(env, rule);
    const known = memo.get(cell);
    if (
      known !== undefined &&
      known.edition === env.edition &&
      known.rule === rule &&
      known.period === env.report.period &&
      known.today === env.today
    )
      return known.findings;
    const findings = check(env, rule);
    memo.set(cell, { edition: env.edition, rule, period: env.report.period, today: env.today, findings });
    return findings;
  };
}
