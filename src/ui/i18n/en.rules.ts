// English texts of the rules (title, what it checks, example), by edition and rule id. Loaded only
// in English mode, with the rest of the English dictionary.
// Conventions as in en.indicators.ts: an indicator is written "中文名 (code, gloss)" with the
// catalog's English gloss; Chinese in “…” quotes is what the user types or sees elsewhere (code list
// entries, typed values) and is glossed after it; 万元 and 万美元 stay, glossed at their first mention
// in each text; the three severities are "must-fix error", "verify finding (needs an explanation)"
// and "hint"; 审核说明 is "explanation".
export interface RuleTextEn {
  readonly title: string;
  readonly check: string;
  readonly example: string;
}

const edition2020: Readonly<Record<string, RuleTextEn>> = {
  // Cell rules
  'F-REQ': {
    title: 'Required items may not be blank',
    check:
      'Cells marked “required” in the tables may not be blank; only the main column is checked (the “Content” column of 软统企1表 (Table 1, Basic information), “This year” in the annual return, “Year to date” in the monthly report). The embedded-system software rows are required only when 是否有嵌入式系统软件业务 (B13, Has embedded-system software business) is “是” (yes), and 软统企5表 (Table 5, AI business indicators) only when 是否有人工智能业务 (B14, Has artificial-intelligence business) is “是” (yes).',
    example:
      'The “This year” column of 营业收入 (F10, Operating revenue) is empty → must-fix error “Required item ‘营业收入’ is blank”. Even if there really was no operating revenue this year, enter 0; do not leave it blank.',
  },
  'F-NUM': {
    title: 'Numeric cells take numbers only',
    check:
      'Amount, person-count, item-count and percentage cells take numbers only, optionally with a decimal point, a minus sign and thousands-separator commas, but no units or words. What was typed wrongly is kept in the cell, not discarded.',
    example:
      '主营业务收入 (F11, Main business revenue) is filled in as “约1200万元” (“about 1200 万元”) → must-fix error. The unit already is 万元 (10k yuan): change it to 1200, without words such as “约” (about) or “万元”.',
  },
  'F-DEC': {
    title: 'Amounts have at most 2 decimal places, percentages at most 1',
    check:
      'Amounts in 万元 (10k yuan) or 万美元 (10k USD) are kept to at most 2 decimal places; percentages to at most 1 decimal place.',
    example:
      '营业收入 (F10, Operating revenue) is filled in as 1234.567 → must-fix error. Round it to 1234.57 万元 (10k yuan).',
  },
  'F-INT': {
    title: 'Numbers of persons and items must be whole numbers',
    check:
      'Cells whose unit is “人” (persons) or “件” (items) must be whole numbers, e.g. 从业人员期末人数 (Y17, Persons employed at year end), 从业人员平均人数 (Y19, Average number of persons employed), 人工智能相关专利及软件著作权 (A09, AI patents and software copyrights).',
    example:
      '从业人员平均人数 (Y19, Average number of persons employed) is filled in as 85.5 → must-fix error. Round the average number to a whole number: enter 86.',
  },
  'F-NEG': {
    title: 'This indicator may not be negative',
    check:
      "Numeric cells may not be negative; only the following indicators may be: 所有者权益合计 (F04, Total owners' equity), 财务费用 (F18, Financial expenses), 营业利润 (F20, Operating profit), 利润总额 (F23, Total profit), 所得税费用 (F24, Income tax expenses), 净利润 (F25, Net profit), 应交增值税 (F26, VAT payable), and 利润总额 (2090, Total profit) of the monthly report.",
    example:
      '营业收入 (F10, Operating revenue) is filled in as -50 → must-fix error. Operating revenue cannot be negative: check it and change it to a positive number or 0. A loss shows in 营业利润 (F20, Operating profit), 利润总额 (F23, Total profit) and 净利润 (F25, Net profit).',
  },
  'F-MAGNITUDE': {
    title: 'Amount too large: possibly entered in yuan',
    check:
      'The value (absolute) of an amount cell is ≥ 10,000,000 in its unit, 万元 (10k yuan) or 万美元 (10k USD): it may have been entered in “元” (yuan) by mistake.',
    example:
      '营业收入 (F10, Operating revenue) is filled in as 35,000,000 → verify finding (needs an explanation). The enterprise’s actual operating revenue is 3500 万元 (10k yuan), but it was entered in “元” (yuan) as 35,000,000; enter 3500 instead (1 万元 = 10,000 yuan). If the figure is correct, fill in an explanation.',
  },
  // 软统企1表
  'B-USCC': {
    title: 'Unified social credit code: wrong format or check character',
    check:
      '统一社会信用代码 (B01, Unified social credit code) must be 18 characters long, containing only digits and the letters A–H, J–N, P, Q, R, T, U, W, X, Y (I, O, S, V, Z are not used); characters 3–8 are 6 digits (the administrative division code of the registration authority), and character 18, the check character, must agree with GB 32100.',
    example:
      '统一社会信用代码 (B01, Unified social credit code) is filled in as 91500103MA5U00000C → must-fix error “The check character (character 18) should be ‘D’ but is ‘C’”. Check it character by character against the business licence and change it to 91500103MA5U00000D.',
  },
  'B-USCC-TYPE': {
    title: 'Unified social credit code is not an enterprise code starting with 91',
    check:
      '统一社会信用代码 (B01, Unified social credit code) is valid but does not start with “91”, i.e. the entity is not an enterprise registered with the market regulation authority (survey respondents should be independent legal-person enterprises).',
    example:
      '统一社会信用代码 (B01, Unified social credit code) starts with “52” (a private non-enterprise entity registered with the civil affairs authority) → verify finding (needs an explanation). Check what kind of entity this is; if the code is correct, state in the explanation why this entity is included in the survey.',
  },
  'B-USCC-REGION': {
    title: 'Unified social credit code registered outside Chongqing',
    check:
      '统一社会信用代码 (B01, Unified social credit code) is valid, but characters 3–4 are not “50”, i.e. the registration authority is not in Chongqing Municipality.',
    example:
      '统一社会信用代码 (B01, Unified social credit code) is 91110000600037341L; characters 3–8 are 110000 (Beijing Municipality) → hint. The survey covers enterprises registered in this municipality: confirm where this enterprise is registered, or check whether the code of the head office was entered by mistake.',
  },
  'B-REGION': {
    title: 'Administrative division code not in the list of divisions',
    check:
      '区划代码 (B05, Administrative division code) must be a 6-digit district or county administrative division code from the list of divisions of this survey system.',
    example:
      '区划代码 (B05, Administrative division code) is filled in as 500100 (the summary code of “市辖区” (the municipal districts), not a district or county code) → must-fix error. Choose from the list the district or county where the entity is located, e.g. “渝中区” (Yuzhong District) 500103.',
  },
  'B-UNIT': {
    title: 'Review unit not in the list of review units',
    check:
      '管理单元 (B06, Review unit) must be an entry of the list of review units of this survey system: a district or county, or “两江新区” (Liangjiang New Area), “重庆高新区” (Chongqing High-tech Zone) or “万盛经开区” (Wansheng Economic Development Zone).',
    example:
      'In a return imported from an outside file, 管理单元 (B06, Review unit) is “渝中区经信委” (Yuzhong District Economy and Information Technology Commission) → must-fix error. Choose from the list the district, county or development zone that reviews this entity’s returns, e.g. “渝中区” (Yuzhong District).',
  },
  'B-UNIT-MISMATCH': {
    title: 'Review unit does not match the administrative division code',
    check:
      '管理单元 (B06, Review unit) is a district or county, but not the district or county of 区划代码 (B05, Administrative division code). Not checked when the review unit is “两江新区” (Liangjiang New Area), “重庆高新区” (Chongqing High-tech Zone) or “万盛经开区” (Wansheng Economic Development Zone).',
    example:
      '区划代码 (B05, Administrative division code) is 500103 “渝中区” (Yuzhong District), but “江北区” (Jiangbei District) was chosen as 管理单元 (B06, Review unit) → verify finding (needs an explanation). Usually the district or county where the entity is located, “渝中区” (Yuzhong District), should be chosen; enterprises located in a development zone choose that zone; if the entity really is managed by “江北区” (Jiangbei District), fill in an explanation.',
  },
  'B-REGTYPE': {
    title: 'Invalid registration type code',
    check:
      '登记注册类型 (B07, Registration type) must be a 3-digit code from the list of registration types.',
    example:
      '登记注册类型 (B07, Registration type) is filled in as 170 → must-fix error (170 is the broad category of private enterprises, not a selectable code). Choose according to the business licence, e.g. 173 “私营有限责任公司” (private limited liability company).',
  },
  'B-CONTROL': {
    title: 'Invalid controlling-shareholder code',
    check:
      '企业控股情况 (B08, Controlling shareholder type) must be one of 1 “国有控股” (state-controlled), 2 “集体控股” (collectively controlled), 3 “私人控股” (privately controlled), 4 “港澳台商控股” (controlled by Hong Kong, Macao or Taiwan investors), 5 “外商控股” (foreign-controlled), 9 “其他” (other).',
    example:
      '企业控股情况 (B08, Controlling shareholder type) is filled in as 6 → must-fix error. An enterprise controlled by natural persons chooses 3 “私人控股” (privately controlled).',
  },
  'B-INDUSTRY': {
    title: 'Industry code is not a GB/T 4754-2017 class code',
    check:
      '行业代码 (B09, Industry code (GB/T 4754-2017)) must be a 4-digit class code of GB/T 4754-2017 “国民经济行业分类” (Industrial classification for national economic activities).',
    example:
      '行业代码 (B09, Industry code (GB/T 4754-2017)) is filled in as 65 (a division code) → must-fix error. Enter a 4-digit class code, e.g. 6513 (application software development) or 6531 (information system integration services).',
  },
  'B-INDUSTRY-MIX': {
    title: 'Industry code does not match the revenue structure',
    check:
      'When 主营业务收入 (F11, Main business revenue) > 0, 行业代码 (B09, Industry code (GB/T 4754-2017)) does not match the revenue structure, i.e. one of: ① B09 is in division 65 (except 6520), but 软件业务收入合计 (Y01, Software business revenue, total) < 50% of 主营业务收入 (F11, Main business revenue); ② B09 is 6520 integrated-circuit design, but 集成电路设计收入 (Y09, Integrated-circuit design) < 50% of F11; ③ B09 is not in division 64 or 65, but Y01 ≥ 50% of F11.',
    example:
      '行业代码 (B09, Industry code (GB/T 4754-2017)) is 6513 application software development, 主营业务收入 (F11, Main business revenue) 2,000.00 万元 (10k yuan), 软件业务收入合计 (Y01, Software business revenue, total) 600.00 万元 (30%) → verify finding (needs an explanation). Check whether the industry code was determined by the main business activity (an enterprise that mainly sells hardware should change to the corresponding industry), or whether Y01 was left out; if the figures are correct, fill in an explanation.',
  },
  'B-FOUNDED': {
    title: 'Founding date invalid or later than the reporting period',
    check:
      '成立时间 (B11, Founded (year-month)) is not a valid year and month (“年-月”, year-month, with the year not earlier than 1900), or is later than the end of the reporting period (for an annual return, month 12 (December) of the reporting year).',
    example:
      'In the 2020 annual return, 成立时间 (B11, Founded (year-month)) is filled in as 2021-02 → must-fix error: an enterprise not yet founded at the end of the reporting period (2020-12) should not file a 2020 annual return. Enter the date of establishment on the business licence, e.g. 2015-06.',
  },
  'B-PHONE': {
    title: 'Telephone number in the wrong format',
    check:
      '联系电话 (B23, Telephone) is neither an 11-digit mobile number nor a landline number with area code (an area code of 3–4 digits starting with 0, a number of 7–8 digits, optionally separated by “-”).',
    example:
      '联系电话 (B23, Telephone) is filled in as “63896259转801” (63896259 extension 801) → must-fix error. Enter 023-63896259 or a mobile number such as 13812345678; do not enter an extension or several numbers.',
  },
  'B-EMAIL': {
    title: 'E-mail address in the wrong format',
    check:
      '电子邮箱 (B24, E-mail) is filled in but is not an e-mail address of the form “名称@域名” (name@domain). Not checked when left blank.',
    example:
      '电子邮箱 (B24, E-mail) is filled in as “zhangsan@qq” → must-fix error. Enter the full address, e.g. zhangsan@qq.com, or leave it blank.',
  },
  'B-POSTCODE': {
    title: 'Postal code is not 6 digits',
    check: '邮政编码 (B25, Postal code) is filled in but is not 6 digits. Not checked when left blank.',
    example:
      '邮政编码 (B25, Postal code) is filled in as 40001 → must-fix error. A postal code has 6 digits, e.g. 400010 for “渝中区” (Yuzhong District).',
  },
  'B-DATE': {
    title: 'Invalid date of submission',
    check:
      '报出日期 (B26, Date of submission) is not a valid date (“年-月-日”, year-month-day, with the year not earlier than 1900).',
    example:
      '报出日期 (B26, Date of submission) is filled in as 2021-02-30 → must-fix error (February, month 2, has no day 30). Enter the actual date of submission, e.g. 2021-03-15.',
  },
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
  // Across tables
  'X-T3-T2-TOTAL': {
    title: 'Software business revenue may not exceed operating revenue',
    check: '软件业务收入合计 (Y01, Software business revenue, total) ≤ 营业收入 (F10, Operating revenue).',
    example:
      '软件业务收入合计 (Y01, Software business revenue, total) 2,600.00 万元 (10k yuan), 营业收入 (F10, Operating revenue) 2,500.00 万元 → must-fix error. Software business revenue is part of operating revenue: check both tables, and note that both are in 万元.',
  },
  'X-T3-T2-MAIN': {
    title: 'Software business revenue exceeds main business revenue',
    check:
      '软件业务收入合计 (Y01, Software business revenue, total) ≤ 营业收入 (F10, Operating revenue), but Y01 > 主营业务收入 (F11, Main business revenue).',
    example:
      '营业收入 (F10, Operating revenue) 2,500.00 万元 (10k yuan), 主营业务收入 (F11, Main business revenue) 1,800.00 万元, 软件业务收入合计 (Y01, Software business revenue, total) 2,000.00 万元 → verify finding (needs an explanation). Software business revenue is usually part of main business revenue: check whether F11 leaves out the software business; if the figures are correct, fill in an explanation.',
  },
  'X-HWCOST': {
    title: 'Hardware costs may not exceed main business costs',
    check: '硬件成本 (Y21, Hardware costs) ≤ 主营业务成本 (F13, Main business costs).',
    example:
      '硬件成本 (Y21, Hardware costs) 900.00 万元 (10k yuan), 主营业务成本 (F13, Main business costs) 700.00 万元 → must-fix error. Hardware costs are part of main business costs: check both tables.',
  },
  'X-EXPORT': {
    title: 'Software business exports converted to yuan exceed software business revenue',
    check:
      '软件业务出口 (Y13, Software business exports), in 万美元 (10k USD), × the USD exchange rate > 软件业务收入合计 (Y01, Software business revenue, total), in 万元 (10k yuan). The exchange rate is the one this survey system sets for the year the column belongs to.',
    example:
      '软件业务出口 (Y13, Software business exports) 100.00 万美元 (10k USD) × exchange rate 6.9 = 690.00 万元 (10k yuan), more than 软件业务收入合计 (Y01, Software business revenue, total) 500.00 万元 → verify finding (needs an explanation). Check whether the exports were entered in yuan (RMB) by mistake (exports are in 万美元), and whether Y01 leaves something out; if the figures are correct, fill in an explanation.',
  },
  'X-EXPORT-EMBEDDED': {
    title: 'Embedded-system exports converted to yuan exceed embedded-system revenue',
    check:
      '嵌入式系统软件出口 (Y15, Embedded-system software exports), in 万美元 (10k USD), × the USD exchange rate > 嵌入式系统软件收入 (Y12, Embedded-system software revenue), in 万元 (10k yuan). The exchange rate is the one this survey system sets for the year the column belongs to.',
    example:
      '嵌入式系统软件出口 (Y15, Embedded-system software exports) 50.00 万美元 (10k USD) × exchange rate 6.9 = 345.00 万元 (10k yuan), more than 嵌入式系统软件收入 (Y12, Embedded-system software revenue) 300.00 万元 → verify finding (needs an explanation). Check whether the exports were entered in 万美元; if the figures are correct, fill in an explanation.',
  },
  'X-WAGE-PAYABLE': {
    title: 'Total wages exceed the credits to employee remuneration payable',
    check:
      '从业人员工资总额 (Y20, Total wages of persons employed) > 应付职工薪酬（本年贷方累计发生额） (F27, Employee remuneration payable (credits this year)).',
    example:
      '从业人员工资总额 (Y20, Total wages of persons employed) 480.00 万元 (10k yuan), 应付职工薪酬（本年贷方累计发生额） (F27, Employee remuneration payable (credits this year)) 420.00 万元 → verify finding (needs an explanation). Total wages are usually not more than the credits to this account this year: check against the trial balance (account balances); if the figures are correct, fill in an explanation.',
  },
  'X-SCOPE': {
    title: 'The enterprise meets none of the survey scope criteria',
    check:
      'The enterprise meets none of the inclusion criteria of the survey scope (amounts in 万元 (10k yuan)): (a) 行业代码 (B09, Industry code (GB/T 4754-2017)) is in division 65, and 主营业务收入 (F11, Main business revenue) ≥ 500; (b) F11 ≥ 1000, and 软件业务收入合计 (Y01, Software business revenue, total) ≥ 30% of F11; (c) 是否集成电路设计企业 (B15, Is an IC design enterprise) is “是” (yes) or B09 is 6520, and 集成电路设计收入 (Y09, Integrated-circuit design) ≥ 60% of F11, and F11 ≥ 500. The message says which criterion comes closest and where it falls short.',
    example:
      '行业代码 (B09, Industry code (GB/T 4754-2017)) 5273 retail of computers, software and auxiliary equipment, 主营业务收入 (F11, Main business revenue) 800.00 万元 (10k yuan), 软件业务收入合计 (Y01, Software business revenue, total) 300.00 万元 → verify finding (needs an explanation): not in division 65, and F11 is below 1000 万元 as well. Check F11, Y01 and B09; if the data are correct, state in the explanation why the enterprise is included in the survey.',
  },
  'Y-YOY': {
    title: 'Year-on-year change of more than 50%',
    check:
      'Checked item by item for 营业收入 (F10, Operating revenue), 主营业务收入 (F11, Main business revenue), 软件业务收入合计 (Y01, Software business revenue, total) and 从业人员期末人数 (Y17, Persons employed at year end): same period last year > 0, and |this year − same period last year| ÷ same period last year > 50%.',
    example:
      '营业收入 (F10, Operating revenue) this year 3,200.00 万元 (10k yuan), same period last year 2,000.00 万元, an increase of 60.0% → verify finding (needs an explanation). Check the figures for this year and for the same period last year; if they are correct, state the reason in the explanation, e.g. business expansion, a merger or a restructuring.',
  },
  'Y-LASTYEAR': {
    title: 'Same-period-last-year figure differs from last year’s annual return',
    check:
      'When this enterprise’s annual return of the previous year is saved on this computer, a value in the “Same period last year” column of a table of this annual return differs from the “This year” figure of the same indicator in last year’s annual return. Only tables in which the enterprise filled in the same-period-last-year column are compared.',
    example:
      'In the 2020 annual return, the same period last year of 营业收入 (F10, Operating revenue) is filled in as 2,050.00 万元 (10k yuan), while the this-year figure of operating revenue in the 2019 annual return saved on this computer is 2,000.00 万元, a difference of 50.00 万元 → verify finding (needs an explanation). Same-period-last-year figures should agree with last year’s annual return; if last year’s data were adjusted as the rules require, fill in an explanation.',
  },
  'X-MONTH-DEC': {
    title: 'Annual return differs too much from the monthly report for month 12 (December)',
    check:
      'When the monthly report for month 12 (December) of the same year is saved on this computer, an annual figure differs from the year-to-date figure of the December monthly report by more than 5% of the annual figure. Compared: 主营业务收入 (F11, Main business revenue) ↔ 主营业务收入 (2010, Main business revenue), 软件业务收入合计 (Y01, Software business revenue, total) ↔ 软件业务收入合计 (2020, Software business revenue, total), 软件业务出口 (Y13, Software business exports) ↔ 软件业务出口 (2040, Software business exports), 利润总额 (F23, Total profit) ↔ 利润总额 (2090, Total profit), 从业人员工资总额 (Y20, Total wages of persons employed) ↔ 从业人员工资总额 (2111, Total wages of persons employed), 从业人员平均人数 (Y19, Average number of persons employed) ↔ 从业人员平均人数 (2112, Average number of persons employed).',
    example:
      'Annual return: 主营业务收入 (F11, Main business revenue) 1,000.00 万元 (10k yuan); monthly report for month 12 (December) of the same year: 主营业务收入 (2010, Main business revenue) year to date 900.00 万元; a difference of 100.00 万元 (10.0%) → verify finding (needs an explanation). The annual figure should broadly agree with the year-to-date figure of the December monthly report; if they differ for reasons such as year-end audit adjustments, fill in an explanation.',
  },
  'A-LATE': {
    title: 'The annual return deadline has passed',
    check:
      'Today is later than the annual return deadline set by this survey system (counted in days; the deadline day itself is not late).',
    example:
      'The deadline of the 2020 annual return is 2021-03-20 18:00, and today is 2021-03-23 → hint “3 days overdue”. Finish the review and submit as soon as possible, and contact the district or county (review unit) where the enterprise is located.',
  },
  // Monthly report
  'M-PERIOD': {
    title: 'Reporting period not a month of this survey system, or not yet over',
    check:
      'The reporting period of the monthly report is not a month of the monthly-report year of this survey system (2021), or that month is not yet over (a monthly report can be filled in only after its month has ended).',
    example:
      'A monthly report for the reporting period 2021-05 is filled in on 2021-05-20 → must-fix error: May (month 5) is not yet over. Fill in the data for May at the beginning of June (month 6).',
  },
  'M-JAN': {
    title: 'Month 1 (January) has no year-to-date figure of a previous month',
    check:
      'In the monthly report for month 1 (January), the “Year to date, previous month” column should be empty; it may not contain non-zero values.',
    example:
      'In the 2021-01 monthly report, “Year to date, previous month” of 软件产品收入 (2021, Software product revenue) is filled in as 120.00 → must-fix error. January has no previous month to add up: clear the “Year to date, previous month” column in the month 1 report.',
  },
  'M-PARTS': {
    title: 'The “of which” items may not add up to more than the total',
    check:
      'Each column is checked separately: 工业软件产品收入 (20212, Industrial software products) ≤ 软件产品收入 (2021, Software product revenue); 云服务收入 (20221, Cloud services) + 大数据服务收入 (20222, Big-data services) + 电子商务平台技术服务收入 (20224, E-commerce platform technical services) + 集成电路设计收入 (20225, Integrated-circuit design) ≤ 信息技术服务收入 (2022, IT services revenue).',
    example:
      '信息技术服务收入 (2022, IT services revenue) year to date 300.00 万元 (10k yuan), of which 云服务收入 (20221, Cloud services) 200.00 + 大数据服务收入 (20222, Big-data services) 150.00 = 350.00 万元 → must-fix error. Check whether an “of which” item is counted twice.',
  },
  'M-EMBEDDED': {
    title: 'Without embedded business the embedded-system rows must be empty',
    check:
      '是否有嵌入式系统软件业务 (B13, Has embedded-system software business) is “否” (no), but a column of 嵌入式系统软件收入 (2024, Embedded-system software revenue) or 嵌入式系统软件出口 (2042, Embedded-system software exports) is > 0.',
    example:
      'B13 is set to “否” (no), but 嵌入式系统软件收入 (2024, Embedded-system software revenue) year to date is filled in as 80.00 万元 (10k yuan) → must-fix error. If the enterprise does have embedded business, change B13 to “是” (yes); otherwise clear these cells.',
  },
  'M-MAIN': {
    title: 'Software business revenue exceeds main business revenue',
    check:
      '软件业务收入合计 (2020, Software business revenue, total) > 主营业务收入 (2010, Main business revenue); each column is checked separately.',
    example:
      '主营业务收入 (2010, Main business revenue) year to date 500.00 万元 (10k yuan), 软件业务收入合计 (2020, Software business revenue, total) 560.00 万元 → verify finding (needs an explanation). Check whether main business revenue leaves out the software business; if the figures are correct, fill in an explanation.',
  },
  'M-DECREASE': {
    title: 'Year-to-date figure smaller than the previous month’s',
    check:
      'Year to date < year to date of the previous month (a cumulative figure should not decrease), checked item by item: 主营业务收入 (2010, Main business revenue), 软件产品收入 (2021, Software product revenue), 信息技术服务收入 (2022, IT services revenue), 信息安全收入 (2023, Information security revenue), 嵌入式系统软件收入 (2024, Embedded-system software revenue), 软件外包服务出口 (2041, Software outsourcing exports), 嵌入式系统软件出口 (2042, Embedded-system software exports), 其他软件业务出口 (2043, Other software exports), 研发经费 (2110, R&D expenditure), 从业人员工资总额 (2111, Total wages of persons employed).',
    example:
      'In the 2021-04 monthly report, 主营业务收入 (2010, Main business revenue) year to date is filled in as 150.00 万元 (10k yuan), by mistake the figure of April (month 4) alone, while the previous month’s year to date is 420.00 万元 → verify finding (needs an explanation). Enter the cumulative figure for months 1–4; if it really decreased, e.g. because of returns or write-downs, fill in an explanation.',
  },
  'M-YOY': {
    title: 'Year-on-year change of more than 50%',
    check:
      'Checked item by item for 主营业务收入 (2010, Main business revenue) and 软件业务收入合计 (2020, Software business revenue, total): year to date last year > 0, and |year to date − year to date last year| ÷ year to date last year > 50%.',
    example:
      '软件业务收入合计 (2020, Software business revenue, total) year to date 300.00 万元 (10k yuan), year to date last year 800.00 万元, a decrease of 62.5% → verify finding (needs an explanation). Check the figures of both columns; if they are correct, state the reason in the explanation, e.g. a change of business.',
  },
  'M-WAGE': {
    title: 'Annualised average wage per person outside the plausible range',
    check:
      'When 从业人员平均人数 (2112, Average number of persons employed) > 0, the annualised average wage per person = 从业人员工资总额 (2111, Total wages of persons employed) ÷ 从业人员平均人数 (2112, Average number of persons employed) × 12 ÷ number of months covered is not within 2–200 万元 (10k yuan).',
    example:
      'In the monthly report for month 3 (March), 从业人员工资总额 (2111, Total wages of persons employed) year to date is filled in as 900,000 (entered in yuan by mistake), 从业人员平均人数 (2112, Average number of persons employed) 30 persons: 900,000 ÷ 30 × 12 ÷ 3 = annualised 120,000.00 万元 (10k yuan) per person → verify finding (needs an explanation). Enter 90 instead (annualised 12 万元 per person); if the figures are correct, fill in an explanation.',
  },
  'M-EXPORT': {
    title: 'Software business exports converted to yuan exceed software business revenue',
    check:
      '软件业务出口 (2040, Software business exports), in 万美元 (10k USD), × the USD exchange rate > 软件业务收入合计 (2020, Software business revenue, total), in 万元 (10k yuan); each column is checked separately. The exchange rate is the one this survey system sets for the year the column belongs to.',
    example:
      '软件业务出口 (2040, Software business exports) year to date 80.00 万美元 (10k USD) × exchange rate 6.45 = 516.00 万元 (10k yuan), more than 软件业务收入合计 (2020, Software business revenue, total) 450.00 万元 → verify finding (needs an explanation). Check whether the exports were entered in 万美元; if the figures are correct, fill in an explanation.',
  },
  'M-STAFF-JUMP': {
    title: 'Average number of persons changed by more than 20% from the previous month',
    check:
      'When the previous month’s monthly report is saved on this computer, the year-to-date figure of 从业人员平均人数 (2112, Average number of persons employed) differs by more than 20% from the figure in the previous month’s report (previous month > 0).',
    example:
      'In the monthly report for month 5 (May), 从业人员平均人数 (2112, Average number of persons employed) is filled in as 130 persons, while the report for month 4 (April) has 100 persons, an increase of 30.0% → verify finding (needs an explanation). The average number is the average of the year so far and usually changes gradually: check it; if it is correct, fill in an explanation.',
  },
  'M-LATE': {
    title: 'The monthly report deadline has passed',
    check:
      'Today is later than the monthly report deadline: the 15th of the month after the reporting month (counted in days; the deadline day itself is not late).',
    example:
      'The 2021-02 monthly report had to be submitted by 2021-03-15 23:59, and today is 2021-03-17 → hint “2 days overdue”. Fill in and submit the report as soon as possible.',
  },
};

export const enRules: Readonly<Record<string, Readonly<Record<string, RuleTextEn>>>> = {
  '2020': edition2020,
};
