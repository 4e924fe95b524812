// Monthly return rules (rules.md M-*): the period, January, parts, the embedded gate, year-to-date
// figures that cannot fall, year-on-year change, wages, exports and staff against last month.
import { isEditionMonth, monthEnded } from '../../calendar/deadlines';
import { parseMonth } from '../../calendar/dates';
import type { Check } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';
import { exportExceedsIn } from '../exportRelation';
import { gateFindings } from '../gates';
import { hasYtdFigures } from '../contextFromReturns';
import type { Bilingual } from '../messages';
import {
  columnLabelsEn,
  labelled,
  labelledEn,
  nameOf,
  nameOfEn,
  percentText,
  showValue,
  showValueEn,
  unitEn,
} from '../messages';
import type { Cells } from '../relations';
import {
  cellsOf,
  cellsOfTable,
  checkExceeds,
  EXPLAIN,
  EXPLAIN_EN,
  param,
  relationColumns,
} from '../relations';
import { EMBEDDED_ROWS, PARTS_ADVICE } from './businessRules';
import { SOFTWARE_IN_MAIN } from './crossTableRules';
import { yoyFinding } from './yoyRules';

// prettier-ignore
const M = cellsOfTable('M', ['2010', '2020', '2021', '20212', '2022', '20221', '20222', '20224', '20225', '2023', '2024', '2040', '2041', '2042', '2043', '2110', '2111', '2112']);

/** Month number (1–12) of the return, or undefined when the period is malformed. */
const monthOf = (period: string): number | undefined => parseMonth(period)?.month;

export const checkPeriod: Check = (env, rule) => {
  const { period } = env.report;
  const year = env.edition.monthlyYear;
  let problem: Bilingual | undefined;
  if (!isEditionMonth(env.edition, period))
    problem = {
      zh: `报告期 ${period} 不是本统计制度适用的月份（${year} 年 1–12 月）。请新建正确报告期的月报，或选择适用该月份的统计制度。`,
      en: `The report period ${period} is not a month this statistical system applies to (months 1–12 of ${year}). Create a monthly return for the correct period, or choose the statistical system that applies to that month.`,
    };
  else if (!monthEnded(period, env.today))
    problem = {
      zh: `报告期 ${period} 尚未结束（今天是 ${env.today}）。月报在当月结束后填报，请在下月初填报本月数据。`,
      en: `The report period ${period} has not ended yet (today is ${env.today}). A monthly return is filled in after the month has ended: enter this month's figures early next month.`,
    };
  return problem === undefined ? [] : [finding(rule.id, rule.severity, [], problem.zh, problem.en)];
};

export const checkJanuary: Check = (env, rule) => {
  if (monthOf(env.report.period) !== 1) return [];
  const found: string[] = [];
  for (const def of env.layout.cells) {
    if (def.column !== 'ytdPreviousMonth' || def.indicator.formula) continue;
    const cell = env.report.cells[def.ref];
    if (cell && cell.value !== 0) found.push(def.ref);
  }
  if (found.length === 0) return [];
  const shown = found.slice(0, 5);
  // Amounts with their unit and 2 decimals (rules.md); a text that is not a number as typed.
  const value = (ref: string) => env.report.cells[ref]?.value;
  const raw = (ref: string): string => env.report.cells[ref]?.raw.trim() ?? '';
  const shownZh = (ref: string, v = value(ref)) => (v === undefined ? raw(ref) : showValue(env, ref, v));
  const shownEn = (ref: string, v = value(ref)) =>
    v === undefined ? `“${raw(ref)}”` : showValueEn(env, ref, v);
  const listed = shown.map((ref) => `${nameOf(env, ref)} ${shownZh(ref)}`);
  const listedEn = shown.map((ref) => `${nameOfEn(env, ref)} ${shownEn(ref)}`);
  const more = found.length > 5 ? ` 等 ${found.length} 项` : '';
  const moreEn = found.length > 5 ? ` and more (${found.length} cells in all)` : '';
  const column = columnLabelsEn.ytdPreviousMonth;
  return [
    finding(
      rule.id,
      rule.severity,
      found,
      `1 月的月报没有“本年上期累计”，该列应为空，但填有：${listed.join('、')}${more}。请清空 1 月的本年上期累计列。`,
      `The return for month 1 (January) has no “${column}” column: it should be blank, but it holds: ${listedEn.join('; ')}${moreEn}. Clear the ${column} column of the January return.`,
    ),
  ];
};

/** M-PARTS: [parts, whole], per column. */
const PARTS: readonly (readonly [readonly Cells[], Cells])[] = [
  [[M['20212']], M['2021']],
  [[M['20221'], M['20222'], M['20224'], M['20225']], M['2022']],
];

export const checkMonthlyParts: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const [parts, whole] of PARTS) checkExceeds(env, rule, 'M', parts, whole, PARTS_ADVICE, out);
  return out;
};

export const checkMonthlyEmbedded: Check = (env, rule) => gateFindings(env, rule, 'B13', EMBEDDED_ROWS);

export const checkMonthlyMain: Check = (env, rule) => {
  const out: Finding[] = [];
  checkExceeds(env, rule, 'M', [M['2020']], M['2010'], SOFTWARE_IN_MAIN, out);
  return out;
};

/** Year-to-date rows that cannot fall from one month to the next (M-DECREASE). */
const NON_DECREASING = ['2010', '2021', '2022', '2023', '2024', '2041', '2042', '2043', '2110', '2111'].map(
  (c) => cellsOf('M', c),
);

export const checkDecrease: Check = (env, rule) => {
  const out: Finding[] = [];
  // A month nobody has started (no 本年本期累计 at all) is F-REQ's: it would otherwise open with
  // a 待说明 for every row the previous month had a figure in.
  if (!hasYtdFigures(env.report)) return out;
  for (const c of NON_DECREASING) {
    // A required cell not filled in yet is F-REQ's to report: a new month would otherwise open
    // with a 待说明 for every row, asking to explain figures nobody has typed.
    if (!env.values.filled(c.ytd) && env.layout.byRef.get(c.ytd)?.indicator.required) continue;
    const now = env.values.num(c.ytd);
    const before = env.values.num(c.ytdPreviousMonth);
    if (now >= before) continue;
    out.push(
      finding(
        rule.id,
        rule.severity,
        [c.ytd, c.ytdPreviousMonth],
        `${labelled(env, c.ytd)}小于${labelled(env, c.ytdPreviousMonth)}，少 ${showValue(env, c.ytd, before - now)}。累计数一般不会比上月累计数小，请核对是否填成了当月数；如有退货、冲减等原因，请填写审核说明。`,
        `${labelledEn(env, c.ytd)} is less than ${labelledEn(env, c.ytdPreviousMonth)}, by ${showValueEn(env, c.ytd, before - now)}. A year-to-date figure does not normally fall below last month's: check whether this month's figure alone was entered. If there is a reason such as returns or write-downs, write an explanation.`,
      ),
    );
  }
  return out;
};

export const checkMonthlyYoy: Check = (env, rule) => {
  const max = param(rule, 'yoyMaxPercent');
  const out: Finding[] = [];
  for (const c of [M['2010'], M['2020']]) {
    const f = yoyFinding(env, rule, max, c.ytd, c.ytdLastYear);
    if (f) out.push(f);
  }
  return out;
};

const WAGE_CELLS = [M['2111'], M['2112']];

export const checkMonthlyWage: Check = (env, rule) => {
  const month = monthOf(env.report.period);
  if (month === undefined) return [];
  const min = param(rule, 'wageMin');
  const max = param(rule, 'wageMax');
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'M', WAGE_CELLS)) {
    const months = column === 'ytdPreviousMonth' ? month - 1 : month;
    const wage = env.values.num(M['2111'][column]); // 0.01 万元, year to date
    const staff = env.values.num(M['2112'][column]);
    if (months <= 0 || staff <= 0) continue;
    // Annualised wage per head: wage × 12 / (staff × months), compared in 0.01 万元.
    const annual = wage * 12;
    if (annual >= min * 100 * staff * months && annual <= max * 100 * staff * months) continue;
    const perHead = (annual / 100 / staff / months).toFixed(2);
    out.push(
      finding(
        rule.id,
        rule.severity,
        [M['2111'][column], M['2112'][column]],
        `${labelled(env, M['2111'][column])} ÷ ${labelled(env, M['2112'][column])} × 12 ÷ ${months} 个月 = 折合年人均 ${perHead} 万元，不在合理范围 ${min}–${max} 万元之内。请核对工资总额是否为本年累计数、单位是否为万元；${EXPLAIN}`,
        `${labelledEn(env, M['2111'][column])} ÷ ${labelledEn(env, M['2112'][column])} × 12 ÷ ${months} month${months === 1 ? '' : 's'} = ${perHead} ${unitEn('万元')} per person per year, outside the plausible range of ${min}–${max} 万元. Check that total wages are the year-to-date figure and in 万元. ${EXPLAIN_EN}`,
      ),
    );
  }
  return out;
};

const EXPORT_CELLS = [M['2040'], M['2020']];

export const checkMonthlyExport: Check = (env, rule) => {
  const out: Finding[] = [];
  for (const column of relationColumns(env, 'M', EXPORT_CELLS)) {
    const f = exportExceedsIn(env, rule, column, M['2040'], M['2020'], {
      zh: `软件业务出口是软件业务收入的一部分。请核对出口是否以万美元填报；${EXPLAIN}`,
      en: `Software business exports are part of software business revenue. Check that exports are entered in 万美元. ${EXPLAIN_EN}`,
    });
    if (f) out.push(f);
  }
  return out;
};

export const checkStaffJump: Check = (env, rule) => {
  const previous = env.context.previousMonth;
  const p = parseMonth(env.report.period);
  if (!previous || previous.kind !== 'monthly' || !p) return [];
  const last = p.month === 1 ? { year: p.year - 1, month: 12 } : { year: p.year, month: p.month - 1 };
  if (previous.period !== `${last.year}-${String(last.month).padStart(2, '0')}`) return [];
  const before = previous.cells[M['2112'].ytd]?.value ?? 0;
  const ref = M['2112'].ytd;
  if (!env.values.filled(ref)) return []; // not typed yet: F-REQ says so, not a drop of 100 %
  const now = env.values.num(ref);
  const max = param(rule, 'jumpMaxPercent');
  if (before <= 0 || Math.abs(now - before) * 100 <= max * before) return [];
  const change = (now - before) / before;
  return [
    finding(
      rule.id,
      rule.severity,
      [ref],
      `${labelled(env, ref)}比上月月报的 ${showValue(env, ref, before)}${change >= 0 ? '增加' : '减少'} ${percentText(Math.abs(change))}，变化超过 ${max}%。平均人数为本年累计平均，一般变化平缓，请核对；${EXPLAIN}`,
      `${labelledEn(env, ref)} is ${change >= 0 ? 'up' : 'down'} ${percentText(Math.abs(change))} on ${showValueEn(env, ref, before)} in last month's return, a change of more than ${max}%. The average number of persons is a year-to-date average and normally changes slowly: please check. ${EXPLAIN_EN}`,
    ),
  ];
};
