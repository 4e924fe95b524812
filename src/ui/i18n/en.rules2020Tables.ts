// English texts of edition 2020's rules within one table, in the order of
// src/core/catalog/edition2020/rulesTables.ts. Conventions: see en.rules.ts.
import type { RuleTextEn } from './en.rules';

export const rules2020Tables: Readonly<Record<string, RuleTextEn>> = {
  // 软统企2表
  'T2-PARTS': {
    title: 'An “of which” item may not exceed its total',
    check:
      '流动资产合计 (F02, Total current assets) ≤ 资产总计 (F01, Total assets); 主营业务收入 (F11, Main business revenue) ≤ 营业收入 (F10, Operating revenue); 主营业务成本 (F13, Main business costs) ≤ 营业成本 (F12, Operating costs). Each pair is checked separately.',
    example:
      '营业收入 (F10, Operating revenue) 3,000.00 万元 (10k yuan), 主营业务收入 (F11, Main business revenue) 3,200.00 万元 → must-fix error. Main business revenue is part of operating revenue: check these two items against the income statement.',
  },
  'T2-BALANCE': {
    title: "Total assets = total liabilities + total owners' equity",
    check:
      "资产总计 (F01, Total assets) = 负债合计 (F03, Total liabilities) + 所有者权益合计 (F04, Total owners' equity); both sides must be exactly equal, to the hundredth.",
    example:
      "资产总计 (F01, Total assets) 12,345.00 万元 (10k yuan), but 负债合计 (F03, Total liabilities) 6,000.00 + 所有者权益合计 (F04, Total owners' equity) 6,000.00 = 12,000.00 万元, a difference of 345.00 万元 → must-fix error. Check these three items against the closing balances of the balance sheet.",
  },
  'T2-PROFIT': {
    title: 'Total profit = operating profit + non-operating income − non-operating expenses',
    check:
      '利润总额 (F23, Total profit) = 营业利润 (F20, Operating profit) + 营业外收入 (F21, Non-operating income) − 营业外支出 (F22, Non-operating expenses); both sides must be exactly equal, to the hundredth.',
    example:
      '营业利润 (F20, Operating profit) 500.00 + 营业外收入 (F21, Non-operating income) 20.00 − 营业外支出 (F22, Non-operating expenses) 5.00 = 515.00 万元 (10k yuan), but 利润总额 (F23, Total profit) is filled in as 520.00 万元, a difference of 5.00 万元 → must-fix error. Check against the income statement; enter a loss as a negative number.',
  },
  'T2-NET': {
    title: 'Net profit = total profit − income tax expenses',
    check:
      '净利润 (F25, Net profit) = 利润总额 (F23, Total profit) − 所得税费用 (F24, Income tax expenses); both sides must be exactly equal, to the hundredth.',
    example:
      '利润总额 (F23, Total profit) 515.00 − 所得税费用 (F24, Income tax expenses) 77.25 = 437.75 万元 (10k yuan), but 净利润 (F25, Net profit) is filled in as 515.00 万元 → must-fix error. Total profit was entered as net profit by mistake: change it to 437.75 according to the income statement.',
  },
  'T2-INSOLVENT': {
    title: 'Total liabilities exceed total assets',
    check:
      '负债合计 (F03, Total liabilities) > 资产总计 (F01, Total assets), i.e. owners’ equity is negative (the liabilities exceed the assets: insolvency).',
    example:
      "资产总计 (F01, Total assets) 800.00 万元 (10k yuan), 负债合计 (F03, Total liabilities) 950.00 万元 → verify finding (needs an explanation). Check the balance sheet; if the enterprise really is insolvent, 所有者权益合计 (F04, Total owners' equity) should be −150.00, and fill in an explanation.",
  },
  // 软统企3表
  'T3-PARTS': {
    title: 'The “of which” items may not add up to more than the total',
    check:
      '工业软件产品收入 (Y03, Industrial software products) ≤ 软件产品收入 (Y02, Software product revenue); 云服务收入 (Y06, Cloud services) + 大数据服务收入 (Y07, Big-data services) + 电子商务平台技术服务收入 (Y08, E-commerce platform technical services) + 集成电路设计收入 (Y09, Integrated-circuit design) ≤ 信息技术服务收入 (Y05, Information technology services revenue); 研发人员 (Y18, R&D personnel) ≤ 从业人员期末人数 (Y17, Persons employed at year end). Each group is checked separately.',
    example:
      '信息技术服务收入 (Y05, Information technology services revenue) 1,000.00 万元 (10k yuan), of which 云服务收入 (Y06, Cloud services) 600.00 + 大数据服务收入 (Y07, Big-data services) 500.00 = 1,100.00 万元 → must-fix error. Check whether an “of which” item is counted twice, or whether something was left out of Y05.',
  },
  'T3-EMBEDDED': {
    title: 'Without embedded business the embedded-system rows must be empty',
    check:
      '是否有嵌入式系统软件业务 (B13, Has embedded-system software business) is “否” (no), but 嵌入式系统软件收入 (Y12, Embedded-system software revenue), 嵌入式系统软件出口 (Y15, Embedded-system software exports), or 嵌入式系统软件收入 (C4, Embedded-system software) of 软统企4表 (Table 4, Software revenue by category) and its breakdown items (C41–C49) have a value > 0 this year or in the same period last year.',
    example:
      'B13 is set to “否” (no), but 嵌入式系统软件收入 (Y12, Embedded-system software revenue) is filled in as 300.00 万元 (10k yuan) → must-fix error. If the enterprise does have embedded business, change B13 to “是” (yes); otherwise clear these cells.',
  },
  'T3-EMBEDDED-EMPTY': {
    title: 'Embedded business declared, but embedded revenue is 0',
    check:
      '是否有嵌入式系统软件业务 (B13, Has embedded-system software business) is “是” (yes), but 嵌入式系统软件收入 (Y12, Embedded-system software revenue) is 0 or blank this year.',
    example:
      'B13 is set to “是” (yes), and Y12 is not filled in → verify finding (needs an explanation). Fill in the embedded-system software revenue, or change B13 to “否” (no); if there really is no such revenue this year, fill in an explanation.',
  },
  'T3-STAFF-ZERO': {
    title: 'With total wages, the average number of persons may not be 0',
    check:
      '从业人员工资总额 (Y20, Total wages of persons employed) > 0, but 从业人员平均人数 (Y19, Average number of persons employed) is 0 or blank.',
    example:
      '从业人员工资总额 (Y20, Total wages of persons employed) 360.00 万元 (10k yuan), 从业人员平均人数 (Y19, Average number of persons employed) not filled in → must-fix error. Where wages were paid there were persons employed: fill in the average number for the whole year, e.g. 30.',
  },
  'T3-WAGE': {
    title: 'Average wage per person outside the plausible range',
    check:
      'When 从业人员平均人数 (Y19, Average number of persons employed) > 0, the average wage per person = 从业人员工资总额 (Y20, Total wages of persons employed) ÷ 从业人员平均人数 (Y19, Average number of persons employed) is not within 2–200 万元 (10k yuan) per person and year.',
    example:
      '从业人员工资总额 (Y20, Total wages of persons employed) is filled in as 3,600,000 (entered in yuan by mistake), 从业人员平均人数 (Y19, Average number of persons employed) 30 persons: 120,000.00 万元 (10k yuan) per person and year, outside the plausible range → verify finding (needs an explanation). Enter 360 instead (12 万元 per person); if the figures are correct, fill in an explanation.',
  },
  'T3-STAFF-AVG': {
    title: 'Average number of persons too far from the year-end number',
    check:
      'When 从业人员期末人数 (Y17, Persons employed at year end) and 从业人员平均人数 (Y19, Average number of persons employed) are both > 0: Y19 > 2 × Y17 or Y19 < 0.5 × Y17 (the average number should be 0.5–2 times the year-end number).',
    example:
      '从业人员期末人数 (Y17, Persons employed at year end) 120 persons, 从业人员平均人数 (Y19, Average number of persons employed) 40 persons, less than half the year-end number → verify finding (needs an explanation). The average number is the sum of the monthly average numbers of the year ÷ 12; check it; if heavy hiring during the year is the reason, fill in an explanation.',
  },
  // 软统企4表
  'X-T4-T3': {
    title: 'The category table and the business-indicator table must agree',
    check:
      'The category totals of 软统企4表 (Table 4, Software revenue by category) exactly equal the corresponding items of 软统企3表 (Table 3, Main business indicators): 软件产品收入 (C1, Software products) = 软件产品收入 (Y02, Software product revenue); 信息技术服务收入 (C2, IT services) = 信息技术服务收入 (Y05, Information technology services revenue); 信息安全收入 (C3, Information security) = 信息安全收入 (Y10, Information security revenue); 嵌入式系统软件收入 (C4, Embedded-system software) = 嵌入式系统软件收入 (Y12, Embedded-system software revenue); 工业软件 (C133, Industrial software) = 工业软件产品收入 (Y03, Industrial software products); 云服务 (C251, Cloud services) = 云服务收入 (Y06, Cloud services); 大数据服务 (C252, Big-data services) = 大数据服务收入 (Y07, Big-data services); 集成电路设计 (C26, IC design) = 集成电路设计收入 (Y09, Integrated-circuit design); 电子商务平台技术服务 (C27, E-commerce platform technical services) = 电子商务平台技术服务收入 (Y08, E-commerce platform technical services).',
    example:
      'In 软统企4表 (Table 4, Software revenue by category), 软件产品收入 (C1, Software products) adds up from its breakdown items to 800.00 万元 (10k yuan), while 软件产品收入 (Y02, Software product revenue) in 软统企3表 (Table 3, Main business indicators) is filled in as 850.00 万元, a difference of 50.00 万元 → must-fix error. Find which of the two tables is wrong: whether a breakdown item of Table 4 was left out, or whether too much was entered in Table 3.',
  },
  // 软统企5表
  'T5-GATE': {
    title: 'Without AI business, 软统企5表 (Table 5, AI business indicators) must be empty',
    check:
      '是否有人工智能业务 (B14, Has artificial-intelligence business) is “否” (no), but a cell of 软统企5表 (Table 5, AI business indicators) is > 0, this year or in the same period last year.',
    example:
      'B14 is set to “否” (no), but 人工智能软件收入 (A02, AI software revenue) is filled in as 120.00 万元 (10k yuan) → must-fix error. If the enterprise does have AI business, change B14 to “是” (yes); otherwise clear 软统企5表.',
  },
  'T5-EMPTY': {
    title: 'AI business declared, but AI revenue is 0',
    check:
      '是否有人工智能业务 (B14, Has artificial-intelligence business) is “是” (yes), but 人工智能业务收入合计 (A01, AI business revenue, total) is 0 this year.',
    example:
      'B14 is set to “是” (yes), none of the revenue rows of 软统企5表 (Table 5, AI business indicators) is filled in, and A01 is 0 → verify finding (needs an explanation). Fill in the AI software, services or products revenue, or change B14 to “否” (no); if there really is no such revenue this year, fill in an explanation.',
  },
  'T5-PARTS': {
    title: 'AI R&D personnel may not exceed AI personnel',
    check: '研发人员 (A08, R&D personnel) ≤ 人工智能从业人员 (A07, AI personnel).',
    example:
      '人工智能从业人员 (A07, AI personnel) 20 persons, 研发人员 (A08, R&D personnel) 25 persons → must-fix error. The AI R&D personnel are part of the AI personnel; check both figures.',
  },
  'X-AI-REVENUE': {
    title: 'AI business revenue may not exceed operating revenue',
    check: '人工智能业务收入合计 (A01, AI business revenue, total) ≤ 营业收入 (F10, Operating revenue).',
    example:
      '人工智能业务收入合计 (A01, AI business revenue, total) 1,500.00 万元 (10k yuan), 营业收入 (F10, Operating revenue) 1,200.00 万元 → must-fix error. AI business revenue is part of operating revenue: check both tables, and note that both are in 万元.',
  },
  'X-AI-RD': {
    title: 'AI R&D expenditure may not exceed R&D expenditure',
    check:
      'When 研发经费支出 (F28, R&D expenditure) is filled in, 人工智能研发经费 (A06, AI R&D expenditure) ≤ 研发经费支出 (F28, R&D expenditure). Not checked when F28 is blank.',
    example:
      '研发经费支出 (F28, R&D expenditure) 200.00 万元 (10k yuan), 人工智能研发经费 (A06, AI R&D expenditure) 260.00 万元 → must-fix error. AI R&D expenditure is part of the enterprise’s R&D expenditure: check both tables.',
  },
  'X-AI-STAFF': {
    title: 'AI personnel may not exceed the corresponding personnel of the enterprise',
    check:
      '人工智能从业人员 (A07, AI personnel) ≤ 从业人员期末人数 (Y17, Persons employed at year end); 研发人员 (A08, R&D personnel) ≤ 研发人员 (Y18, R&D personnel).',
    example:
      '从业人员期末人数 (Y17, Persons employed at year end) 50 persons, 人工智能从业人员 (A07, AI personnel) 60 persons → must-fix error. The AI personnel are part of the enterprise’s persons employed: check both tables.',
  },
};
