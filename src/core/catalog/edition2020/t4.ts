// 软统企4表 软件业务收入分类表 [reconstructed]: a tree whose leaves are typed and whose other
// rows are the sums of their children. The level-1 totals tie to table T3 (rule X-T4-T3); `tiesTo`
// in the comments below is encoded in the rule data (rules.ts), not here.
import { buildRows, sum } from '../rowBuilder';
import type { RowOptions } from '../rowBuilder';
import type { TableDef } from '../types';

type Row = readonly [string, string, RowOptions];
const leaf = (
  code: string,
  label: string,
  parent: string,
  nameEn: string,
  help: string,
  gate?: 'B13',
): Row => [code, label, { nameEn, parent, help, ...(gate !== undefined && { gate }) }];

const rows = buildRows('万元', 'amount', true, [
  [
    'C1',
    '一、软件产品收入',
    {
      nameEn: 'I. Software products',
      formula: sum('C11', 'C12', 'C13', 'C14'),
      help: '各类软件产品收入之和，自动计算，应等于软统企3表“软件产品收入”。',
    },
  ],
  leaf('C11', '基础软件', 'C1', 'Basic software', '操作系统、数据库、中间件等基础软件产品收入。'),
  leaf('C12', '支撑软件', 'C1', 'Support software', '开发工具、测试工具、项目管理工具等支撑软件产品收入。'),
  [
    'C13',
    '应用软件',
    {
      nameEn: 'Application software',
      parent: 'C1',
      formula: sum('C131', 'C132', 'C133'),
      help: '通用应用软件、行业应用软件和工业软件之和，自动计算。',
    },
  ],
  leaf(
    'C131',
    '通用应用软件',
    'C13',
    'General application software',
    '办公、多媒体、通信等通用应用软件产品收入。',
  ),
  leaf(
    'C132',
    '行业应用软件',
    'C13',
    'Industry application software',
    '面向金融、政务、医疗、教育等行业的应用软件产品收入（不含工业软件）。',
  ),
  leaf(
    'C133',
    '工业软件',
    'C13',
    'Industrial software',
    '研发设计、生产控制、经营管理等工业软件产品收入，应等于软统企3表“工业软件产品收入”。',
  ),
  leaf('C14', '其他软件产品', 'C1', 'Other software products', '以上未列明的软件产品收入。'),
  [
    'C2',
    '二、信息技术服务收入',
    {
      nameEn: 'II. IT services',
      formula: sum('C21', 'C22', 'C23', 'C24', 'C25', 'C26', 'C27', 'C28', 'C29'),
      help: '各类信息技术服务收入之和，自动计算，应等于软统企3表“信息技术服务收入”。',
    },
  ],
  leaf(
    'C21',
    '信息技术咨询服务',
    'C2',
    'IT consulting',
    '信息化规划、信息技术管理咨询、信息系统工程监理、测试评估等服务收入。',
  ),
  leaf(
    'C22',
    '信息系统集成服务',
    'C2',
    'Information system integration',
    '基于需方业务需求进行的信息系统设计、集成实施和运行维护服务收入。',
  ),
  leaf(
    'C23',
    '物联网技术服务',
    'C2',
    'Internet-of-things services',
    '提供物联网感知、传输、平台和应用等技术服务的收入。',
  ),
  leaf(
    'C24',
    '运行维护服务',
    'C2',
    'Operation and maintenance',
    '对信息系统基础环境、硬件、软件及数据提供运行维护服务的收入。',
  ),
  [
    'C25',
    '信息处理和存储支持服务',
    {
      nameEn: 'Information processing and storage support',
      parent: 'C2',
      formula: sum('C251', 'C252', 'C259'),
      help: '云服务、大数据服务和其他信息处理存储服务之和，自动计算。',
    },
  ],
  leaf(
    'C251',
    '云服务',
    'C25',
    'Cloud services',
    '以云计算方式提供的服务收入，应等于软统企3表“云服务收入”。',
  ),
  leaf('C252', '大数据服务', 'C25', 'Big-data services', '大数据服务收入，应等于软统企3表“大数据服务收入”。'),
  leaf(
    'C259',
    '其他信息处理和存储服务',
    'C25',
    'Other processing and storage services',
    '数据中心、灾备、托管等其他信息处理和存储支持服务收入。',
  ),
  leaf('C26', '集成电路设计', 'C2', 'IC design', '集成电路设计收入，应等于软统企3表“集成电路设计收入”。'),
  leaf(
    'C27',
    '电子商务平台技术服务',
    'C2',
    'E-commerce platform technical services',
    '电子商务平台技术服务收入，应等于软统企3表同名指标。',
  ),
  leaf(
    'C28',
    '数字内容服务',
    'C2',
    'Digital content services',
    '动漫游戏、数字出版、地理遥感信息等数字内容加工处理服务收入。',
  ),
  leaf('C29', '其他信息技术服务', 'C2', 'Other IT services', '呼叫中心等以上未列明的信息技术服务收入。'),
  [
    'C3',
    '三、信息安全收入',
    {
      nameEn: 'III. Information security',
      formula: sum('C31', 'C32'),
      help: '信息安全产品和服务收入之和，自动计算，应等于软统企3表“信息安全收入”。',
    },
  ],
  leaf(
    'C31',
    '信息安全产品',
    'C3',
    'Security products',
    '防火墙、入侵检测、加密、身份认证等信息安全产品收入。',
  ),
  leaf(
    'C32',
    '信息安全服务',
    'C3',
    'Security services',
    '安全咨询、测评、运维、应急响应等信息安全服务收入。',
  ),
  [
    'C4',
    '四、嵌入式系统软件收入',
    {
      nameEn: 'IV. Embedded-system software',
      gate: 'B13',
      formula: sum('C41', 'C42', 'C43', 'C44', 'C45', 'C46', 'C49'),
      help: '各类嵌入式系统软件收入之和，自动计算，应等于软统企3表“嵌入式系统软件收入”；仅当有嵌入式业务时填写。',
    },
  ],
  leaf('C41', '汽车电子', 'C4', 'Automotive electronics', '汽车电子产品中嵌入式软件的收入。', 'B13'),
  leaf('C42', '通信设备', 'C4', 'Communication equipment', '通信设备中嵌入式软件的收入。', 'B13'),
  leaf(
    'C43',
    '消费电子',
    'C4',
    'Consumer electronics',
    '手机、家电等消费电子产品中嵌入式软件的收入。',
    'B13',
  ),
  leaf('C44', '工业控制', 'C4', 'Industrial control', '工业控制设备中嵌入式软件的收入。', 'B13'),
  leaf('C45', '医疗电子', 'C4', 'Medical electronics', '医疗电子设备中嵌入式软件的收入。', 'B13'),
  leaf('C46', '智能交通', 'C4', 'Intelligent transport', '智能交通设备中嵌入式软件的收入。', 'B13'),
  leaf('C49', '其他嵌入式产品', 'C4', 'Other embedded products', '以上未列明产品中嵌入式软件的收入。', 'B13'),
  [
    'C0',
    '软件业务收入合计',
    {
      nameEn: 'Software business revenue, total',
      formula: sum('C1', 'C2', 'C3', 'C4'),
      help: '四类收入之和，自动计算，应等于软统企3表“软件业务收入合计”。',
    },
  ],
]);

export const t4: TableDef = {
  id: 'T4',
  formNo: '软统企4表',
  title: '软件业务收入分类表',
  titleEn: 'Software business revenue by category',
  columns: ['thisYear', 'lastYear'],
  rows,
  reconstructed: true,
  provenance: '按软件业务收入分类口径重构。',
};
