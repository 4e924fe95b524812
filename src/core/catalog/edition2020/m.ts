// 月报表: the 2021 monthly return [row set reconstructed; codes official where shared with the
// 2021 form]. Figures are year-to-date (本年本期累计).
import { buildRows, sum } from '../rowBuilder';
import type { TableDef } from '../types';

const rows = buildRows('万元', 'amount', true, [
  [
    '2010',
    '主营业务收入',
    {
      nameEn: 'Main business revenue',
      required: true,
      help: '本年 1 月至本月末主营业务收入的累计数，与年报“主营业务收入”口径一致。',
    },
  ],
  [
    '2020',
    '软件业务收入合计',
    {
      nameEn: 'Software business revenue, total',
      formula: sum('2021', '2022', '2023', '2024'),
      reconstructed: false,
      help: '四类软件业务收入之和，自动计算，一般不大于主营业务收入。',
    },
  ],
  [
    '2021',
    '一、软件产品收入',
    {
      nameEn: 'I. Software product revenue',
      parent: '2020',
      required: true,
      reconstructed: false,
      help: '本年累计的软件产品收入，没有请填 0。',
    },
  ],
  [
    '20212',
    '其中：工业软件产品收入',
    {
      nameEn: 'of which: industrial software products',
      parent: '2021',
      reconstructed: false,
      help: '软件产品收入中工业软件产品的累计收入。',
    },
  ],
  [
    '2022',
    '二、信息技术服务收入',
    {
      nameEn: 'II. IT services revenue',
      parent: '2020',
      required: true,
      reconstructed: false,
      help: '本年累计的信息技术服务收入，没有请填 0。',
    },
  ],
  [
    '20221',
    '其中：云服务收入',
    {
      nameEn: 'of which: cloud services',
      parent: '2022',
      reconstructed: false,
      help: '信息技术服务收入中云服务的累计收入。',
    },
  ],
  [
    '20222',
    '大数据服务收入',
    {
      nameEn: 'big-data services',
      parent: '2022',
      reconstructed: false,
      help: '信息技术服务收入中大数据服务的累计收入。',
    },
  ],
  [
    '20224',
    '电子商务平台技术服务收入',
    {
      nameEn: 'e-commerce platform technical services',
      parent: '2022',
      reconstructed: false,
      help: '信息技术服务收入中电子商务平台技术服务的累计收入。',
    },
  ],
  [
    '20225',
    '集成电路设计收入',
    {
      nameEn: 'integrated-circuit design',
      parent: '2022',
      reconstructed: false,
      help: '信息技术服务收入中集成电路设计的累计收入。',
    },
  ],
  [
    '2023',
    '三、信息安全收入',
    {
      nameEn: 'III. Information security revenue',
      parent: '2020',
      required: true,
      reconstructed: false,
      help: '本年累计的信息安全产品和服务收入，没有请填 0。',
    },
  ],
  [
    '2024',
    '四、嵌入式系统软件收入',
    {
      nameEn: 'IV. Embedded-system software revenue',
      parent: '2020',
      gate: 'B13',
      reconstructed: false,
      help: '本年累计的嵌入式系统软件收入；仅当“是否有嵌入式系统软件业务”为“是”时填写。',
    },
  ],
  [
    '2040',
    '软件业务出口',
    {
      nameEn: 'Software business exports',
      unit: '万美元',
      formula: sum('2041', '2042', '2043'),
      reconstructed: false,
      help: '本年累计的软件业务出口，以万美元计，自动计算。',
    },
  ],
  [
    '2041',
    '其中：软件外包服务出口',
    {
      nameEn: 'of which: software outsourcing exports',
      unit: '万美元',
      parent: '2040',
      reconstructed: false,
      help: '本年累计承接境外软件外包服务的收入，以万美元计。',
    },
  ],
  [
    '2042',
    '嵌入式系统软件出口',
    {
      nameEn: 'embedded-system software exports',
      unit: '万美元',
      parent: '2040',
      gate: 'B13',
      reconstructed: false,
      help: '本年累计的嵌入式系统软件出口，以万美元计；仅当有嵌入式业务时填写。',
    },
  ],
  [
    '2043',
    '其他软件业务出口',
    {
      nameEn: 'other software exports',
      unit: '万美元',
      parent: '2040',
      reconstructed: false,
      help: '本年累计的其他软件产品和服务出口，以万美元计。',
    },
  ],
  [
    '2090',
    '利润总额',
    {
      nameEn: 'Total profit',
      signed: true,
      required: true,
      help: '本年累计的利润总额，亏损填负数。',
    },
  ],
  ['2110', '研发经费', { nameEn: 'R&D expenditure', help: '本年累计的研究开发经费支出。' }],
  [
    '2111',
    '从业人员工资总额',
    {
      nameEn: 'Total wages of persons employed',
      required: true,
      reconstructed: false,
      help: '本年 1 月至本月末支付给从业人员的工资总额累计数。',
    },
  ],
  [
    '2112',
    '从业人员平均人数',
    {
      nameEn: 'Average number of persons employed',
      unit: '人',
      kind: 'count',
      required: true,
      reconstructed: false,
      help: '本年 1 月至本月末各月从业人员的平均人数。',
    },
  ],
]);

export const m: TableDef = {
  id: 'M',
  formNo: '月报表',
  title: '软件和信息技术服务业月报表',
  titleEn: 'Monthly return',
  columns: ['ytd', 'ytdLastYear', 'ytdPreviousMonth'],
  rows,
  reconstructed: true,
  provenance: '行次集合为重构；与 2021 年表式共有的代码为正式代码。',
};
