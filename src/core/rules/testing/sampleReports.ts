// Complete, clean returns of edition 2020 for tests, round trips and benchmarks: every rule of
// rules.md passes on them (zero findings) with `today` = CLEAN_ANNUAL_TODAY, resp.
// cleanMonthlyToday(month). Every number is chosen so that each relation holds in every column
// that is filled, with margin to every threshold.
import { setCells } from '../../report/cells';
import { emptyReport } from '../../report/emptyReport';
import type { Report } from '../../report/types';

/** A `today` on which the clean annual return is on time (before the 2021-03-20 deadline). */
export const CLEAN_ANNUAL_TODAY = '2021-03-01';

const IDENTITY: readonly (readonly [string, string])[] = [
  ['B01', '91500103MA5U00000D'],
  ['B03', '重庆示例软件有限公司'],
  ['B05', '500103'],
  ['B06', '500103'],
  ['B13', '是'],
  ['B20', '张三'],
  ['B21', '李四'],
  ['B22', '王五'],
  ['B23', '023-63896259'],
];

const ANNUAL_IDENTITY: readonly (readonly [string, string])[] = [
  ...IDENTITY,
  ['B04', '重庆市渝中区解放碑街道民族路 1 号'],
  ['B07', '173'],
  ['B08', '3'],
  ['B09', '6513'],
  ['B10', '应用软件开发、信息系统集成服务'],
  ['B11', '2015-06'],
  ['B14', '是'],
  ['B15', '否'],
  ['B16', '否'],
  ['B24', 'tongji@example.com'],
  ['B25', '400010'],
  ['B26', '2021-03-01'],
];

/** This year's figures of T2–T5 (万元, 万美元, 人, 件); last year's are 80 % of them. */
const ANNUAL_FIGURES: Readonly<Record<string, number>> = {
  // T2: F01 = F03 + F04; F23 = F20 + F21 − F22; F25 = F23 − F24.
  'T2.F01': 5000,
  'T2.F02': 3000,
  'T2.F03': 2000,
  'T2.F04': 3000,
  'T2.F10': 3000,
  'T2.F11': 2800,
  'T2.F12': 1800,
  'T2.F13': 1600,
  'T2.F14': 20,
  'T2.F15': 100,
  'T2.F16': 300,
  'T2.F17': 400,
  'T2.F18': 10,
  'T2.F19': 5,
  'T2.F20': 370,
  'T2.F21': 10,
  'T2.F22': 5,
  'T2.F23': 375,
  'T2.F24': 50,
  'T2.F25': 325,
  'T2.F26': 60,
  'T2.F27': 1200,
  'T2.F28': 450,
  // T3: Y01 = 1200 + 1000 + 200 + 100 = 2500; Y13 = 80 万美元.
  'T3.Y02': 1200,
  'T3.Y03': 300,
  'T3.Y05': 1000,
  'T3.Y06': 300,
  'T3.Y07': 200,
  'T3.Y08': 100,
  'T3.Y09': 0,
  'T3.Y10': 200,
  'T3.Y12': 100,
  'T3.Y14': 50,
  'T3.Y15': 10,
  'T3.Y16': 20,
  'T3.Y17': 120,
  'T3.Y18': 60,
  'T3.Y19': 110,
  'T3.Y20': 1100,
  'T3.Y21': 500,
  // T4 ties to T3: C1 = 1200, C133 = 300, C2 = 1000, C251 = 300, C252 = 200, C26 = 0, C27 = 100,
  // C3 = 200, C4 = 100.
  'T4.C11': 100,
  'T4.C12': 100,
  'T4.C131': 500,
  'T4.C132': 200,
  'T4.C133': 300,
  'T4.C14': 0,
  'T4.C21': 100,
  'T4.C22': 200,
  'T4.C23': 50,
  'T4.C24': 50,
  'T4.C251': 300,
  'T4.C252': 200,
  'T4.C259': 0,
  'T4.C26': 0,
  'T4.C27': 100,
  'T4.C28': 0,
  'T4.C29': 0,
  'T4.C31': 120,
  'T4.C32': 80,
  'T4.C41': 40,
  'T4.C43': 60,
  // T5: A01 = 150.
  'T5.A02': 100,
  'T5.A03': 50,
  'T5.A04': 0,
  'T5.A05': 5,
  'T5.A06': 80,
  'T5.A07': 20,
  'T5.A08': 10,
  'T5.A09': 3,
};

/** Counts (人, 件) of the annual tables: last year's value is rounded to a whole number. */
const COUNTS = new Set(['T3.Y17', 'T3.Y18', 'T3.Y19', 'T5.A07', 'T5.A08', 'T5.A09']);

/** 80 % of a figure, as typed text. */
const lastYearOf = (key: string, value: number): string =>
  COUNTS.has(key) ? String(Math.round(value * 0.8)) : String(Math.round(value * 80) / 100);

/**
 * A complete annual return of edition 2020 (period 2020) with 本年 and 上年同期 filled, that passes
 * every rule: `validateReport(cleanAnnualReport(), { today: CLEAN_ANNUAL_TODAY })` is empty.
 */
export function cleanAnnualReport(): Report {
  const entries: [string, string][] = ANNUAL_IDENTITY.map(([code, v]) => [`T1.${code}.value`, v]);
  for (const [key, value] of Object.entries(ANNUAL_FIGURES)) {
    entries.push([`${key}.thisYear`, String(value)]);
    entries.push([`${key}.lastYear`, lastYearOf(key, value)]);
  }
  return setCells(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), entries);
}

/** Year-to-date figures of the monthly return per month of the year (万元, 万美元). */
const MONTHLY_PER_MONTH: Readonly<Record<string, number>> = {
  '2010': 250,
  '2021': 100,
  '20212': 25,
  '2022': 80,
  '20221': 20,
  '20222': 10,
  '20224': 5,
  '20225': 0,
  '2023': 20,
  '2024': 10,
  '2041': 4,
  '2042': 1,
  '2043': 2,
  '2090': 30,
  '2110': 35,
  '2111': 90,
};

/** 从业人员平均人数 of the clean monthly return (this year, last year). */
const MONTHLY_STAFF = { ytd: 110, ytdLastYear: 100 } as const;

/** A `today` on which the clean monthly return of `month` (1–12) has ended and is not late. */
export function cleanMonthlyToday(month: number): string {
  return month === 12 ? '2022-01-05' : `2021-${String(month + 1).padStart(2, '0')}-05`;
}

/**
 * A complete monthly return of edition 2020 for `month` (1–12) of 2021, with all three columns
 * filled (本年上期累计 blank in January), that passes every rule:
 * `validateReport(cleanMonthlyReport(m), { today: cleanMonthlyToday(m) })` is empty.
 */
export function cleanMonthlyReport(month: number): Report {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month}`);
  const entries: [string, string][] = IDENTITY.map(([code, v]) => [`T1.${code}.value`, v]);
  for (const [code, perMonth] of Object.entries(MONTHLY_PER_MONTH)) {
    entries.push([`M.${code}.ytd`, String(perMonth * month)]);
    entries.push([`M.${code}.ytdLastYear`, String(Math.round(perMonth * month * 80) / 100)]);
    if (month > 1) entries.push([`M.${code}.ytdPreviousMonth`, String(perMonth * (month - 1))]);
  }
  entries.push(['M.2112.ytd', String(MONTHLY_STAFF.ytd)]);
  entries.push(['M.2112.ytdLastYear', String(MONTHLY_STAFF.ytdLastYear)]);
  if (month > 1) entries.push(['M.2112.ytdPreviousMonth', String(MONTHLY_STAFF.ytd)]);
  const period = `2021-${String(month).padStart(2, '0')}`;
  return setCells(emptyReport({ edition: '2020', kind: 'monthly', period }), entries);
}
