// 软统企1表 企业基本情况表. Fields confirmed from copies of the form; the codes B01… are the
// product's own (reconstructed), so the UI never shows them as official 行次.
import { buildRows } from '../rowBuilder';
import type { TableDef } from '../types';

const rows = buildRows('', 'text', true, [
  [
    'B01',
    '统一社会信用代码',
    {
      nameEn: 'Unified social credit code',
      kind: 'code',
      required: true,
      help: '按营业执照填写 18 位统一社会信用代码（GB 32100），系统会去掉空格和连字符、转为大写并校验最后一位校验码。',
    },
  ],
  [
    'B02',
    '组织机构代码',
    {
      nameEn: 'Organization code',
      kind: 'code',
      formula: { kind: 'orgCode' },
      help: '自动取统一社会信用代码的第 9–17 位，无需填写。',
    },
  ],
  [
    'B03',
    '单位详细名称',
    {
      nameEn: 'Full name of the entity',
      required: true,
      minLength: 2,
      maxLength: 100,
      help: '填写营业执照上的单位全称，不得使用简称，2–100 个字。',
    },
  ],
  [
    'B04',
    '单位所在地详细地址',
    {
      nameEn: 'Address',
      required: true,
      maxLength: 200,
      help: '填写单位实际经营所在地的详细地址，写到门牌号。',
    },
  ],
  [
    'B05',
    '区划代码',
    {
      nameEn: 'Administrative division code',
      kind: 'code',
      required: true,
      list: 'regions',
      help: '单位所在地的 6 位区县行政区划代码（GB/T 2260），从列表中选择。',
    },
  ],
  [
    'B06',
    '管理单元',
    {
      nameEn: 'Review unit',
      kind: 'code',
      required: true,
      list: 'reviewUnits',
      help: '负责收集和审核本单位报表的区县或开发区。默认为所在区县；在两江新区、重庆高新区、万盛经开区的企业手动选择对应开发区。',
    },
  ],
  [
    'B07',
    '登记注册类型',
    {
      nameEn: 'Registration type',
      kind: 'code',
      required: true,
      list: 'registrationTypes',
      help: '按市场监管部门的登记注册类型填写 3 位代码（国统字〔2011〕86 号）。',
    },
  ],
  [
    'B08',
    '企业控股情况',
    {
      nameEn: 'Controlling shareholder type',
      kind: 'code',
      required: true,
      list: 'controlTypes',
      help: '按实收资本中控股方的类别选择：国有、集体、私人、港澳台商、外商控股或其他。',
    },
  ],
  [
    'B09',
    '行业代码',
    {
      nameEn: 'Industry code (GB/T 4754-2017)',
      kind: 'code',
      required: true,
      list: 'industries',
      help: '按主要业务活动确定的国民经济行业小类代码（GB/T 4754-2017，4 位），软件企业一般在 65 大类。',
    },
  ],
  [
    'B10',
    '主要业务活动',
    {
      nameEn: 'Main business activities',
      required: true,
      maxLength: 100,
      help: '用一两句话写明主要产品或服务，例如“应用软件开发、信息系统集成服务”。',
    },
  ],
  [
    'B11',
    '成立时间',
    {
      nameEn: 'Founded (year-month)',
      kind: 'month',
      required: true,
      help: '营业执照上的成立日期，按“年-月”（YYYY-MM）填写，不能晚于报告期末。',
    },
  ],
  [
    'B12',
    '企业规模',
    {
      nameEn: 'Enterprise size',
      formula: { kind: 'size' },
      help: '由从业人员期末人数和营业收入自动判定为大型、中型、小型或微型，无需填写。',
    },
  ],
  [
    'B13',
    '是否有嵌入式系统软件业务',
    {
      nameEn: 'Has embedded-system software business',
      kind: 'bool',
      required: true,
      help: '有嵌入式系统软件收入或出口时选“是”，此时需填写嵌入式相关行；否则选“否”，相关行应为空。',
    },
  ],
  [
    'B14',
    '是否有人工智能业务',
    {
      nameEn: 'Has artificial-intelligence business',
      kind: 'bool',
      required: true,
      help: '有人工智能软件、服务或产品收入时选“是”，并填写软统企5表；否则选“否”。',
    },
  ],
  [
    'B15',
    '是否集成电路设计企业',
    {
      nameEn: 'Is an IC design enterprise',
      kind: 'bool',
      required: true,
      help: '主要从事集成电路设计，或集成电路设计和测试收入占主营业务收入 60% 以上的选“是”（调查范围第三条）。',
    },
  ],
  [
    'B16',
    '是否上市企业',
    {
      nameEn: 'Is a listed company',
      kind: 'bool',
      help: '在境内外证券交易所上市的企业选“是”。',
    },
  ],
  [
    'B20',
    '单位负责人',
    {
      nameEn: 'Head of the entity',
      required: true,
      maxLength: 50,
      help: '单位法定代表人或主要负责人姓名。',
    },
  ],
  [
    'B21',
    '统计负责人',
    {
      nameEn: 'Head of statistics',
      required: true,
      maxLength: 50,
      help: '对本表数据负责的统计负责人姓名。',
    },
  ],
  [
    'B22',
    '填表人',
    {
      nameEn: 'Prepared by',
      required: true,
      maxLength: 50,
      help: '实际填写本表的人员姓名，审核时联系此人。',
    },
  ],
  [
    'B23',
    '联系电话',
    {
      nameEn: 'Telephone',
      required: true,
      maxLength: 20,
      help: '填表人的手机号（11 位）或座机号（区号-号码，如 023-63896259）。',
    },
  ],
  [
    'B24',
    '电子邮箱',
    {
      nameEn: 'E-mail',
      maxLength: 100,
      help: '填表人的电子邮箱，可不填。',
    },
  ],
  [
    'B25',
    '邮政编码',
    {
      nameEn: 'Postal code',
      maxLength: 6,
      help: '单位所在地 6 位邮政编码，可不填。',
    },
  ],
  [
    'B26',
    '报出日期',
    {
      nameEn: 'Date of submission',
      kind: 'date',
      required: true,
      help: '报表报出的日期（YYYY-MM-DD），默认当天。',
    },
  ],
]);

export const t1: TableDef = {
  id: 'T1',
  formNo: '软统企1表',
  title: '企业基本情况表',
  titleEn: 'Basic information of the enterprise',
  columns: ['value'],
  rows,
  reconstructed: true,
  provenance: '栏目来自表式副本；代码为本产品自编。',
};

/** The identity and contact fields a monthly return carries (tables.md, 月报表). */
const monthlyCodes = new Set(['B01', 'B03', 'B05', 'B06', 'B13', 'B20', 'B21', 'B22', 'B23']);

export const t1Monthly: TableDef = { ...t1, rows: rows.filter((r) => monthlyCodes.has(r.code)) };
