// 分类 (T4) ties to 业务 (T3) (rules.md X-T4-T3): each classified total equals its T3 row, exactly.
// One finding per pair and column; the T4 side comes first (the rule belongs to T4).
import type { Check } from '../context';
import type { Finding } from '../finding';
import type { Cells } from '../relations';
import { cellsOf, checkEquality, plus } from '../relations';

/** [T4 code, T3 code] pairs of X-T4-T3. */
const PAIRS: readonly (readonly [Cells, Cells])[] = (
  [
    ['C1', 'Y02'],
    ['C2', 'Y05'],
    ['C3', 'Y10'],
    ['C4', 'Y12'],
    ['C133', 'Y03'],
    ['C251', 'Y06'],
    ['C252', 'Y07'],
    ['C26', 'Y09'],
    ['C27', 'Y08'],
  ] as const
).map(([c, y]) => [cellsOf('T4', c), cellsOf('T3', y)] as const);

export const checkT4T3: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const [c, y] of PAIRS)
    checkEquality(
      env,
      rule,
      'T4',
      c,
      [plus(y)],
      {
        zh: '软统企4表（分类表）的分类合计应与软统企3表（业务指标表）的对应项相等，请核对两表中填错的一方。',
        en: 'The category totals in Table 4 (Software business revenue by category) must equal the matching items in Table 3 (Main business indicators): find which of the two tables is wrong and correct it.',
      },
      out,
    );
  return out;
};
