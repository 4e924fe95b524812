// The edition calendar (tables.md, Edition parameters): when a return is due. Every deadline is
// data of the edition; this module only turns it into dates. Deadlines are compared by calendar
// day in Asia/Shanghai: a return is late from the day after its deadline day.
import type { Edition, ReportKind } from '../catalog/types';
import {
  dayNumber,
  dayOf,
  daysInMonth,
  isoDate,
  nextMonth,
  parseDate,
  parseMonth,
  shanghaiDateOf,
} from './dates';

/** Enterprise deadline of the edition's annual return, ISO with offset ("2021-03-20T18:00:00+08:00"). */
export function annualDeadline(edition: Edition): string {
  return edition.deadlines.annual;
}

/** Deadline of the review units (districts, zones) for the annual returns they collect. */
export function reviewUnitDeadline(edition: Edition): string {
  return edition.deadlines.reviewUnit;
}

/** Deadline of the city for the annual returns. */
export function cityDeadline(edition: Edition): string {
  return edition.deadlines.city;
}

/**
 * Deadline of the monthly return of `period` (`YYYY-MM`): day `edition.deadlines.monthlyDay` of the
 * following month, 23:59 Asia/Shanghai (clamped to the month's last day). Throws a RangeError on a
 * malformed period (a bug in the caller).
 */
export function monthlyDeadline(edition: Edition, period: string): string {
  const p = parseMonth(period);
  if (!p) throw new RangeError(`not a monthly period (YYYY-MM): ${period}`);
  const due = nextMonth(p.year, p.month);
  const day = Math.min(edition.deadlines.monthlyDay, daysInMonth(due.year, due.month));
  return `${isoDate(due.year, due.month, day)}T23:59:00+08:00`;
}

/** What a deadline is asked for: a return, or its kind and period. */
export interface DeadlineSubject {
  readonly kind: ReportKind;
  readonly period: string;
}

/** The deadline of an annual or monthly return of this edition. */
export function deadlineOf(subject: DeadlineSubject, edition: Edition): string {
  return subject.kind === 'annual' ? annualDeadline(edition) : monthlyDeadline(edition, subject.period);
}

/** Day numbers of deadline instants already seen (a handful per edition). */
const deadlineDays = new Map<string, number>();

export interface DeadlineStatus {
  /** ISO instant with offset. */
  readonly deadline: string;
  /** Calendar days from today to the deadline day (0 on the day, negative once past). */
  readonly daysLeft: number;
  /** Today is after the deadline day. */
  readonly late: boolean;
}

/**
 * Where today (`YYYY-MM-DD`, Asia/Shanghai) stands against the deadline of a return. Pure: the
 * caller passes today. Throws a RangeError on a malformed date or period (a bug in the caller).
 */
export function deadlineStatus(subject: DeadlineSubject, edition: Edition, today: string): DeadlineStatus {
  const deadline = deadlineOf(subject, edition);
  let due = deadlineDays.get(deadline);
  if (due === undefined) deadlineDays.set(deadline, (due = dayOf(shanghaiDateOf(deadline))));
  const daysLeft = due - dayOf(today);
  return { deadline, daysLeft, late: daysLeft < 0 };
}

/** True when `period` (`YYYY-MM`) is a month of the monthly year this edition governs. */
export function isEditionMonth(edition: Edition, period: string): boolean {
  const p = parseMonth(period);
  return p !== undefined && String(p.year) === edition.monthlyYear;
}

/** True when the month `period` (`YYYY-MM`) has ended by `today`: today is in a later month. */
export function monthEnded(period: string, today: string): boolean {
  const p = parseMonth(period);
  const t = parseDate(today);
  if (!p || !t) throw new RangeError(`bad period ${period} or date ${today}`);
  const after = nextMonth(p.year, p.month);
  return dayNumber(t.year, t.month, t.day) >= dayNumber(after.year, after.month, 1);
}
