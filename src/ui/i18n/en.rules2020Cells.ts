// English texts of edition 2020's cell rules (F-*) and 企业基本情况 (B-*), in the order of
// src/core/catalog/edition2020/rulesCells.ts. Conventions: see en.rules.ts.
import type { RuleTextEn } from './en.rules';

export const rules2020Cells: Readonly<Record<string, RuleTextEn>> = {
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
};
