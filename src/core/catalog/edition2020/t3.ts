// 软统企3表 企业主要业务指标表: structure confirmed from MIIT releases, codes reconstructed.
// `monthlyCode` links each row to the 2021 monthly form's row (official codes).
import { buildRows, sum } from '../rowBuilder';
import type { TableDef } from '../types';

const rows = buildRows('万元', 'amount', true, [
  [
    'Y01',
    '软件业务收入合计',
    {
      nameEn: 'Software business revenue, total',
      formula: sum('Y02', 'Y05', 'Y10', 'Y12'),
      monthlyCode: '2020',
      help: '软件产品、信息技术服务、信息安全和嵌入式系统软件四项收入之和，自动计算。',
    },
  ],
  [
    'Y02',
    '一、软件产品收入',
    {
      nameEn: 'I. Software product revenue',
      parent: 'Y01',
      required: true,
      monthlyCode: '2021',
      help: '销售自主开发或代理的软件产品（含随硬件销售的软件）取得的收入，没有请填 0。',
    },
  ],
  [
    'Y03',
    '其中：工业软件产品收入',
    {
      nameEn: 'of which: industrial software products',
      parent: 'Y02',
      monthlyCode: '20212',
      help: '用于工业研发设计、生产控制、经营管理等环节的软件产品收入。',
    },
  ],
  [
    'Y05',
    '二、信息技术服务收入',
    {
      nameEn: 'II. Information technology services revenue',
      parent: 'Y01',
      required: true,
      monthlyCode: '2022',
      help: '提供信息技术咨询、系统集成、运维、数据处理与存储、集成电路设计等服务的收入，没有请填 0。',
    },
  ],
  [
    'Y06',
    '其中：云服务收入',
    {
      nameEn: 'of which: cloud services',
      parent: 'Y05',
      monthlyCode: '20221',
      help: '以云计算方式提供 IaaS、PaaS、SaaS 等服务的收入。',
    },
  ],
  [
    'Y07',
    '大数据服务收入',
    {
      nameEn: 'big-data services',
      parent: 'Y05',
      monthlyCode: '20222',
      help: '提供数据采集、存储、分析、交易等大数据服务的收入。',
    },
  ],
  [
    'Y08',
    '电子商务平台技术服务收入',
    {
      nameEn: 'e-commerce platform technical services',
      parent: 'Y05',
      monthlyCode: '20224',
      help: '为电子商务平台提供技术支撑服务的收入（不含商品销售额）。',
    },
  ],
  [
    'Y09',
    '集成电路设计收入',
    {
      nameEn: 'integrated-circuit design',
      parent: 'Y05',
      monthlyCode: '20225',
      help: '集成电路设计（含测试）服务及设计产品的收入。',
    },
  ],
  [
    'Y10',
    '三、信息安全收入',
    {
      nameEn: 'III. Information security revenue',
      parent: 'Y01',
      required: true,
      monthlyCode: '2023',
      help: '信息安全产品和信息安全服务的收入，没有请填 0。',
    },
  ],
  [
    'Y12',
    '四、嵌入式系统软件收入',
    {
      nameEn: 'IV. Embedded-system software revenue',
      parent: 'Y01',
      gate: 'B13',
      monthlyCode: '2024',
      help: '嵌入在硬件中、随硬件一起销售的系统软件和应用软件的收入；仅当“是否有嵌入式系统软件业务”为“是”时填写。',
    },
  ],
  [
    'Y13',
    '软件业务出口',
    {
      nameEn: 'Software business exports',
      unit: '万美元',
      formula: sum('Y14', 'Y15', 'Y16'),
      monthlyCode: '2040',
      help: '向境外提供软件产品和服务的收入，以万美元计，自动计算。',
    },
  ],
  [
    'Y14',
    '其中：软件外包服务出口',
    {
      nameEn: 'of which: software outsourcing exports',
      unit: '万美元',
      parent: 'Y13',
      monthlyCode: '2041',
      help: '承接境外软件外包服务取得的收入，以万美元计。',
    },
  ],
  [
    'Y15',
    '嵌入式系统软件出口',
    {
      nameEn: 'embedded-system software exports',
      unit: '万美元',
      parent: 'Y13',
      gate: 'B13',
      monthlyCode: '2042',
      help: '出口硬件中所含嵌入式系统软件的价值，以万美元计；仅当有嵌入式业务时填写。',
    },
  ],
  [
    'Y16',
    '其他软件业务出口',
    {
      nameEn: 'other software exports',
      unit: '万美元',
      parent: 'Y13',
      monthlyCode: '2043',
      help: '除外包和嵌入式以外的软件产品和服务出口，以万美元计。',
    },
  ],
  [
    'Y17',
    '从业人员期末人数',
    {
      nameEn: 'Persons employed at year end',
      unit: '人',
      kind: 'count',
      required: true,
      help: '年末最后一天在本单位工作并取得劳动报酬的全部人员，含劳务派遣人员。',
    },
  ],
  [
    'Y18',
    '其中：研发人员',
    {
      nameEn: 'of which: R&D personnel',
      unit: '人',
      kind: 'count',
      parent: 'Y17',
      help: '从事软件研究开发、测试及技术支持的人员。',
    },
  ],
  [
    'Y19',
    '从业人员平均人数',
    {
      nameEn: 'Average number of persons employed',
      unit: '人',
      kind: 'count',
      required: true,
      monthlyCode: '2112',
      help: '全年各月平均人数的平均值，用于计算人均工资。',
    },
  ],
  [
    'Y20',
    '从业人员工资总额',
    {
      nameEn: 'Total wages of persons employed',
      required: true,
      monthlyCode: '2111',
      help: '本年支付给全部从业人员的劳动报酬总额（税前），包括奖金、津贴和补贴。',
    },
  ],
  [
    'Y21',
    '硬件成本',
    {
      nameEn: 'Hardware costs',
      help: '主营业务成本中外购硬件的成本（如系统集成中的设备），不大于主营业务成本。',
    },
  ],
]);

export const t3: TableDef = {
  id: 'T3',
  formNo: '软统企3表',
  title: '企业主要业务指标表',
  titleEn: 'Main business indicators',
  columns: ['thisYear', 'lastYear'],
  rows,
  reconstructed: true,
  provenance: '结构来自工业和信息化部发布的统计数据；代码为本产品自编，括注月报行次。',
};
