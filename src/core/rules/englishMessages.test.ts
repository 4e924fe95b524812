// Every finding carries an English twin of its Chinese message (Finding.messageEn). This test makes
// as many rules fire as it can — the rule tests' fixtures, the training samples and returns with
// context — and checks each English message: present, not the Chinese one, free of Chinese once the
// indicator names, units and quoted values are taken out, and with every number of the Chinese one.
import { describe, expect, it } from 'vitest';
import { getEdition } from '../catalog/editions';
import { setCells } from '../report/cells';
import { emptyReport } from '../report/emptyReport';
import type { Report } from '../report/types';
import { trainingSamples } from '../training/trainingSamples';
import type { ValidationContext } from './context';
import { contextFromReturns } from './contextFromReturns';
import type { Finding } from './finding';
import { glossUnits } from './messages';
import { allFindings, annualWith, findingsOf } from './testing/ruleCases';
import {
  CLEAN_ANNUAL_TODAY,
  cleanAnnualReport,
  cleanMonthlyReport,
  cleanMonthlyToday,
} from './testing/sampleReports';
import { validateReport } from './validateReport';

const edition = getEdition('2020');

type Entries = readonly (readonly [string, string | undefined])[];

/** The clean March return with changes. */
const march = (entries: Entries = []): Report => setCells(cleanMonthlyReport(3), entries);

/** Last year's annual return whose 本年 equals the clean sample's 上年同期 (as in yoyRules.test). */
function lastYearReturn(): Report {
  const entries: [string, string][] = [];
  for (const [ref, cell] of Object.entries(cleanAnnualReport().cells))
    if (ref.endsWith('.lastYear')) entries.push([ref.replace('.lastYear', '.thisYear'), cell.raw]);
  return setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2019' }), entries);
}

/** The December 2020 monthly return matching the clean annual return, with changes. */
function december(entries: readonly (readonly [string, string])[]): Report {
  const base: [string, string][] = [
    ['M.2010.ytd', '2800'],
    ['M.2021.ytd', '1200'],
    ['M.2022.ytd', '1000'],
    ['M.2023.ytd', '200'],
    ['M.2024.ytd', '100'],
    ['M.2041.ytd', '50'],
    ['M.2042.ytd', '10'],
    ['M.2043.ytd', '20'],
    ['M.2090.ytd', '375'],
    ['M.2111.ytd', '1100'],
    ['M.2112.ytd', '110'],
  ];
  return setCells(emptyReport({ edition: '2020', kind: 'monthly', period: '2020-12' }), [
    ...base,
    ...entries,
  ]);
}

/** Returns (with context) on which rules fire: one or more planted mistakes each. */
function cases(): (readonly [Report, ValidationContext])[] {
  const annual: Entries[] = [
    [['T2.F01.thisYear', undefined]],
    [['T1.B03.value', undefined]],
    [['T2.F14.thisYear', '约二十']],
    [['T2.F14.thisYear', '12345678901234567']],
    [['T2.F14.thisYear', '20.001']],
    [
      ['T5.A09.thisYear', '3.5'],
      ['T3.Y17.lastYear', '96.5'],
    ],
    [['T2.F14.thisYear', '-1']],
    [['T2.F14.thisYear', '10000000']],
    [['T3.Y14.thisYear', '12000000']],
    [['T1.B01.value', '91500103MA5U00000E']],
    [['T1.B01.value', '9150010']],
    [['T1.B01.value', '91500103MA5U0000OD']],
    [['T1.B01.value', '91AB0103MA5U00000D']],
    [['T1.B01.value', '92500118MA5W2M4E6K']],
    [['T1.B01.value', '91110000600037341L']],
    [
      ['T1.B05.value', '500999'],
      ['T1.B06.value', '500999'],
      ['T1.B07.value', '999'],
      ['T1.B08.value', '7'],
      ['T1.B09.value', '651'],
    ],
    [['T1.B05.value', '渝中']],
    [['T1.B06.value', '500112']],
    [['T3.Y02.thisYear', '99.99']],
    [['T1.B09.value', '6520']],
    [['T1.B09.value', '6311']],
    [['T1.B11.value', '2015-13']],
    [['T1.B11.value', '2021-01']],
    [
      ['T1.B23.value', '电话 123'],
      ['T1.B24.value', 'a@b'],
      ['T1.B25.value', '40001'],
      ['T1.B26.value', '2021-02-29'],
    ],
    [
      ['T2.F02.thisYear', '5000.01'],
      ['T2.F11.thisYear', '3000.01'],
      ['T2.F13.lastYear', '1440.01'],
    ],
    [['T2.F04.thisYear', '-500']],
    [['T2.F22.thisYear', '6']],
    [['T2.F25.thisYear', '325.01']],
    [
      ['T2.F03.thisYear', '6000'],
      ['T2.F04.thisYear', '-1000'],
    ],
    [
      ['T3.Y03.thisYear', '1200.01'],
      ['T3.Y09.thisYear', '400.01'],
      ['T3.Y18.lastYear', '97'],
    ],
    [['T1.B13.value', '否']],
    [['T3.Y12.thisYear', '0']],
    [['T3.Y19.thisYear', '0']],
    [['T3.Y20.thisYear', '219.99']],
    [
      ['T3.Y19.thisYear', '241'],
      ['T3.Y20.thisYear', '2410'],
    ],
    [['T4.C131.thisYear', '500.01']],
    [['T1.B14.value', '否']],
    [
      ['T5.A02.thisYear', '0'],
      ['T5.A03.thisYear', '0'],
    ],
    [['T5.A08.thisYear', '21']],
    [['T5.A04.thisYear', '2850.01']],
    [['T5.A06.thisYear', '450.01']],
    [
      ['T5.A07.thisYear', '121'],
      ['T5.A08.thisYear', '61'],
    ],
    [['T3.Y02.thisYear', '1700.01']],
    [['T3.Y02.thisYear', '1700']],
    [['T3.Y21.thisYear', '1600.01']],
    [['T3.Y14.thisYear', '332.32']],
    [['T3.Y15.thisYear', '14.5']],
    [['T3.Y20.thisYear', '1200.01']],
    [
      ['T1.B09.value', '6421'],
      ['T2.F11.thisYear', '900'],
    ],
    [
      ['T1.B09.value', '6421'],
      ['T1.B15.value', '是'],
      ['T2.F11.thisYear', '600'],
      ['T3.Y09.thisYear', '350'],
    ],
    [['T2.F10.lastYear', '1999.99']],
    [['T3.Y17.lastYear', '241']],
  ];
  const out: (readonly [Report, ValidationContext])[] = annual.map((e) => [annualWith(e), {}] as const);
  out.push([
    cleanAnnualReport(),
    {
      lastYearAnnual: setCells(lastYearReturn(), [
        ['T2.F10.thisYear', '2400.01'],
        ['T3.Y17.thisYear', '95'],
      ]),
      decemberMonthly: december([
        ['M.2010.ytd', '2940.01'],
        ['M.2112.ytd', '104'],
        ['M.2042.ytd', '1'],
      ]),
      today: '2021-03-22',
    },
  ]);
  const jan = setCells(cleanMonthlyReport(1), [
    ['M.2010.ytdPreviousMonth', '5'],
    ['M.2021.ytdPreviousMonth', '约 5'],
    ['M.2022.ytdPreviousMonth', '1'],
    ['M.2023.ytdPreviousMonth', '1'],
    ['M.2024.ytdPreviousMonth', '1'],
    ['M.2112.ytdPreviousMonth', 'abc'],
  ]);
  out.push(
    [{ ...march(), period: '2022-03' }, { today: '2022-04-05' }],
    [march(), { today: '2021-03-31' }],
    [march(), { today: '2021-04-16' }],
    [jan, {}],
    [
      march([
        ['M.20212.ytd', '300.01'],
        ['M.20225.ytd', '135.01'],
        ['M.20212.ytdPreviousMonth', '200.01'],
      ]),
      {},
    ],
    [march([['T1.B13.value', '否']]), {}],
    [march([['M.2010.ytd', '629.99']]), {}],
    [march([['M.2110.ytdPreviousMonth', '105.01']]), {}],
    [march([['M.2010.ytdLastYear', '499.99']]), {}],
    [march([['M.2111.ytd', '54.99']]), {}],
    [march([['M.2111.ytdPreviousMonth', '36.66']]), {}],
    [march([['M.2041.ytd', '88.68']]), {}],
    [march([['M.2112.ytd', '133']]), { previousMonth: cleanMonthlyReport(2) }],
    [march([['M.2112.ytd', '87']]), { previousMonth: cleanMonthlyReport(2) }],
  );
  for (const sample of trainingSamples())
    for (const report of sample.reports) {
      const today =
        report.kind === 'annual' ? CLEAN_ANNUAL_TODAY : cleanMonthlyToday(Number(report.period.slice(5)));
      out.push([report, contextFromReturns(report, sample.reports, today)]);
    }
  return out;
}

/** Substrings that may stay Chinese in English text: indicator names and units, longest first. */
const chineseTerms: readonly string[] = [
  ...new Set([
    ...Object.values(edition.tables).flatMap((tables) =>
      tables.flatMap((t) => t.rows.flatMap((r) => [r.name])),
    ),
    '万美元',
    '万元',
    '人',
    '件',
  ]),
].sort((a, b) => b.length - a.length);

/** English text with indicator names, units and quoted values (“…”) taken out. */
function withoutChineseTerms(text: string): string {
  let out = text.replace(/“[^”]*”/g, '');
  for (const term of chineseTerms) out = out.split(term).join('');
  return out;
}

const CJK = /[\u4e00-\u9fff]/;
const numbersIn = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*/g) ?? [];

function checkEnglish(f: Finding): void {
  const en = f.messageEn ?? '';
  const where = `${f.key}: ${en}`;
  expect(en.length, where).toBeGreaterThan(0);
  expect(en, where).not.toBe(f.message);
  expect(en, where).not.toMatch(/[\uE000\uE001]/); // unit marks resolved
  expect(withoutChineseTerms(en), where).not.toMatch(CJK);
  const english = new Set(numbersIn(en));
  for (const n of numbersIn(f.message))
    expect(english.has(n), `${where}\nlacks ${n} of: ${f.message}`).toBe(true);
}

describe('English messages', () => {
  it('every finding of every rule that fires has an English twin with the same figures', () => {
    const covered = new Set<string>();
    let count = 0;
    for (const [report, context] of cases()) {
      for (const f of allFindings(report, context)) {
        checkEnglish(f);
        covered.add(f.ruleId);
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
    const ids = edition.rules.map((r) => r.id);
    const missing = ids.filter((id) => !covered.has(id));
    // Every rule of edition 2020 (61) fires in these cases, so no rule id is left untriggered; the
    // required minimum is 45.
    expect(missing).toEqual([]);
    expect(covered.size).toBeGreaterThanOrEqual(45);
  });

  it('writes the balance equality as a statistician reads it', () => {
    const [f] = findingsOf(
      annualWith([
        ['T2.F01.thisYear', '50001'],
        ['T2.F02.thisYear', '0'],
      ]),
      'T2-BALANCE',
    );
    expect(f?.messageEn).toBe(
      "资产总计 (F01, Total assets) this year 50,001.00 万元 (10k yuan) ≠ 负债合计 (F03, Total liabilities) 2,000.00 + 所有者权益合计 (F04, Total owners' equity) 3,000.00 = 5,000.00, a difference of 45,001.00 万元. Total assets must equal total liabilities plus owners' equity: check these three items against the balance sheet.",
    );
  });

  it('glosses each unit once and names parts, columns and counts in English', () => {
    const [parts] = findingsOf(annualWith([['T2.F02.thisYear', '5000.01']]), 'T2-PARTS');
    expect(parts?.messageEn).toBe(
      '流动资产合计 (F02, Total current assets) this year 5,000.01 万元 (10k yuan) exceeds 资产总计 (F01, Total assets) this year 5,000.00 万元 by 0.01 万元. An “of which” item cannot exceed its total: check these two items.',
    );
    const [services] = findingsOf(annualWith([['T3.Y09.thisYear', '400.01']]), 'T3-PARTS');
    expect(services?.messageEn).toContain(
      'this year: 云服务收入 (Y06, Cloud services) 300.00 + 大数据服务收入 (Y07, Big-data services) 200.00 + 电子商务平台技术服务收入 (Y08, E-commerce platform technical services) 100.00 + 集成电路设计收入 (Y09, Integrated-circuit design) 400.01 = 1,000.01 万元 (10k yuan) exceeds',
    );
    const [wage] = findingsOf(annualWith([['T3.Y20.thisYear', '219.99']]), 'T3-WAGE');
    expect(wage?.messageEn).toContain(
      '从业人员工资总额 (Y20, Total wages of persons employed) this year 219.99 万元 (10k yuan) ÷ 从业人员平均人数 (Y19, Average number of persons employed) this year 110 persons = 2.00 万元 per person per year',
    );
    const [exports] = findingsOf(annualWith([['T3.Y15.thisYear', '14.5']]), 'X-EXPORT-EMBEDDED');
    expect(exports?.messageEn).toContain(
      '嵌入式系统软件出口 (Y15, Embedded-system software exports) this year 14.50 万美元 (10k USD) × exchange rate 6.90 = 100.05 万元 (10k yuan), which exceeds 嵌入式系统软件收入 (Y12, Embedded-system software revenue) this year 100.00 万元.',
    );
    const [yoy] = findingsOf(annualWith([['T2.F10.lastYear', '1999.99']]), 'Y-YOY');
    expect(yoy?.messageEn).toContain(
      '营业收入 (F10, Operating revenue) this year 3,000.00 万元 (10k yuan) is up 50.0% on 营业收入 (F10, Operating revenue) same period last year 1,999.99 万元, a change of more than 50%.',
    );
  });

  it('keeps values typed by the user as they are, in quotes', () => {
    const [f] = findingsOf(annualWith([['T2.F14.thisYear', '约二十']]), 'F-NUM');
    expect(f?.messageEn).toBe(
      '税金及附加 (F14, Taxes and surcharges) this year: “约二十” is not a number. Enter digits only (a decimal point, a minus sign and thousands commas are allowed), without units or words.',
    );
    const [uscc] = findingsOf(annualWith([['T1.B01.value', '91500103MA5U00000E']]), 'B-USCC');
    expect(uscc?.messageEn).toContain('“91500103MA5U00000E” is invalid');
    expect(uscc?.messageEn).toContain('should be “D” but is “E”');
  });

  it('builds report-level and context messages in English too', () => {
    const [late] = findingsOf(cleanAnnualReport(), 'A-LATE', { today: '2021-03-22' });
    expect(late?.messageEn).toBe(
      'The deadline for the 2020 annual return was 2021-03-20 18:00; today (2021-03-22) it is 2 days overdue. Finish the checks and submit it as soon as possible, and contact your district (review unit).',
    );
    const found = validateReport(cleanAnnualReport(), {
      today: CLEAN_ANNUAL_TODAY,
      decemberMonthly: december([['M.2010.ytd', '2940.01']]),
    });
    expect(found.find((f) => f.ruleId === 'X-MONTH-DEC')?.messageEn).toContain(
      '主营业务收入 (F11, Main business revenue) this year 2,800.00 万元 (10k yuan) differs by 140.01 万元 (5.0%) from 主营业务收入 (2010, Main business revenue) year to date 2,940.01 万元 in the monthly return for 2020-12 (December)',
    );
  });

  it('resolves unit marks: the first mention glossed, later ones bare', () => {
    const mark = (u: string) => `\uE000${u}\uE001`;
    expect(
      glossUnits(`1 ${mark('万元')} + 2 ${mark('万美元')} = 3 ${mark('万元')} / ${mark('万美元')}`),
    ).toBe('1 万元 (10k yuan) + 2 万美元 (10k USD) = 3 万元 / 万美元');
    expect(glossUnits('no units')).toBe('no units');
  });
});
