// 培训模式: sample enterprises for training sessions. One is clean; the others each carry the
// mistakes enterprises typically make, so a trainee can find and fix them with the checks. Built
// from the clean samples by changing a few cells, so every other figure stays consistent and the
// only findings (besides lateness hints) are the planted ones — a unit test holds that.
import { setCells } from '../report/cells';
import type { Report } from '../report/types';
import { cleanAnnualReport, cleanMonthlyReport } from '../rules/testing/sampleReports';

export interface TrainingSample {
  /** Stable id, so progress can be matched to the sample after a reset. */
  readonly id: string;
  readonly name: string;
  /** What the trainee is asked to find (Chinese, no spoilers of the exact cell). */
  readonly task: string;
  /** The same task in English (the enterprise names stay Chinese: they are the data). */
  readonly taskEn: string;
  readonly reports: readonly Report[];
  /** The rules whose findings the planted mistakes raise (errors and verify findings). */
  readonly mistakes: readonly string[];
}

const named = (report: Report, name: string): Report => setCells(report, [['T1.B03.value', name]]);

export function trainingSamples(): TrainingSample[] {
  const annual = (name: string, changes: [string, string][]) =>
    setCells(named(cleanAnnualReport(), name), changes);
  const ytd = (month: number, name: string, changes: [string, string][] = []) =>
    setCells(named(cleanMonthlyReport(month), name), changes);
  return [
    {
      id: 'clean',
      name: '【培训】示例一 规范填报软件有限公司',
      task: '一份填写规范的年报：浏览各表，看看“可上报”需要满足什么。',
      taskEn:
        'A correctly filled annual return: look through the tables and see what “可上报” (ready to submit) requires.',
      reports: [annual('【培训】示例一 规范填报软件有限公司', [])],
      mistakes: [],
    },
    {
      id: 'balance',
      name: '【培训】示例二 资产负债信息技术有限公司',
      task: '资产负债表有一处数字填错，导致资产总计与负债、所有者权益对不上。',
      taskEn:
        'One figure of the balance sheet is wrong, so total assets do not match total liabilities plus owners’ equity.',
      reports: [annual('【培训】示例二 资产负债信息技术有限公司', [['T2.F04.thisYear', '2900']])],
      mistakes: ['T2-BALANCE'],
    },
    {
      id: 'classification',
      name: '【培训】示例三 分类统计软件有限公司',
      task: '软件业务收入分类表与软件业务收入表之间有数字不一致。',
      taskEn:
        'A figure of the software revenue classification table (Table 4) disagrees with the software revenue in Table 3.',
      reports: [annual('【培训】示例三 分类统计软件有限公司', [['T4.C131.thisYear', '520']])],
      mistakes: ['X-T4-T3'],
    },
    {
      id: 'revenue-units',
      name: '【培训】示例四 收入口径数据服务有限公司',
      task: '软件业务收入超过了营业收入；另有一个金额按“元”而不是“万元”填写。',
      taskEn:
        'Software revenue is larger than operating revenue, and one amount was entered in yuan instead of 万元 (10k yuan).',
      reports: [
        annual('【培训】示例四 收入口径数据服务有限公司', [
          ['T2.F10.thisYear', '2000'],
          ['T2.F11.thisYear', '1900'],
          ['T2.F27.thisYear', '12000000'],
        ]),
      ],
      mistakes: ['X-T3-T2-TOTAL', 'F-MAGNITUDE'],
    },
    {
      id: 'ytd',
      name: '【培训】示例五 月报累计科技有限公司',
      task: '3 月月报的“本年本期累计”有一项比 2 月还小，像是填成了当月数。',
      taskEn:
        'In the March monthly report one year-to-date figure is smaller than in February, as if the month’s own figure had been entered.',
      reports: [
        ytd(2, '【培训】示例五 月报累计科技有限公司'),
        ytd(3, '【培训】示例五 月报累计科技有限公司', [['M.2110.ytd', '35']]),
      ],
      mistakes: ['M-DECREASE'],
    },
  ];
}
