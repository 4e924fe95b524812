// Deadline hints (rules.md A-LATE, M-LATE): today (context, YYYY-MM-DD) is after the due day of the
// return. Report-level findings: they name no cell, so their key is `RULE@` and they sort first.
import { deadlineStatus, isEditionMonth } from '../../calendar/deadlines';
import { shanghaiDateOf } from '../../calendar/dates';
import type { Check } from '../context';
import { finding } from '../finding';

/** "1 day", "3 days". */
const daysEn = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

export const checkAnnualLate: Check = (env, rule) => {
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

export const checkMonthlyLate: Check = (env, rule) => {
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
