// 软统企5表 人工智能企业业务指标表 [reconstructed]: filled only when B14 = 是.
import { buildRows, sum } from '../rowBuilder';
import type { TableDef } from '../types';

const rows = buildRows('万元', 'amount', true, [
  [
    'A01',
    '人工智能业务收入合计',
    {
      nameEn: 'AI business revenue, total',
      formula: sum('A02', 'A03', 'A04'),
      help: '人工智能软件、服务和产品收入之和，自动计算，不能大于营业收入。',
    },
  ],
  [
    'A02',
    '人工智能软件收入',
    {
      nameEn: 'AI software revenue',
      parent: 'A01',
      help: '计算机视觉、智能语音、自然语言理解、生物特征识别、VR/AR 等人工智能软件的收入。',
    },
  ],
  [
    'A03',
    '人工智能服务收入',
    {
      nameEn: 'AI services revenue',
      parent: 'A01',
      help: '机器学习平台、数据标注、算法训练等人工智能服务的收入。',
    },
  ],
  [
    'A04',
    '人工智能产品收入',
    {
      nameEn: 'AI products revenue',
      parent: 'A01',
      help: '智能机器人、智能终端等人工智能产品的收入，可包含硬件。',
    },
  ],
  [
    'A05',
    '人工智能业务出口',
    {
      nameEn: 'AI business exports',
      unit: '万美元',
      help: '人工智能软件、服务和产品的出口收入，以万美元计。',
    },
  ],
  [
    'A06',
    '人工智能研发经费',
    {
      nameEn: 'AI R&D expenditure',
      help: '用于人工智能研究开发的经费支出，不能大于软统企2表“研发经费支出”。',
    },
  ],
  [
    'A07',
    '人工智能从业人员',
    {
      nameEn: 'AI personnel',
      unit: '人',
      kind: 'count',
      help: '从事人工智能业务的期末人数，不能大于从业人员期末人数。',
    },
  ],
  [
    'A08',
    '其中：研发人员',
    {
      nameEn: 'of which: R&D personnel',
      unit: '人',
      kind: 'count',
      parent: 'A07',
      help: '人工智能从业人员中的研发人员，不能大于企业研发人员总数。',
    },
  ],
  [
    'A09',
    '人工智能相关专利及软件著作权',
    {
      nameEn: 'AI patents and software copyrights',
      unit: '件',
      kind: 'count',
      help: '期末拥有的人工智能相关有效专利和软件著作权登记数量。',
    },
  ],
]);

export const t5: TableDef = {
  id: 'T5',
  formNo: '软统企5表',
  title: '人工智能企业业务指标表',
  titleEn: 'Artificial-intelligence business indicators',
  columns: ['thisYear', 'lastYear'],
  rows,
  gate: 'B14',
  reconstructed: true,
  provenance: '按“如有相关业务”填报的人工智能指标重构。',
};
