// Number formatting for messages: amounts with unit and 2 decimals, counts whole. Messages name
// every indicator by name and code, so an enterprise can act without the manual.
import { formatGrouped } from '../numbers/formatNumber';
import { isNumericKind } from '../report/cellParsing';
import type { RuleEnv } from './context';
import { cellLabel, defOf } from './context';

/** "12,345.00" for a stored integer of the cell's kind (no unit). */
export function showNumber(env: RuleEnv, ref: string, value: number): string {
  const { indicator } = defOf(env, ref);
  return formatGrouped(value, isNumericKind(indicator.kind) ? indicator.kind : 'amount');
}

/** "12,345.00 万元" for a stored integer of the cell's kind. */
export function showValue(env: RuleEnv, ref: string, value: number): string {
  return `${showNumber(env, ref, value)} ${defOf(env, ref).indicator.unit}`.trim();
}

/** "资产总计（F01）本年 12,345.00 万元" */
export function labelled(env: RuleEnv, ref: string): string {
  return `${cellLabel(env, ref)} ${showValue(env, ref, env.values.num(ref))}`;
}

/** "资产总计（F01）" — name and code without the column. */
export function nameOf(env: RuleEnv, ref: string): string {
  const { indicator } = defOf(env, ref);
  return `${indicator.name}（${indicator.code}）`;
}

/** The unit of a cell ("万元", "人" …). */
export function unitOf(env: RuleEnv, ref: string): string {
  return defOf(env, ref).indicator.unit;
}

/** A percentage with one decimal: 0.5 → "50.0%". */
export function percentText(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A term of a sum: a cell and its sign. */
export interface Term {
  readonly ref: string;
  readonly sign: 1 | -1;
}

/** Sum of signed terms, exact on stored integers. */
export function sumOf(env: RuleEnv, terms: readonly Term[]): number {
  let total = 0;
  for (const t of terms) total += t.sign * env.values.num(t.ref);
  return total;
}

/**
 * "负债合计（F03）6,000.00 + 所有者权益合计（F04）6,000.00 = 12,000.00" — the terms of a sum with
 * their values (negatives in brackets) and the total; a single term is just "name value".
 */
export function sumText(env: RuleEnv, terms: readonly Term[]): string {
  const parts = terms.map((t, i) => {
    const value = env.values.num(t.ref);
    const shown = value < 0 ? `(${showNumber(env, t.ref, value)})` : showNumber(env, t.ref, value);
    const op = i === 0 ? (t.sign < 0 ? '− ' : '') : t.sign < 0 ? ' − ' : ' + ';
    return `${op}${nameOf(env, t.ref)}${shown}`;
  });
  const first = terms[0];
  if (terms.length === 1 && first?.sign === 1) return parts.join('');
  return `${parts.join('')} = ${first ? showNumber(env, first.ref, sumOf(env, terms)) : '0'}`;
}
