// The rules of edition 2020 as data (rules.md): id, severity, a title for the rules page and the
// parameters. Changing a severity, a threshold or a tolerance is a change here, never in a check.
import type { RuleDef } from '../types';

const both = ['annual', 'monthly'] as const;
const annual = ['annual'] as const;
const monthly = ['monthly'] as const;

export const rules: readonly RuleDef[] = [
  // Cell rules
  { id: 'F-REQ', severity: 'error', kinds: both, title: '必填项不能为空' },
  { id: 'F-NUM', severity: 'error', kinds: both, title: '数值格子只能填数字' },
  { id: 'F-DEC', severity: 'error', kinds: both, title: '金额最多 2 位小数，百分比最多 1 位小数' },
  { id: 'F-INT', severity: 'error', kinds: both, title: '人数、件数必须是整数' },
  { id: 'F-NEG', severity: 'error', kinds: both, title: '该指标不能为负数' },
  {
    id: 'F-MAGNITUDE',
    severity: 'verify',
    kinds: both,
    title: '金额过大，可能误以元为单位填报',
    params: { min: 10_000_000 },
  },
  // T1
  { id: 'B-USCC', severity: 'error', kinds: both, title: '统一社会信用代码格式或校验位错误' },
  { id: 'B-USCC-TYPE', severity: 'verify', kinds: both, title: '统一社会信用代码不是以 91 开头的企业代码' },
  { id: 'B-USCC-REGION', severity: 'hint', kinds: both, title: '统一社会信用代码登记地不在重庆' },
  { id: 'B-REGION', severity: 'error', kinds: both, title: '区划代码不在区划表中' },
  { id: 'B-UNIT', severity: 'error', kinds: both, title: '管理单元不在管理单元表中' },
  { id: 'B-UNIT-MISMATCH', severity: 'verify', kinds: both, title: '管理单元与区划代码不一致' },
  { id: 'B-REGTYPE', severity: 'error', kinds: annual, title: '登记注册类型代码无效' },
  { id: 'B-CONTROL', severity: 'error', kinds: annual, title: '企业控股情况代码无效' },
  { id: 'B-INDUSTRY', severity: 'error', kinds: annual, title: '行业代码不是 GB/T 4754-2017 小类代码' },
  {
    id: 'B-INDUSTRY-MIX',
    severity: 'verify',
    kinds: annual,
    title: '行业代码与收入构成不符',
    params: { sharePercent: 50 },
  },
  {
    id: 'B-FOUNDED',
    severity: 'error',
    kinds: annual,
    title: '成立时间无效或晚于报告期',
    params: { earliestYear: 1900 },
  },
  { id: 'B-PHONE', severity: 'error', kinds: both, title: '联系电话格式错误' },
  { id: 'B-EMAIL', severity: 'error', kinds: annual, title: '电子邮箱格式错误' },
  { id: 'B-POSTCODE', severity: 'error', kinds: annual, title: '邮政编码不是 6 位数字' },
  { id: 'B-DATE', severity: 'error', kinds: annual, title: '报出日期无效', params: { earliestYear: 1900 } },
  // T2
  { id: 'T2-PARTS', severity: 'error', kinds: annual, title: '“其中”项不能大于总数' },
  { id: 'T2-BALANCE', severity: 'error', kinds: annual, title: '资产总计 = 负债合计 + 所有者权益合计' },
  {
    id: 'T2-PROFIT',
    severity: 'error',
    kinds: annual,
    title: '利润总额 = 营业利润 + 营业外收入 − 营业外支出',
  },
  { id: 'T2-NET', severity: 'error', kinds: annual, title: '净利润 = 利润总额 − 所得税费用' },
  { id: 'T2-INSOLVENT', severity: 'verify', kinds: annual, title: '负债合计大于资产总计' },
  // T3
  { id: 'T3-PARTS', severity: 'error', kinds: annual, title: '“其中”项之和不能大于总数' },
  { id: 'T3-EMBEDDED', severity: 'error', kinds: annual, title: '无嵌入式业务时嵌入式行应为空' },
  { id: 'T3-EMBEDDED-EMPTY', severity: 'verify', kinds: annual, title: '有嵌入式业务但嵌入式收入为 0' },
  { id: 'T3-STAFF-ZERO', severity: 'error', kinds: annual, title: '有工资总额时平均人数不能为 0' },
  {
    id: 'T3-WAGE',
    severity: 'verify',
    kinds: annual,
    title: '人均工资超出合理范围',
    params: { wageMin: 2, wageMax: 200 },
  },
  {
    id: 'T3-STAFF-AVG',
    severity: 'verify',
    kinds: annual,
    title: '平均人数与期末人数相差过大',
    params: { ratioMax: 2, ratioMin: 0.5 },
  },
  // T4
  { id: 'X-T4-T3', severity: 'error', kinds: annual, title: '分类表与业务指标表对应项必须相等' },
  // T5
  { id: 'T5-GATE', severity: 'error', kinds: annual, title: '无人工智能业务时软统企5表应为空' },
  { id: 'T5-EMPTY', severity: 'verify', kinds: annual, title: '有人工智能业务但人工智能收入为 0' },
  { id: 'T5-PARTS', severity: 'error', kinds: annual, title: '人工智能研发人员不能大于人工智能从业人员' },
  { id: 'X-AI-REVENUE', severity: 'error', kinds: annual, title: '人工智能业务收入不能大于营业收入' },
  { id: 'X-AI-RD', severity: 'error', kinds: annual, title: '人工智能研发经费不能大于研发经费支出' },
  { id: 'X-AI-STAFF', severity: 'error', kinds: annual, title: '人工智能人员不能大于企业相应人员' },
  // Across tables
  { id: 'X-T3-T2-TOTAL', severity: 'error', kinds: annual, title: '软件业务收入不能大于营业收入' },
  { id: 'X-T3-T2-MAIN', severity: 'verify', kinds: annual, title: '软件业务收入大于主营业务收入' },
  { id: 'X-HWCOST', severity: 'error', kinds: annual, title: '硬件成本不能大于主营业务成本' },
  { id: 'X-EXPORT', severity: 'verify', kinds: annual, title: '软件业务出口折合人民币大于软件业务收入' },
  { id: 'X-EXPORT-EMBEDDED', severity: 'verify', kinds: annual, title: '嵌入式出口折合人民币大于嵌入式收入' },
  { id: 'X-WAGE-PAYABLE', severity: 'verify', kinds: annual, title: '工资总额大于应付职工薪酬贷方发生额' },
  { id: 'X-SCOPE', severity: 'verify', kinds: annual, title: '企业不满足任何调查范围条件' },
  {
    id: 'Y-YOY',
    severity: 'verify',
    kinds: annual,
    title: '同比变化超过 50%',
    params: { yoyMaxPercent: 50 },
  },
  { id: 'Y-LASTYEAR', severity: 'verify', kinds: annual, title: '上年同期数与上年年报不一致' },
  {
    id: 'X-MONTH-DEC',
    severity: 'verify',
    kinds: annual,
    title: '年报与 12 月月报相差过大',
    params: { annualVsDecemberMaxPercent: 5 },
  },
  { id: 'A-LATE', severity: 'hint', kinds: annual, title: '已过年报报送截止时间' },
  // Monthly
  { id: 'M-PERIOD', severity: 'error', kinds: monthly, title: '报告期不是本制度的月份或尚未结束' },
  { id: 'M-JAN', severity: 'error', kinds: monthly, title: '1 月没有本年上期累计' },
  { id: 'M-PARTS', severity: 'error', kinds: monthly, title: '“其中”项之和不能大于总数' },
  { id: 'M-EMBEDDED', severity: 'error', kinds: monthly, title: '无嵌入式业务时嵌入式行应为空' },
  { id: 'M-MAIN', severity: 'verify', kinds: monthly, title: '软件业务收入大于主营业务收入' },
  { id: 'M-DECREASE', severity: 'verify', kinds: monthly, title: '累计数比上月累计数小' },
  {
    id: 'M-YOY',
    severity: 'verify',
    kinds: monthly,
    title: '同比变化超过 50%',
    params: { yoyMaxPercent: 50 },
  },
  {
    id: 'M-WAGE',
    severity: 'verify',
    kinds: monthly,
    title: '折合年人均工资超出合理范围',
    params: { wageMin: 2, wageMax: 200 },
  },
  { id: 'M-EXPORT', severity: 'verify', kinds: monthly, title: '软件业务出口折合人民币大于软件业务收入' },
  {
    id: 'M-STAFF-JUMP',
    severity: 'verify',
    kinds: monthly,
    title: '平均人数比上月变化超过 20%',
    params: { jumpMaxPercent: 20 },
  },
  { id: 'M-LATE', severity: 'hint', kinds: monthly, title: '已过月报报送截止时间' },
];
