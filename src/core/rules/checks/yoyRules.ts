// Year-on-year and context rules of the annual return (rules.md Y-YOY, Y-LASTYEAR, X-MONTH-DEC).
// The context rules run only when the context item is given and is the return they need.
import { findEdition } from '../../catalog/editions';
import type { Layout } from '../../catalog/layout';
import type { RuleDef } from '../../catalog/types';
import { formatGrouped } from '../../numbers/formatNumber';
import { isNumericKind } from '../../report/cellParsing';
import type { Report } from '../../report/types';
import type { Values } from '../../report/valuesOf';
import { valuesOf } from '../../report/valuesOf';
import type { Check, RuleEnv } from '../context';
import { cellLabel } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import {
  cellLabelEn,
  indicatorEn,
  labelled,
  labelledEn,
  percentText,
  showValue,
  showValueEn,
  unitEn,
} from '../messages';
import { cellsOf, param } from '../relations';

/**
 * The year-on-year check of one indicator: when `base` > 0 and |current − base| / base exceeds
 * `maxPercent` %, a finding at `current` naming both cells. Shared with M-YOY.
 */
export function yoyFinding(
  env: RuleEnv,
  rule: RuleDef,
  maxPercent: number,
  current: string,
  base: string,
): Finding | undefined {
  const now = env.values.num(current);
  const before = env.values.num(base);
  if (before <= 0 || Math.abs(now - before) * 100 <= maxPercent * before) return undefined;
  const change = (now - before) / before;
  const word = change >= 0 ? '增长' : '下降';
  const pct = percentText(Math.abs(change));
  return finding(
    rule.id,
    rule.severity,
    [current, base],
    `${labelled(env, current)}比${cellLabel(env, base)} ${showValue(env, base, before)}${word} ${pct}，变化超过 ${maxPercent}%。请核对本期和上年同期数据；如数据无误，请在审核说明中写明原因（如业务扩张、并购重组、业务调整）。`,
    `${labelledEn(env, current)} is ${change >= 0 ? 'up' : 'down'} ${pct} on ${cellLabelEn(env, base)} ${showValueEn(env, base, before)}, a change of more than ${maxPercent}%. Check this period's and last year's figures. If they are correct, give the reason in the explanation (e.g. business expansion, a merger or restructuring, a change of business).`,
  );
}

const YOY = [cellsOf('T2', 'F10'), cellsOf('T2', 'F11'), cellsOf('T3', 'Y01'), cellsOf('T3', 'Y17')];

export const checkYoy: Check = (env, rule) => {
  const max = param(rule, 'yoyMaxPercent');
  const out: Finding[] = [];
  for (const c of YOY) {
    const f = yoyFinding(env, rule, max, c.thisYear, c.lastYear);
    if (f) out.push(f);
  }
  return out;
};

/** A value of another return, with unit, in that return's own catalog terms. */
function otherValue(values: Values, ref: string): string {
  const indicator = values.layout.byRef.get(ref)?.indicator;
  const kind = indicator && isNumericKind(indicator.kind) ? indicator.kind : 'amount';
  return `${formatGrouped(values.num(ref), kind)} ${indicator?.unit ?? ''}`.trim();
}

/** `otherValue` in English (unit marked for its gloss). */
function otherValueEn(values: Values, ref: string): string {
  const indicator = values.layout.byRef.get(ref)?.indicator;
  const kind = indicator && isNumericKind(indicator.kind) ? indicator.kind : 'amount';
  const shown = formatGrouped(values.num(ref), kind);
  return `${shown} ${unitEn(indicator?.unit ?? '', shown === '1')}`.trim();
}

/** The values of a context return, or undefined when its edition is unknown. */
function valuesOfOther(report: Report): Values | undefined {
  return findEdition(report.edition) ? valuesOf(report) : undefined;
}

/** [table, lastYear ref, thisYear ref] of every typed numeric row with a 上年同期 column. */
const lastYearPairs = new WeakMap<Layout, readonly (readonly [string, string, string])[]>();

function pairsOf(layout: Layout): readonly (readonly [string, string, string])[] {
  const known = lastYearPairs.get(layout);
  if (known) return known;
  const pairs = layout.cells
    .filter((d) => d.column === 'lastYear' && !d.indicator.formula && isNumericKind(d.indicator.kind))
    .map((d) => [d.table.id, d.ref, `${d.table.id}.${d.indicator.code}.thisYear`] as const);
  lastYearPairs.set(layout, pairs);
  return pairs;
}

export const checkLastYear: Check = (env, rule) => {
  const other = env.context.lastYearAnnual;
  const year = String(Number(env.report.period) - 1);
  if (!other || other.kind !== 'annual' || other.period !== year) return [];
  const before = valuesOfOther(other);
  if (!before) return [];
  const pairs = pairsOf(env.layout);
  // A table's 上年同期 column is compared only when the enterprise filled some of it.
  const tables = new Set<string>();
  for (const [table, ref] of pairs) if (env.values.filled(ref)) tables.add(table);
  const out: Finding[] = [];
  for (const [table, ref, thisYearRef] of pairs) {
    if (!tables.has(table) || !before.layout.byRef.has(thisYearRef)) continue;
    const now = env.values.num(ref);
    const then = before.num(thisYearRef);
    if (now === then) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `${labelled(env, ref)}与 ${year} 年年报的本年数 ${otherValue(before, thisYearRef)} 不一致，相差 ${showValue(env, ref, Math.abs(now - then))}。上年同期数应与上年年报一致，请核对；如上年数据按规定作了调整，请在审核说明中说明。`,
        `${labelledEn(env, ref)} differs from the this-year figure of the ${year} annual return, ${otherValueEn(before, thisYearRef)}, by ${showValueEn(env, ref, Math.abs(now - then))}. Figures for the same period last year must agree with last year's annual return: please check. If last year's figures were adjusted as the rules allow, say so in the explanation.`,
      ),
    );
  }
  return out;
};

/** [annual ref, monthly ref] pairs of X-MONTH-DEC. */
const MONTH_PAIRS = [
  ['T2.F11.thisYear', 'M.2010.ytd'],
  ['T3.Y01.thisYear', 'M.2020.ytd'],
  ['T3.Y13.thisYear', 'M.2040.ytd'],
  ['T2.F23.thisYear', 'M.2090.ytd'],
  ['T3.Y20.thisYear', 'M.2111.ytd'],
  ['T3.Y19.thisYear', 'M.2112.ytd'],
] as const;

export const checkMonthDecember: Check = (env, rule) => {
  const december = env.context.decemberMonthly;
  if (!december || december.kind !== 'monthly' || december.period !== `${env.report.period}-12`) return [];
  const monthly = valuesOfOther(december);
  if (!monthly) return [];
  const max = param(rule, 'annualVsDecemberMaxPercent');
  const out: Finding[] = [];
  for (const [ref, monthlyRef] of MONTH_PAIRS) {
    const def = monthly.layout.byRef.get(monthlyRef);
    if (!def) continue;
    const a = env.values.num(ref);
    const m = monthly.num(monthlyRef);
    const diff = Math.abs(a - m);
    if (diff * 100 <= max * Math.abs(a)) continue;
    const share = a === 0 ? '' : `（${percentText(diff / Math.abs(a))}）`;
    const shareEn = a === 0 ? '' : ` (${percentText(diff / Math.abs(a))})`;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [ref],
        `${labelled(env, ref)}与 ${env.report.period} 年 12 月月报的${def.indicator.name}（${def.indicator.code}）本年本期累计 ${otherValue(monthly, monthlyRef)} 相差 ${showValue(env, ref, diff)}${share}，超过年报数的 ${max}%。年报数应与 12 月月报累计数基本一致，请核对；如差异有原因（如年终审计调整），请填写审核说明。`,
        `${labelledEn(env, ref)} differs by ${showValueEn(env, ref, diff)}${shareEn} from ${indicatorEn(def.indicator)} year to date ${otherValueEn(monthly, monthlyRef)} in the monthly return for ${env.report.period}-12 (December), more than ${max}% of the annual figure. The annual figure should be about the same as the year-to-date figure of the December return: please check. If there is a reason for the difference (e.g. a year-end audit adjustment), write an explanation.`,
      ),
    );
  }
  return out;
};
