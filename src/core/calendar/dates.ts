// Calendar dates as plain `YYYY-MM-DD` strings and day numbers. Pure: no clock is read here;
// callers pass `today` (validation context) so deadline logic is testable.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Year, month (1–12) and day of a real calendar date `YYYY-MM-DD`, or undefined. */
export function parseDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Year and month (1–12) of `YYYY-MM`, or undefined. */
export function parseMonth(text: string): { year: number; month: number } | undefined {
  const m = MONTH.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Day number of `YYYY-MM-DD`; throws a RangeError on anything else (a bug in the caller). */
export function dayOf(date: string): number {
  const d = parseDate(date);
  if (!d) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return dayNumber(d.year, d.month, d.day);
}

/** `YYYY-MM-DD` with zero padding. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date in Asia/Shanghai (UTC+8, no daylight saving) of an ISO instant with offset. */
export function shanghaiDateOf(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${instant}`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The month after (year, month): December rolls into January of the next year. */
export function nextMonth(year: number, month: number): { year: number; month: number } {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}
