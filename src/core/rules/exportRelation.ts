// Exports in 万美元 against revenue in 万元 (rules.md X-EXPORT, X-EXPORT-EMBEDDED, M-EXPORT): the
// export converted at the edition's USD rate for the column's year may not exceed the revenue.
import type { ColumnId, RuleDef } from '../catalog/types';
import type { RuleEnv } from './context';
import type { Finding } from './finding';
import { finding } from './finding';
import type { Bilingual } from './messages';
import { labelled, labelledEn, unitEn } from './messages';
import type { Cells } from './relations';
import { formatGrouped } from '../numbers/formatNumber';

/**
 * The USD→RMB rate of a column: the edition's rate for the year the column reports (the period's
 * year; the year before for 上年同期 columns), falling back to the period year's rate.
 */
export function usdRateFor(env: RuleEnv, column: ColumnId): number | undefined {
  const year = Number(env.report.period.slice(0, 4));
  const back = column === 'lastYear' || column === 'ytdLastYear' ? 1 : 0;
  return env.edition.usdRate[String(year - back)] ?? env.edition.usdRate[String(year)];
}

/** Rates are compared as integers of 1e-6, so `amount × rate > revenue` is exact. */
const RATE_SCALE = 1_000_000;

/** True when amount × rate > other, exactly (BigInt only when the products leave the safe range). */
export function timesRateExceeds(amount: number, rate: number, other: number): boolean {
  const r = Math.round(rate * RATE_SCALE);
  const left = amount * r;
  const right = other * RATE_SCALE;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left > right;
  return BigInt(amount) * BigInt(r) > BigInt(other) * BigInt(RATE_SCALE);
}

/** The export check in one column: a finding when the converted export exceeds the revenue. */
export function exportExceedsIn(
  env: RuleEnv,
  rule: RuleDef,
  column: ColumnId,
  exports: Cells,
  revenue: Cells,
  advice: Bilingual,
): Finding | undefined {
  const rate = usdRateFor(env, column);
  const exportRef = exports[column];
  const revenueRef = revenue[column];
  const usd = env.values.num(exportRef);
  const rmb = env.values.num(revenueRef);
  if (rate === undefined || !timesRateExceeds(usd, rate, rmb)) return undefined;
  const converted = formatGrouped(Math.round(usd * rate), 'amount');
  return finding(
    rule.id,
    rule.severity,
    [exportRef, revenueRef],
    `${labelled(env, exportRef)} × 汇率 ${rate.toFixed(2)} = 折合 ${converted} 万元，大于 ${labelled(env, revenueRef)}。${advice.zh}`,
    `${labelledEn(env, exportRef)} × exchange rate ${rate.toFixed(2)} = ${converted} ${unitEn('万元')}, which exceeds ${labelledEn(env, revenueRef)}. ${advice.en}`,
  );
}
