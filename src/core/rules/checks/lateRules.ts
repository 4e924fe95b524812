// Deadline hints (rules.md A-LATE, M-LATE): today (context, YYYY-MM-DD) is after the due day of the
// return. Report-level findings: they name no cell, so their key is `RULE@` and they sort first.
import { deadlineStatus, isEditionMonth } from '../../calendar/deadlines';
import { shanghaiDateOf } from '../../calendar/dates';
import type { Edition, RuleDef } from '../../catalog/types';
import type { Check, RuleEnv } from '../context';
import type { Finding } from '../finding';
import { finding } from '../finding';

/** "1 day", "3 days". */
const daysEn = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

// The deadline findings depend on the return's kind and period and on today only, and the editor
// validates on every keystroke: they are worked out once per edition, rule, kind, period and day.
const remembered = new WeakMap<Edition, WeakMap<RuleDef, Map<string, Finding[]>>>();

function once(env: RuleEnv, rule: RuleDef, make: () => Finding[]): Finding[] {
  let byRule = remembered.get(env.edition);
  if (!byRule) remembered.set(env.edition, (byRule = new WeakMap()));
  let byKey = byRule.get(rule);
  if (!byKey) byRule.set(rule, (byKey = new Map()));
  const key = `${env.report.kind}|${env.report.period}|${env.today}`;
  let found = byKey.get(key);
  if (!found) {
    if (byKey.size >= 64) byKey.clear(); // a handful of periods and days in practice
    found = make();
    byKey.set(key, found);
  }
  return found;
}

export const checkAnnualLate: Check = (env, rule) => once(env, rule, () => annualLate(env, rule));

export const checkMonthlyLate: Check = (env, rule) => once(env, rule, () => monthlyLate(env, rule));

const annualLate: Check = (env, rule) => {
  const status = deadlineStatus(env.report, env.edition, env.today);
  if (!status.late) return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [],
      `${env.report.period} 年年报的报送截止时间是 ${shanghaiDateOf(status.deadline)} ${status.deadline.slice(11, 16)}，今天（${env.today}）已逾期 ${-status.daysLeft} 天。请尽快完成审核并报送，并与所在区县（管理单元）联系。`,
      `The deadline for the ${env.report.period} annual return was ${shanghaiDateOf(status.deadline)} ${status.deadline.slice(11, 16)}; today (${env.today}) it is ${daysEn(-status.daysLeft)} overdue. Finish the checks and submit it as soon as possible, and contact your district (review unit).`,
    ),
  ];
};

const monthlyLate: Check = (env, rule) => {
  // A malformed or foreign period is M-PERIOD's finding; no deadline to speak of then.
  if (!isEditionMonth(env.edition, env.report.period)) return [];
  const status = deadlineStatus(env.report, env.edition, env.today);
  if (!status.late) return [];
  return [
    finding(
      rule.id,
      rule.severity,
      [],
      `${env.report.period} 月报应在 ${shanghaiDateOf(status.deadline)} ${status.deadline.slice(11, 16)} 前报送，今天（${env.today}）已逾期 ${-status.daysLeft} 天。请尽快填报并报送。`,
      `The ${env.report.period} monthly return was due by ${shanghaiDateOf(status.deadline)} ${status.deadline.slice(11, 16)}; today (${env.today}) it is ${daysEn(-status.daysLeft)} overdue. Fill it in and submit it as soon as possible.`,
    ),
  ];
};
