// 软统企2表 企业主要财务指标表 [reconstructed]: rows follow the enterprise accounting standards'
// balance sheet and income statement items the survey asks for. Amounts in 万元.
import { buildRows } from '../rowBuilder';
import type { TableDef } from '../types';

const rows = buildRows('万元', 'amount', true, [
  [
    'F01',
    '资产总计',
    {
      nameEn: 'Total assets',
      required: true,
      help: '资产负债表“资产总计”期末数，应等于负债合计加所有者权益合计。',
    },
  ],
  [
    'F02',
    '其中：流动资产合计',
    {
      nameEn: 'of which: total current assets',
      parent: 'F01',
      help: '资产负债表“流动资产合计”期末数，不大于资产总计。',
    },
  ],
  [
    'F03',
    '负债合计',
    {
      nameEn: 'Total liabilities',
      required: true,
      help: '资产负债表“负债合计”期末数。',
    },
  ],
  [
    'F04',
    '所有者权益合计',
    {
      nameEn: "Total owners' equity",
      signed: true,
      required: true,
      help: '资产负债表“所有者权益（或股东权益）合计”期末数，资不抵债时为负数。',
    },
  ],
  [
    'F10',
    '营业收入',
    {
      nameEn: 'Operating revenue',
      required: true,
      help: '利润表“营业收入”本年累计数，包括主营业务收入和其他业务收入。',
    },
  ],
  [
    'F11',
    '其中：主营业务收入',
    {
      nameEn: 'of which: main business revenue',
      parent: 'F10',
      required: true,
      help: '企业经常性的、主要业务所产生的收入，调查范围按此项判定；执行新准则未单列的按主要业务口径分析填列。',
    },
  ],
  [
    'F12',
    '营业成本',
    {
      nameEn: 'Operating costs',
      required: true,
      help: '利润表“营业成本”本年累计数。',
    },
  ],
  [
    'F13',
    '其中：主营业务成本',
    {
      nameEn: 'of which: main business costs',
      parent: 'F12',
      help: '与主营业务收入相对应的成本，包括硬件成本。',
    },
  ],
  [
    'F14',
    '税金及附加',
    {
      nameEn: 'Taxes and surcharges',
      help: '利润表“税金及附加”本年累计数，含城市维护建设税、教育费附加等。',
    },
  ],
  ['F15', '销售费用', { nameEn: 'Selling expenses', help: '利润表“销售费用”本年累计数。' }],
  [
    'F16',
    '管理费用',
    { nameEn: 'Administrative expenses', help: '利润表“管理费用”本年累计数（不含单列的研发费用）。' },
  ],
  [
    'F17',
    '研发费用',
    { nameEn: 'R&D expenses', help: '利润表“研发费用”本年累计数（费用化的研究开发支出）。' },
  ],
  [
    'F18',
    '财务费用',
    {
      nameEn: 'Financial expenses',
      signed: true,
      help: '利润表“财务费用”本年累计数，利息收入大于利息支出时为负数。',
    },
  ],
  [
    'F19',
    '其中：利息费用',
    { nameEn: 'of which: interest expenses', parent: 'F18', help: '财务费用中的利息支出。' },
  ],
  [
    'F20',
    '营业利润',
    {
      nameEn: 'Operating profit',
      signed: true,
      required: true,
      help: '利润表“营业利润”本年累计数，亏损填负数。',
    },
  ],
  ['F21', '营业外收入', { nameEn: 'Non-operating income', help: '利润表“营业外收入”本年累计数。' }],
  ['F22', '营业外支出', { nameEn: 'Non-operating expenses', help: '利润表“营业外支出”本年累计数。' }],
  [
    'F23',
    '利润总额',
    {
      nameEn: 'Total profit',
      signed: true,
      required: true,
      help: '利润表“利润总额”，等于营业利润加营业外收入减营业外支出，亏损填负数。',
    },
  ],
  [
    'F24',
    '所得税费用',
    {
      nameEn: 'Income tax expenses',
      signed: true,
      help: '利润表“所得税费用”本年累计数，递延所得税影响可为负数。',
    },
  ],
  [
    'F25',
    '净利润',
    {
      nameEn: 'Net profit',
      signed: true,
      required: true,
      help: '利润表“净利润”，等于利润总额减所得税费用，亏损填负数。',
    },
  ],
  [
    'F26',
    '应交增值税',
    {
      nameEn: 'VAT payable',
      signed: true,
      help: '“应交税费—应交增值税”本年累计发生额（销项税额减进项税额等），留抵时可为负数。',
    },
  ],
  [
    'F27',
    '应付职工薪酬（本年贷方累计发生额）',
    {
      nameEn: 'Employee remuneration payable (credits this year)',
      required: true,
      help: '“应付职工薪酬”科目本年贷方累计发生额，反映全年应付给职工的各种薪酬，一般不小于从业人员工资总额。',
    },
  ],
  [
    'F28',
    '研发经费支出',
    {
      nameEn: 'R&D expenditure',
      help: '本年用于研究与试验发展活动的全部实际支出，包括费用化和资本化部分。',
    },
  ],
]);

export const t2: TableDef = {
  id: 'T2',
  formNo: '软统企2表',
  title: '企业主要财务指标表',
  titleEn: 'Main financial indicators',
  columns: ['thisYear', 'lastYear'],
  rows,
  reconstructed: true,
  provenance: '按企业会计准则报表项目重构。',
};
