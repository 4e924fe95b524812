// English texts of edition 2020's rules across tables and returns, in the order of
// src/core/catalog/edition2020/rulesAcross.ts. Conventions: see en.rules.ts.
import type { RuleTextEn } from './en.rules';

export const rules2020Across: Readonly<Record<string, RuleTextEn>> = {
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
