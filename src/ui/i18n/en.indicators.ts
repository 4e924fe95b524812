// English 口径 (help) of every indicator and the provenance note of every table, by edition.
// Loaded only in English mode. Indicator names themselves stay Chinese (with nameEn as a gloss).
// An indicator mentioned inside a text is written "中文名 (code, gloss)"; Chinese in “…” quotes is
// what the user sees elsewhere (statement line items, choices, examples) and is kept as is.
export interface EditionTextsEn {
  /** By table id, then indicator code. */
  readonly help: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** By table id. */
  readonly provenance: Readonly<Record<string, string>>;
}

const edition2020: EditionTextsEn = {
  help: {
    // 软统企1表 (the annual and the monthly version share the codes and texts).
    T1: {
      B01: 'The 18-character unified social credit code (GB 32100) as on the business licence. The app removes spaces and hyphens, converts it to upper case and verifies the last character (the check character).',
      B02: 'Taken automatically from characters 9–17 of 统一社会信用代码 (B01, Unified social credit code); nothing to enter.',
      B03: 'The full name of the entity as on the business licence, not an abbreviation; 2–100 characters.',
      B04: 'The detailed address where the entity actually operates, down to the street number.',
      B05: 'The 6-digit county-level administrative division code (GB/T 2260) of the place where the entity is located; choose it from the list.',
      B06: 'The district, county or development zone that collects and reviews this entity’s returns. Defaults to the district or county where the entity is located; enterprises in “两江新区” (Liangjiang New Area), “重庆高新区” (Chongqing High-tech Zone) or “万盛经开区” (Wansheng Economic Development Zone) choose the corresponding zone by hand.',
      B07: 'The 3-digit code of the registration type under which the entity is registered with the market regulation authority (NBS document Guotongzi [2011] No. 86).',
      B08: 'Choose by the category of the controlling party in the paid-in capital: state-owned, collective, private, Hong Kong/Macao/Taiwan-controlled, foreign-controlled, or other.',
      B09: 'The 4-digit class code of the national economic industry classification (GB/T 4754-2017), determined by the main business activity; software enterprises are usually in division 65.',
      B10: 'One or two sentences naming the main products or services, e.g. “应用软件开发、信息系统集成服务” (application software development, information system integration services).',
      B11: 'The date of establishment on the business licence, as year-month (YYYY-MM); it may not be later than the end of the reporting period.',
      B12: 'Determined automatically as large, medium, small or micro from 从业人员期末人数 (Y17, Persons employed at year end) and 营业收入 (F10, Operating revenue); nothing to enter.',
      B13: 'Choose “是” (yes) when the enterprise has embedded-system software revenue or exports; the embedded-system rows must then be filled in. Otherwise choose “否” (no), and those rows must stay blank.',
      B14: 'Choose “是” (yes) when the enterprise has revenue from artificial-intelligence software, services or products, and fill in 软统企5表; otherwise choose “否” (no).',
      B15: 'Choose “是” (yes) if the enterprise mainly does integrated-circuit design, or if its integrated-circuit design and testing revenue is 60% or more of 主营业务收入 (F11, Main business revenue) (survey scope, item 3).',
      B16: 'Choose “是” (yes) if the enterprise is listed on a stock exchange in China or abroad.',
      B20: 'Name of the entity’s legal representative or principal head.',
      B21: 'Name of the head of statistics, who is responsible for the data in this table.',
      B22: 'Name of the person who actually fills in this table; the reviewers contact this person.',
      B23: 'The preparer’s mobile number (11 digits) or landline number (area code-number, e.g. 023-63896259).',
      B24: 'The preparer’s e-mail address; optional.',
      B25: 'The 6-digit postal code of the place where the entity is located; optional.',
      B26: 'The date on which the return is submitted (YYYY-MM-DD); defaults to today.',
    },
    // 软统企2表
    T2: {
      F01: "Closing balance of “资产总计” (Total assets) on the balance sheet; it should equal 负债合计 (F03, Total liabilities) plus 所有者权益合计 (F04, Total owners' equity).",
      F02: 'Closing balance of “流动资产合计” (Total current assets) on the balance sheet; not greater than 资产总计 (F01, Total assets).',
      F03: 'Closing balance of “负债合计” (Total liabilities) on the balance sheet.',
      F04: "Closing balance of “所有者权益（或股东权益）合计” (Total owners' (or shareholders') equity) on the balance sheet; negative when the liabilities exceed the assets (insolvency).",
      F10: 'Cumulative amount for the year of “营业收入” (Operating revenue) on the income statement, including 主营业务收入 (F11, Main business revenue) and other business revenue.',
      F11: 'Revenue from the enterprise’s regular, main business; the survey scope is judged by this item. Enterprises under the new accounting standards whose statements do not show it separately work it out by analysis, on the main-business basis.',
      F12: 'Cumulative amount for the year of “营业成本” (Operating costs) on the income statement.',
      F13: 'The costs corresponding to 主营业务收入 (F11, Main business revenue), including 硬件成本 (Y21, Hardware costs).',
      F14: 'Cumulative amount for the year of “税金及附加” (Taxes and surcharges) on the income statement, including urban maintenance and construction tax, education surcharge and the like.',
      F15: 'Cumulative amount for the year of “销售费用” (Selling expenses) on the income statement.',
      F16: 'Cumulative amount for the year of “管理费用” (Administrative expenses) on the income statement (excluding 研发费用 (F17, R&D expenses), which is shown separately).',
      F17: 'Cumulative amount for the year of “研发费用” (R&D expenses) on the income statement (research and development spending that is expensed).',
      F18: 'Cumulative amount for the year of “财务费用” (Financial expenses) on the income statement; negative when interest income exceeds interest expenditure.',
      F19: 'The interest expenditure included in 财务费用 (F18, Financial expenses).',
      F20: 'Cumulative amount for the year of “营业利润” (Operating profit) on the income statement; enter a loss as a negative number.',
      F21: 'Cumulative amount for the year of “营业外收入” (Non-operating income) on the income statement.',
      F22: 'Cumulative amount for the year of “营业外支出” (Non-operating expenses) on the income statement.',
      F23: '“利润总额” (Total profit) on the income statement, equal to 营业利润 (F20, Operating profit) plus 营业外收入 (F21, Non-operating income) minus 营业外支出 (F22, Non-operating expenses); enter a loss as a negative number.',
      F24: 'Cumulative amount for the year of “所得税费用” (Income tax expenses) on the income statement; it can be negative through the effect of deferred income tax.',
      F25: '“净利润” (Net profit) on the income statement, equal to 利润总额 (F23, Total profit) minus 所得税费用 (F24, Income tax expenses); enter a loss as a negative number.',
      F26: 'Cumulative amount incurred this year on “应交税费—应交增值税” (Taxes payable – VAT payable), i.e. output tax minus input tax and the like; it can be negative when input tax is carried forward as a credit.',
      F27: 'Total credit entries this year on the account “应付职工薪酬” (Employee remuneration payable), reflecting all kinds of remuneration payable to employees for the whole year; usually not less than 从业人员工资总额 (Y20, Total wages of persons employed).',
      F28: 'All actual expenditure this year on research and experimental development activities, including the expensed and the capitalised part.',
    },
    // 软统企3表
    T3: {
      Y01: 'Sum of the four revenues 软件产品收入 (Y02, Software product revenue), 信息技术服务收入 (Y05, Information technology services revenue), 信息安全收入 (Y10, Information security revenue) and 嵌入式系统软件收入 (Y12, Embedded-system software revenue); computed automatically.',
      Y02: 'Revenue from selling software products developed in-house or sold as an agent (including software sold with hardware); enter 0 if none.',
      Y03: 'Revenue from software products used in industrial R&D and design, production control, business management and similar stages.',
      Y05: 'Revenue from services such as IT consulting, system integration, operation and maintenance, data processing and storage, and integrated-circuit design; enter 0 if none.',
      Y06: 'Revenue from services such as IaaS, PaaS and SaaS provided by way of cloud computing.',
      Y07: 'Revenue from big-data services such as data collection, storage, analysis and trading.',
      Y08: 'Revenue from technical support services provided to e-commerce platforms (excluding the value of goods sold).',
      Y09: 'Revenue from integrated-circuit design (including testing) services and from design products.',
      Y10: 'Revenue from information security products and information security services; enter 0 if none.',
      Y12: 'Revenue from system software and application software embedded in hardware and sold together with it; fill in only when “是否有嵌入式系统软件业务” (B13, Has embedded-system software business) is “是” (yes).',
      Y13: 'Revenue from software products and services provided abroad, in 10k USD; computed automatically.',
      Y14: 'Revenue from software outsourcing services undertaken for clients abroad, in 10k USD.',
      Y15: 'The value of the embedded-system software contained in exported hardware, in 10k USD; fill in only when the enterprise has embedded-system business.',
      Y16: 'Exports of software products and services other than outsourcing and embedded-system software, in 10k USD.',
      Y17: 'All persons working in the entity on the last day of the year and receiving pay for their work, including agency (dispatched) workers.',
      Y18: 'Persons engaged in software research and development, testing and technical support.',
      Y19: 'The average of the monthly average numbers of persons employed over the year; used to compute the average wage.',
      Y20: 'Total pay (before tax) paid this year to all persons employed, including bonuses, allowances and subsidies.',
      Y21: 'The cost of purchased hardware (such as the equipment in system integration) within 主营业务成本 (F13, Main business costs); not greater than main business costs.',
    },
    // 软统企4表
    T4: {
      C1: 'Sum of all kinds of software product revenue; computed automatically; it should equal 软件产品收入 (Y02, Software product revenue) in 软统企3表.',
      C11: 'Revenue from basic software products such as operating systems, databases and middleware.',
      C12: 'Revenue from support software products such as development tools, test tools and project management tools.',
      C13: 'Sum of 通用应用软件 (C131, General application software), 行业应用软件 (C132, Industry application software) and 工业软件 (C133, Industrial software); computed automatically.',
      C131: 'Revenue from general application software products such as office, multimedia and communication software.',
      C132: 'Revenue from application software products for industries such as finance, government, health care and education (excluding 工业软件 (C133, Industrial software)).',
      C133: 'Revenue from industrial software products for R&D and design, production control, business management and the like; it should equal 工业软件产品收入 (Y03, Industrial software products) in 软统企3表.',
      C14: 'Revenue from software products not listed above.',
      C2: 'Sum of all kinds of IT services revenue; computed automatically; it should equal 信息技术服务收入 (Y05, Information technology services revenue) in 软统企3表.',
      C21: 'Revenue from services such as informatization planning, IT management consulting, information system engineering supervision, and testing and evaluation.',
      C22: 'Revenue from designing, integrating and implementing, and operating and maintaining information systems based on the customer’s business needs.',
      C23: 'Revenue from Internet-of-things technical services such as sensing, transmission, platforms and applications.',
      C24: 'Revenue from operation and maintenance services for the infrastructure, hardware, software and data of information systems.',
      C25: 'Sum of 云服务 (C251, Cloud services), 大数据服务 (C252, Big-data services) and 其他信息处理和存储服务 (C259, Other processing and storage services); computed automatically.',
      C251: 'Revenue from services provided by way of cloud computing; it should equal 云服务收入 (Y06, Cloud services) in 软统企3表.',
      C252: 'Big-data services revenue; it should equal 大数据服务收入 (Y07, Big-data services) in 软统企3表.',
      C259: 'Revenue from other information processing and storage support services such as data centres, disaster recovery and hosting.',
      C26: 'Integrated-circuit design revenue; it should equal 集成电路设计收入 (Y09, Integrated-circuit design) in 软统企3表.',
      C27: 'E-commerce platform technical services revenue; it should equal the indicator of the same name in 软统企3表, 电子商务平台技术服务收入 (Y08, E-commerce platform technical services).',
      C28: 'Revenue from digital content processing services such as animation and games, digital publishing, and geographic and remote-sensing information.',
      C29: 'Revenue from IT services not listed above, such as call centres.',
      C3: 'Sum of information security product and service revenue; computed automatically; it should equal 信息安全收入 (Y10, Information security revenue) in 软统企3表.',
      C31: 'Revenue from information security products such as firewalls, intrusion detection, encryption and identity authentication.',
      C32: 'Revenue from information security services such as security consulting, testing and evaluation, operation and maintenance, and emergency response.',
      C4: 'Sum of all kinds of embedded-system software revenue; computed automatically; it should equal 嵌入式系统软件收入 (Y12, Embedded-system software revenue) in 软统企3表; fill in only when the enterprise has embedded-system business.',
      C41: 'Revenue from the embedded software in automotive electronic products.',
      C42: 'Revenue from the embedded software in communication equipment.',
      C43: 'Revenue from the embedded software in consumer electronic products such as mobile phones and household appliances.',
      C44: 'Revenue from the embedded software in industrial control equipment.',
      C45: 'Revenue from the embedded software in medical electronic equipment.',
      C46: 'Revenue from the embedded software in intelligent transport equipment.',
      C49: 'Revenue from the embedded software in products not listed above.',
      C0: 'Sum of the four categories of revenue; computed automatically; it should equal 软件业务收入合计 (Y01, Software business revenue, total) in 软统企3表.',
    },
    // 软统企5表
    T5: {
      A01: 'Sum of artificial-intelligence software, services and products revenue; computed automatically; it may not be greater than 营业收入 (F10, Operating revenue).',
      A02: 'Revenue from artificial-intelligence software such as computer vision, intelligent speech, natural language understanding, biometric recognition and VR/AR.',
      A03: 'Revenue from artificial-intelligence services such as machine-learning platforms, data labelling and algorithm training.',
      A04: 'Revenue from artificial-intelligence products such as intelligent robots and smart terminals; it may include hardware.',
      A05: 'Export revenue from artificial-intelligence software, services and products, in 10k USD.',
      A06: 'Expenditure on artificial-intelligence research and development; it may not be greater than 研发经费支出 (F28, R&D expenditure) in 软统企2表.',
      A07: 'Number of persons engaged in artificial-intelligence business at the end of the period; it may not be greater than 从业人员期末人数 (Y17, Persons employed at year end).',
      A08: 'The R&D personnel among the artificial-intelligence personnel; it may not be greater than the enterprise’s total of 研发人员 (Y18, R&D personnel).',
      A09: 'Number of valid artificial-intelligence-related patents and registered software copyrights held at the end of the period.',
    },
    // 月报表
    M: {
      '2010':
        'Cumulative main business revenue from 1 January to the end of this month; same definition as 主营业务收入 (F11, Main business revenue) in the annual return.',
      '2020':
        'Sum of the four categories of software business revenue; computed automatically; usually not greater than 主营业务收入 (2010, Main business revenue).',
      '2021': 'Software product revenue for the year to date; enter 0 if none.',
      '20212':
        'Year-to-date revenue from industrial software products within 软件产品收入 (2021, Software product revenue).',
      '2022': 'IT services revenue for the year to date; enter 0 if none.',
      '20221':
        'Year-to-date revenue from cloud services within 信息技术服务收入 (2022, IT services revenue).',
      '20222':
        'Year-to-date revenue from big-data services within 信息技术服务收入 (2022, IT services revenue).',
      '20224':
        'Year-to-date revenue from e-commerce platform technical services within 信息技术服务收入 (2022, IT services revenue).',
      '20225':
        'Year-to-date revenue from integrated-circuit design within 信息技术服务收入 (2022, IT services revenue).',
      '2023': 'Year-to-date revenue from information security products and services; enter 0 if none.',
      '2024':
        'Year-to-date embedded-system software revenue; fill in only when “是否有嵌入式系统软件业务” (B13, Has embedded-system software business) is “是” (yes).',
      '2040': 'Year-to-date software business exports, in 10k USD; computed automatically.',
      '2041':
        'Year-to-date revenue from software outsourcing services undertaken for clients abroad, in 10k USD.',
      '2042':
        'Year-to-date embedded-system software exports, in 10k USD; fill in only when the enterprise has embedded-system business.',
      '2043': 'Year-to-date exports of other software products and services, in 10k USD.',
      '2090': 'Year-to-date total profit; enter a loss as a negative number.',
      '2110': 'Year-to-date expenditure on research and development.',
      '2111': 'Cumulative total wages paid to persons employed from 1 January to the end of this month.',
      '2112': 'Average number of persons employed over the months from 1 January to the end of this month.',
    },
  },
  provenance: {
    T1: 'Fields taken from a copy of the form; the codes are this app’s own (reconstructed, not official).',
    T2: 'Reconstructed (not official) from the line items of the financial statements under the Accounting Standards for Business Enterprises.',
    T3: 'Structure taken from statistics published by the Ministry of Industry and Information Technology; the codes are this app’s own (reconstructed, not official), with the monthly-return row numbers noted in brackets.',
    T4: 'Reconstructed (not official) from the classification of software business revenue.',
    T5: 'Reconstructed (not official) from the artificial-intelligence indicators that are reported “如有相关业务” (if the enterprise has such business).',
    M: 'The set of rows is reconstructed (not official); the codes shared with the 2021 form are official codes.',
  },
};

export const enIndicators: Readonly<Record<string, EditionTextsEn>> = { '2020': edition2020 };
