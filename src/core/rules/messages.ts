// Number formatting for messages: amounts with unit and 2 decimals, counts whole.
import { formatGrouped } from '../numbers/formatNumber';
import { isNumericKind } from '../report/cellParsing';
import type { RuleEnv } from './context';
import { cellLabel, defOf } from './context';

/** "12,345.00 万元" for a stored integer of the cell's kind. */
export function showValue(env: RuleEnv, ref: string, value: number): string {
  const { indicator } = defOf(env, ref);
  const kind = isNumericKind(indicator.kind) ? indicator.kind : 'amount';
  return `${formatGrouped(value, kind)} ${indicator.unit}`.trim();
}

/** "资产总计（F01）本年 12,345.00 万元" */
export function labelled(env: RuleEnv, ref: string): string {
  return `${cellLabel(env, ref)} ${showValue(env, ref, env.values.num(ref))}`;
}
